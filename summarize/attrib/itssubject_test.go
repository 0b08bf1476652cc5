package attrib

import (
	"slices"
	"testing"
)

// TestItsAfterANameThatActed covers "its" after a sentence opened by a
// name as the subject of its verb, with no sign that the name is a
// person's ("Highland Skies struck a more emotional note. Its chief
// executive, ..."; "Coralport has refused. Its chief operating officer,
// ..."): the post is that body's, not the one named before it; while
// "its" after a person named by a given name still finds the body.
func TestItsAfterANameThatActed(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		role  string // the role of the last statement's speaker
	}{
		{"two words that read as a person's name", []string{
			"The regulator blocked Northwind Airways' takeover of the carrier on Tuesday.",
			"Highland Skies struck a more emotional note. Its chief executive, Alison Grieve, said staff had been let down.",
		}, "Highland Skies' chief executive"},
		{"one word", []string{
			"Dock workers at Port Botany walked out for a third day, the Waterfront Workers' Alliance said.",
			"Coralport has refused. Its chief operating officer, Darren Liu, said a cap would freeze the terminal.",
		}, "Coralport's chief operating officer"},
		{"a body named by its head noun", []string{
			"The National Labour Inspectorate opened an inquiry.",
			"The Inspectorate is examining five sites. Its director, Anna Vantreck, said penalties were possible.",
		}, "National Labour Inspectorate's director"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sts := Extract(tc.paras).Statements
			if len(sts) == 0 || sts[len(sts)-1].Speaker.Role != tc.role {
				t.Fatalf("statements %+v, want the last by the %q", sts, tc.role)
			}
		})
	}
}

// TestNameEndingInAPluralNoun covers a name of two capitalised words
// whose first is no given name and whose last is a plural common noun
// ("Coralport Terminals", "Highland Skies"): a body, never a person; a
// given name before such a word ("Jane Fields") and a group named by its
// members ("House Republicans") keep their readings.
func TestNameEndingInAPluralNoun(t *testing.T) {
	a := Extract([]string{
		"Coralport Terminals said the strike was unlawful, and Highland Skies cancelled its flights.",
		"Jane Fields, a docker, said the pickets would stay.",
		"House Republicans said the bill would fail.",
	})
	for _, o := range []string{"Coralport Terminals", "Highland Skies"} {
		if !slices.Contains(a.Orgs, o) {
			t.Errorf("organisations %q lack %q", a.Orgs, o)
		}
	}
	var people []string
	for _, p := range a.People {
		people = append(people, p.Name)
	}
	if !slices.Contains(people, "Jane Fields") || slices.Contains(people, "Highland Skies") || slices.Contains(people, "Coralport Terminals") {
		t.Errorf("people %q", people)
	}
	if sts := a.Statements; len(sts) != 3 || sts[2].Speaker.Kind != Unnamed {
		t.Errorf("statements %+v, want the group's last", sts)
	}
}
