package attrib

import (
	"slices"
	"testing"
)

// TestRemitWithAnd covers an "and" inside the remit of a post or a body
// ("Minister of Energy and Water Resources", "Authority for Consumers and
// Markets") or between the portfolios before a minister's title
// ("Employment and Workplace Relations Minister Rachel Denholm"): one
// name, whose last words are no body of their own, and one speaker;
// while two bodies or two people joined by "and" stay two.
func TestRemitWithAnd(t *testing.T) {
	tests := []struct {
		name     string
		paras    []string
		speakers []string
		notOrg   string // no organisation of this name
		org      string // an organisation of this name
	}{
		{"a minister's remit after of", []string{"Katya Orlem, Mirovia's Minister of Energy and Water Resources, said the release was lawful."},
			[]string{"Katya Orlem"}, "Water Resources", ""},
		{"a body's remit after for", []string{"The Authority for Consumers and Markets said the fine was fair."},
			[]string{"Authority for Consumers and Markets"}, "Markets", "Authority for Consumers and Markets"},
		{"a department's remit", []string{"The Department of Health and Social Care said the wards would reopen."},
			[]string{"Department of Health and Social Care"}, "Social Care", "Department of Health and Social Care"},
		{"portfolios before a minister's title", []string{"Employment and Workplace Relations Minister Rachel Denholm said the government would not intervene."},
			[]string{"Rachel Denholm"}, "Employment", ""},
		{"a minister's remit, then the name", []string{"Minister of Environment and Water Teodor Valsic said the suspension would remain in force until an audit."},
			[]string{"Teodor Valsic"}, "Water Teodor Valsic", ""},
		{"the members of one union", []string{"The Victorian Nurses and Midwives Union said its members would walk out on Monday."},
			[]string{"Victorian Nurses and Midwives Union"}, "Midwives Union", "Victorian Nurses and Midwives Union"},
		{"two bodies", []string{"The United Nations and European Union said the talks would resume."},
			[]string{"United Nations and European Union"}, "", "European Union"},
		{"two people", []string{"Drescher and Crabtree-Ireland wrote that the talks had failed."},
			[]string{"Drescher"}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := Extract(tc.paras)
			var got []string
			for _, st := range a.Statements {
				got = append(got, st.Speaker.Name)
			}
			if !slices.Equal(got, tc.speakers) {
				t.Errorf("speakers %q, want %q", got, tc.speakers)
			}
			if tc.notOrg != "" && slices.Contains(a.Orgs, tc.notOrg) {
				t.Errorf("organisations %q hold %q", a.Orgs, tc.notOrg)
			}
			if tc.org != "" && !slices.Contains(a.Orgs, tc.org) {
				t.Errorf("organisations %q lack %q", a.Orgs, tc.org)
			}
		})
	}
}

// TestTwoTitledPeopleWithAnd covers two titled people joined by "and":
// the second's title is their own, no remit of the first's.
func TestTwoTitledPeopleWithAnd(t *testing.T) {
	for _, first := range []string{"Governor Ingrid Valsted", "Central Bank Governor Ingrid Valsted", "Mayor Jon Ekker"} {
		a := Extract([]string{first + " and Finance Minister Marcus Ellery met on Monday.",
			"Ellery said the rate rise would hurt families and businesses across the country."})
		if len(a.Statements) != 1 || a.Statements[0].Speaker.Name != "Marcus Ellery" || a.Statements[0].Speaker.Role != "Finance Minister" {
			t.Errorf("%s: statements %+v, want Marcus Ellery, Finance Minister", first, a.Statements)
		}
	}
}
