package attrib

import (
	"strings"
	"testing"
)

// A run of capitalised words is no person when the page shows it is a
// thing: named by "called" after a word for a thing, opened by a gerund
// (a title), or glued to a heading word that opens several sentences.
// Given names that are common words stay names.
func TestThingsAreNoPersons(t *testing.T) {
	runRules(t, []ruleCase{
		{"a craft called",
			[]string{"The Vell agency is building a probe called Silver Heron, which will launch in 2031.",
				"Heron will orbit Tarn but study its moon on dozens of passes, characterizing the ice and its ocean."},
			nil},
		{"a novel titled",
			[]string{"She wrote a novel titled Harbour Lights about the Kell strike.",
				"Lights will follow two sisters, characterizing the strike and its end."},
			nil},
		{"a person named is a person",
			[]string{"The ferry was run by a farmer named Tomas Eld.", "Eld said the crossing would reopen in May."},
			[]string{"Tomas Eld"}},
		{"a title opened by a gerund",
			[]string{"Sailing Past Orla, a novel about two sisters, is set on the Kell coast.",
				"He wrote it in a year, and he described it as his best book."},
			nil},
		{"a given name that is a common word",
			[]string{"Mark Carney said the bank would hold rates at four percent."},
			[]string{"Mark Carney"}},
		{"another given name that is a common word",
			[]string{"Will Tarrant, the union's leader, said the strike would go on."},
			[]string{"Will Tarrant"}},
		{"a given name the tagger takes for a gerund by its shape",
			[]string{"Parents are angry. Aisling Varr, a founder of the campaign group Keep Kell Open, said the group would go to court."},
			[]string{"Aisling Varr"}},
		{"a given name that is a gerund-like word",
			[]string{"Sterling Voss, the mayor of Kell, said the bridge would reopen."},
			[]string{"Sterling Voss"}},
	})
}

// A heading word glued to the sentences after it ("Overview Studies show")
// is no part of a person's name; a first name that opens several
// sentences before one surname is.
func TestHeadingLabels(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  string // a person the article names, or ""
		not   string // a name that must not be a person
	}{
		{"a heading before three sentences",
			[]string{"Overview Studies show that short breaks help.", "Overview Walking after meals helps too.",
				"Overview Sleep matters most.", "Studies indicate that naps can help older adults remember more."},
			"", "Overview Studies"},
		{"two headings are not enough",
			[]string{"Overview Studies show that short breaks help.", "Overview Walking after meals helps too."},
			"", ""},
		{"a first name before the same surname",
			[]string{"Ada Renn said the bridge would reopen.", "Ada Renn also said the ferry would run.",
				"Ada Renn added that buses would help."},
			"Ada Renn", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var people []string
			for _, p := range Extract(tc.paras).People {
				people = append(people, p.Name)
			}
			all := "|" + strings.Join(people, "|") + "|"
			if tc.want != "" && !strings.Contains(all, "|"+tc.want+"|") {
				t.Errorf("people %q, want %q among them", people, tc.want)
			}
			if tc.not != "" && strings.Contains(all, "|"+tc.not+"|") {
				t.Errorf("people %q, want no %q", people, tc.not)
			}
		})
	}
}
