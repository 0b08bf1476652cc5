package parties

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// story builds a story from article texts as the engine does.
func story(texts ...string) *Story {
	analyses := make([]attrib.Analysis, len(texts))
	for i, t := range texts {
		analyses[i] = attrib.Extract([]string{t})
	}
	return NewStory(analyses, texts)
}

// sided is a speaker and whether the story gives it a side.
type sided struct {
	sp   attrib.Speaker
	side bool
}

// checkSided checks which speakers the story gives a side.
func checkSided(t *testing.T, s *Story, cases []sided) {
	t.Helper()
	for _, tc := range cases {
		if p, ev, ok := s.Side(tc.sp); ok != tc.side {
			t.Errorf("%s: side %q, %v (%s), want a side: %v", tc.sp.Name, p, ok, ev, tc.side)
		}
	}
}

// storyOf makes a story of an article of paragraphs and, when other is
// not nil, an earlier article; it returns the story and the first
// article's analysis.
func storyOf(paras, other []string) (*Story, attrib.Analysis) {
	an := attrib.Extract(paras)
	ans, texts := []attrib.Analysis{an}, []string{strings.Join(paras, "\n\n")}
	if other != nil {
		ans, texts = append(ans, attrib.Extract(other)), append(texts, strings.Join(other, "\n\n"))
	}
	return NewStory(ans, texts), an
}

// statementWith returns the statement of an whose text holds cue.
func statementWith(t *testing.T, an attrib.Analysis, cue string) attrib.Statement {
	t.Helper()
	for _, st := range an.Statements {
		if strings.Contains(st.Text, cue) {
			return st
		}
	}
	t.Fatalf("no statement of %q in %+v", cue, an.Statements)
	return attrib.Statement{}
}

func TestPartyOf(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		speaker attrib.Speaker
		want    string
	}{
		{
			name:    "a demonym and the country it names are one side",
			texts:   []string{"Kestrian troops moved north. Kestria said the border was calm."},
			speaker: attrib.Speaker{Name: "Kestrian officials", Kind: attrib.Unnamed, Generic: "officials"},
			want:    "Kestria",
		},
		{
			name:    "a country's ministry by its possessive",
			texts:   []string{"Varenia and Belgora traded fire. Varenian officials said six people died."},
			speaker: attrib.Speaker{Name: "Varenia's defence ministry", Kind: attrib.Body, Generic: "ministry"},
			want:    "Varenia",
		},
		{
			name:    "a minister with no country in a two-country story abstains",
			texts:   []string{"Moldara and Kestria met in Geneva. Moldaran and Kestrian diplomats spoke."},
			speaker: attrib.Speaker{Name: "Ana Vesk", Role: "Foreign Minister", Kind: attrib.Person},
			want:    "",
		},
		{
			name:    "a body the story names only by a common noun",
			texts:   []string{"Brindlemoor's school board voted 5-2. The school board said it had no choice."},
			speaker: attrib.Speaker{Name: "Gwen Hall", Role: "Board chair", Kind: attrib.Person},
			want:    "Brindlemoor School Board",
		},
		{
			name:    "a lawyer speaks for the families she represents",
			texts:   []string{"Halvard Power Systems recalled its packs."},
			speaker: attrib.Speaker{Name: "Hester Quaile", Role: "a lawyer representing seven families", Kind: attrib.Person},
			want:    "Families",
		},
		{
			name:    "a campaign whose name holds a school is a side",
			texts:   []string{"Parents formed the campaign group Save Our Schools Brindlemoor."},
			speaker: attrib.Speaker{Name: "Save Our Schools Brindlemoor", Kind: attrib.Body},
			want:    "Save Our Schools Brindlemoor",
		},
		{
			name:    "a business school comments, takes no side",
			texts:   []string{"Carrow Business School published a study."},
			speaker: attrib.Speaker{Name: "Ana Ruiz", Role: "a lecturer at Carrow Business School", Kind: attrib.Person},
			want:    "",
		},
		{
			name:    "a speaking company is an organisation its staff speak for",
			texts:   []string{"Marisca Line said it would divert ships.", "Marisca spokesman Joost Terhaar said the delays were costly."},
			speaker: attrib.Speaker{Name: "Joost Terhaar", Role: "Marisca spokesman", Kind: attrib.Person},
			want:    "Marisca Line",
		},
		{
			name:    "a body named with a demonym is the body, not the country",
			texts:   []string{"Dornavan steel imports fell.", "The Dornavan Steelworkers' Union called a strike in Dornava."},
			speaker: attrib.Speaker{Name: "Benedek Harka", Role: "general secretary of the Dornavan Steelworkers' Union", Kind: attrib.Person},
			want:    "Dornavan Steelworkers' Union",
		},
		{
			name:    "an environment agency is a side, not a news agency",
			texts:   []string{"The National Waters and Environment Agency opened an inquiry."},
			speaker: attrib.Speaker{Name: "National Waters and Environment Agency", Kind: attrib.Body},
			want:    "National Waters and Environment Agency",
		},
		{
			name:    "officials at a body speak for it",
			texts:   []string{"The National Product Safety Authority opened an inquiry."},
			speaker: attrib.Speaker{Name: "Officials of authority", Kind: attrib.Unnamed, Generic: "officials"},
			want:    "National Product Safety Authority",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := story(tc.texts...).PartyOf(tc.speaker); got != tc.want {
				t.Errorf("PartyOf(%+v) = %q, want %q", tc.speaker, got, tc.want)
			}
		})
	}
}
