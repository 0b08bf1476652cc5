package parties

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A speaker whose role says the body they serve by its kind ("the party's
// secretary-general") speaks for the story's body of that kind, and a head
// of government in a story of party politics speaks for their party.
func TestStatedRoleSide(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		orgs    []string
		speaker attrib.Speaker
		want    string
	}{
		{
			name:    "the party's post, one party",
			texts:   []string{"The Tarnland Social Party said its majority was secure.", "\"We won,\" said Piet Dorane, the party's secretary-general."},
			orgs:    []string{"Tarnland Social Party"},
			speaker: attrib.Speaker{Name: "Piet Dorane", Kind: attrib.Person, Role: "the party's secretary-general"},
			want:    "Tarnland Social Party",
		},
		{
			name: "the party's post, the party named last before",
			texts: []string{"The Vesk Labour Party and the Vesk Farmers Party met on Monday.",
				"The Vesk Farmers Party walked out. Ada Renn, the party's leader, said talks had failed."},
			orgs:    []string{"Vesk Labour Party", "Vesk Farmers Party"},
			speaker: attrib.Speaker{Name: "Ada Renn", Kind: attrib.Person, Role: "the party's leader"},
			want:    "Vesk Farmers Party",
		},
		{
			name:    "the union's post",
			texts:   []string{"The Orla Dockers Union called a strike.", "Ivo Marsh, the union's treasurer, said the fund was full."},
			orgs:    []string{"Orla Dockers Union"},
			speaker: attrib.Speaker{Name: "Ivo Marsh", Kind: attrib.Person, Role: "the union's treasurer"},
			want:    "Orla Dockers Union",
		},
		{
			name: "a prime minister and the ruling party in a no-confidence vote",
			texts: []string{"Parliament rejected a motion of no confidence on Tuesday.",
				"The ruling Tarnland Social Party said its majority was secure. Prime Minister Orla Venn said the opposition had wasted time."},
			orgs:    []string{"Tarnland Social Party", "Vesk Alliance"},
			speaker: attrib.Speaker{Name: "Orla Venn", Kind: attrib.Person, Role: "Prime Minister"},
			want:    "Tarnland Social Party",
		},
		{
			name: "a premier and the party that leads the coalition",
			texts: []string{"The Tarn Greens, which leads the coalition, backed the budget.",
				"Premier Lena Vos said the election would come in May."},
			orgs:    []string{"Tarn Greens"},
			speaker: attrib.Speaker{Name: "Lena Vos", Kind: attrib.Person, Role: "Premier"},
			want:    "Tarn Greens",
		},
		{
			name: "a prime minister's own party",
			texts: []string{"Orla Venn's Tarnland Social Party lost two seats in the election.",
				"The Vesk Labour Party won. Prime Minister Orla Venn said she would stay."},
			orgs:    []string{"Tarnland Social Party", "Vesk Labour Party"},
			speaker: attrib.Speaker{Name: "Orla Venn", Kind: attrib.Person, Role: "Prime Minister"},
			want:    "Tarnland Social Party",
		},
	}
	for _, tc := range tests {
		s := NewStory([]attrib.Analysis{{Orgs: tc.orgs}}, tc.texts)
		if got, ev, _ := s.Side(tc.speaker); got != tc.want {
			t.Errorf("%s: %q shows under %q (%s), want %q", tc.name, tc.speaker.Name, got, ev, tc.want)
		}
	}
}

// A head of government outside party politics stays the country's, and a
// minister is no head of government.
func TestHeadOfGovernmentOutsidePartyPolitics(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		speaker attrib.Speaker
	}{
		{"no party politics", []string{"The ruling Tarnland Social Party met.", "Prime Minister Orla Venn said the dam would open."},
			attrib.Speaker{Name: "Orla Venn", Kind: attrib.Person, Role: "Prime Minister"}},
		{"a minister", []string{"The ruling Tarnland Social Party survived the no-confidence vote.", "Finance Minister Ivo Marsh said taxes would fall."},
			attrib.Speaker{Name: "Ivo Marsh", Kind: attrib.Person, Role: "Finance Minister"}},
	}
	for _, tc := range tests {
		s := NewStory([]attrib.Analysis{{Orgs: []string{"Tarnland Social Party"}}}, tc.texts)
		if got, ev, _ := s.Side(tc.speaker); strings.Contains(ev, "head of government") {
			t.Errorf("%s: %q shows under %q (%s)", tc.name, tc.speaker.Name, got, ev)
		}
	}
}
