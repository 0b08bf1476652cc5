package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestHostIsNoSide covers a place a role names as the host of a posting
// ("envoy to Dornava") or the target of an operation ("the mission
// against smugglers in Dornava"), and a place named inside someone
// else's quotation just before the name: none is the person's country.
func TestHostIsNoSide(t *testing.T) {
	both := "Varenian and Dornavan officials met in Varenia. Dornava and Varenia disagree. "
	runSideCases(t, []sideCase{
		{
			name:  "an envoy to a country is not that country's",
			texts: []string{both + "Lina Osk, the former special envoy to Dornava, said the talks stalled."},
			sp:    attrib.Speaker{Name: "Lina Osk", Role: "the former special envoy to Dornava", Kind: attrib.Person},
			want:  "Lina Osk",
		},
		{
			name:  "an ambassador to a country is not that country's",
			texts: []string{both + "Ambassador to Dornava Lina Osk said the talks stalled."},
			sp:    attrib.Speaker{Name: "Lina Osk", Role: "Ambassador to Dornava", Kind: attrib.Person},
			want:  "Lina Osk",
		},
		{
			name:  "the sending country before the posting is the side",
			texts: []string{both + "Lina Osk, Varenia's envoy to Dornava, said the talks stalled."},
			sp:    attrib.Speaker{Name: "Lina Osk", Role: "Varenia's envoy to Dornava", Kind: attrib.Person},
			want:  "Varenia",
		},
		{
			name:  "a country an operation is against is not its spokesperson's",
			texts: []string{both + "Ivo Markel, a spokesperson for the naval mission against pirates off Dornava, said the route was open."},
			sp:    attrib.Speaker{Name: "Ivo Markel", Role: "a spokesperson for the naval mission against pirates off Dornava", Kind: attrib.Person},
			want:  "Ivo Markel",
		},
		{
			name: "a country inside another speaker's quotation just before the name",
			texts: []string{both, "“We want a safe road to northern Dornava,” a resident said. " +
				"Spokesperson Ivo Markel said the road was open."},
			sp:   attrib.Speaker{Name: "Ivo Markel", Role: "Spokesperson", Kind: attrib.Person},
			want: "Ivo Markel",
		},
		{
			name: "a country inside a quotation begun before the window",
			texts: []string{both + "“The families who live here have waited for months and now want nothing more than a safe road home to northern Dornava.” " +
				"Spokesperson Ivo Markel said the road was open."},
			sp:   attrib.Speaker{Name: "Ivo Markel", Role: "Spokesperson", Kind: attrib.Person},
			want: "Ivo Markel",
		},
		{
			name:  "the narration's country just before a government title still counts",
			texts: []string{both + "Prices rose in Dornava. The economy minister, Ilona Marsek, said the rise would pass."},
			sp:    attrib.Speaker{Name: "Ilona Marsek", Role: "The economy minister", Kind: attrib.Person},
			want:  "Dornava",
		},
		{
			name:  "narration before a quotation still counts",
			texts: []string{both + "Dornava rejected the plan. “It is unfair,” economy minister Ilona Marsek said."},
			sp:    attrib.Speaker{Name: "Ilona Marsek", Role: "economy minister", Kind: attrib.Person},
			want:  "Dornava",
		},
	})
}

// TestDepartmentIsNoSide covers a government title with its department
// ("Secretary of Commerce"): the department is no side; the country is.
func TestDepartmentIsNoSide(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name:  "a secretary of a department, the country named just before",
			texts: []string{"Varenian and Dornavan officials met. Dornava and Varenia disagree.", "Exports from Varenia fell. Secretary of Commerce Ivo Maric said they would recover."},
			sp:    attrib.Speaker{Name: "Ivo Maric", Role: "Secretary of Commerce", Kind: attrib.Person},
			want:  "Varenia",
		},
		{
			name:  "a minister of a department in a story about one country",
			texts: []string{"Varenia cut taxes. Varenia raised spending. Varenian banks cheered. Minister of Finance Lena Vask said the budget was sound."},
			sp:    attrib.Speaker{Name: "Lena Vask", Role: "Minister of Finance", Kind: attrib.Person},
			want:  "Varenia",
		},
		{
			name:  "an armed group named just before a government title",
			texts: []string{"Varenian and Dornavan officials met. Dornava and Varenia disagree.", "Talks went on overnight, according to a Hamas representative. Secretary of Commerce Ivo Maric said they would recover."},
			sp:    attrib.Speaker{Name: "Ivo Maric", Role: "Secretary of Commerce", Kind: attrib.Person},
			want:  "Ivo Maric",
		},
		{
			name:  "a secretary of State with no country near",
			texts: []string{"The talks resumed on Monday."},
			sp:    attrib.Speaker{Name: "Ivo Maric", Role: "Secretary of State", Kind: attrib.Person},
			want:  "Ivo Maric",
		},
		{
			name:  "a president of a company is the company's",
			texts: []string{"Tarnco cut jobs. Tarnco shares fell."},
			sp:    attrib.Speaker{Name: "Ivo Maric", Role: "President of Tarnco", Kind: attrib.Person},
			want:  "Tarnco",
		},
	})
}

// TestRegionIsNoCountry covers a continent's or region's name that holds
// a country's short name ("North America", "Latin America"): the region,
// often the division of a firm, is not that country.
func TestRegionIsNoCountry(t *testing.T) {
	tests := []struct {
		role, bad string
	}{
		{"President Tarnco North America", "United States"},
		{"head of Latin America sales at Tarnco", "United States"},
		{"Tarnco's Central America director", "United States"},
		{"Tarnco South America chief", "United States"},
	}
	for _, tt := range tests {
		s := story("Tarnco opened a plant in Ohio. Tarnco makes pumps in the United States and Germany.")
		got, ev, _ := s.Side(attrib.Speaker{Name: "Ivo Maric", Role: tt.role, Kind: attrib.Person})
		if got == tt.bad {
			t.Errorf("Side(role %q) = %q (%s)", tt.role, got, ev)
		}
	}
}

// sideCase is a story's texts, a speaker and the side it should have.
type sideCase struct {
	name  string
	texts []string
	sp    attrib.Speaker
	want  string
}

// runSideCases checks the side of each case's speaker in its story.
func runSideCases(t *testing.T, tests []sideCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ev, _ := story(tt.texts...).Side(tt.sp)
			if got != tt.want {
				t.Errorf("Side(%+v) = %q (%s), want %q", tt.sp, got, ev, tt.want)
			}
		})
	}
}
