package parties

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A body named as a part of an organisation (its board, committee,
// council, executive, delegation or spokesperson's office) is that
// organisation's side, whether it speaks itself or a person's role names
// it; a council of no organisation stays a body of its own.
func TestOrganisationPartIsItsSide(t *testing.T) {
	cases := []struct {
		name  string
		texts []string
		orgs  []string
		sp    attrib.Speaker
		want  string
	}{
		{
			name:  "national board speaks",
			texts: []string{"Members of Veltra-Guild voted. The Veltra-Guild National Board said the offer fell short."},
			orgs:  []string{"Veltra-Guild National Board"},
			sp:    attrib.Speaker{Name: "Veltra-Guild National Board", Kind: attrib.Body},
			want:  "Veltra-Guild",
		},
		{
			name:  "president of the union named by its board",
			texts: []string{"Veltra-Guild members marched. Veltra-Guild President Oda Pell, who chairs the Veltra-Guild National Board, said talks were over."},
			orgs:  []string{"Veltra-Guild National Board"},
			sp:    attrib.Speaker{Name: "Oda Pell", Role: "Veltra-Guild President", Kind: attrib.Person},
			want:  "Veltra-Guild",
		},
		{
			name:  "negotiating committee of a named union",
			texts: []string{"The Korvel Dockworkers Union struck. The Korvel Dockworkers Union negotiating committee said no deal was near."},
			orgs:  []string{"Korvel Dockworkers Union", "Korvel Dockworkers Union negotiating committee"},
			sp:    attrib.Speaker{Name: "Korvel Dockworkers Union negotiating committee", Kind: attrib.Body},
			want:  "Korvel Dockworkers Union",
		},
		{
			name:  "delegation of a gazetteer body",
			texts: []string{"The EU delegation said the draft was too weak."},
			sp:    attrib.Speaker{Name: "EU delegation", Kind: attrib.Body},
			want:  "European Union",
		},
		{
			name:  "town council is no part of a town organisation",
			texts: []string{"The Town Council said the road would close. The town council met on Monday."},
			sp:    attrib.Speaker{Name: "Town Council", Kind: attrib.Body},
			want:  "Town Council",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := NewStory([]attrib.Analysis{{Orgs: c.orgs, People: []attrib.Speaker{c.sp}}}, c.texts)
			got, ev, _ := s.Side(c.sp)
			if got != c.want {
				t.Errorf("Side(%s) = %q (%s), want %q", c.sp.Name, got, ev, c.want)
			}
		})
	}
}

// A relative clause of membership after a person's name and role ("who is
// part of", "who is a member of", "who is head of") names the person's
// side, before the country the role names; a clause that follows a longer
// stretch, or names no relation of membership, does not.
func TestMemberClauseIsAffiliation(t *testing.T) {
	cases := []struct {
		name, text, person, role, want string
	}{
		{"part of", `"The draft is too weak," said Ilse Varga, the Dornavan energy minister who is part of the EU delegation to the summit.`,
			"Ilse Varga", "the Dornavan energy minister", "European Union"},
		{"a member of", `Tomas Reel, a Kestrian lawyer who is a member of the Veltex Group, said the deal was fair.`,
			"Tomas Reel", "a Kestrian lawyer", "Veltex Group"},
		{"head of", `Mira Osk, who is head of the NATO mission, told reporters the border was calm.`,
			"Mira Osk", "", "NATO"},
		{"no membership relation", `"We will wait," said Ilse Varga, the Dornavan energy minister who is travelling with the EU delegation.`,
			"Ilse Varga", "the Dornavan energy minister", "Dornava"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sp := attrib.Speaker{Name: c.person, Role: c.role, Kind: attrib.Person}
			s := NewStory([]attrib.Analysis{{Orgs: []string{"Veltex Group"}, People: []attrib.Speaker{sp}}}, []string{c.text + " Dornava and Kestria met."})
			got, ev, _ := s.Side(sp)
			if got != c.want {
				t.Errorf("Side(%s) = %q (%s), want %q", c.person, got, ev, c.want)
			}
			if got != "Dornava" && !strings.Contains(ev, "of ") {
				t.Errorf("evidence %q does not show the clause", ev)
			}
		})
	}
}
