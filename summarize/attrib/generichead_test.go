package attrib

import "testing"

// "The union" is the body whose name a union heads, before "of" or at its
// end, ahead of a federation or an association named after it, which a
// union's noun may also stand for when no union is named.
func TestGenericNounTakesTheBodyItHeads(t *testing.T) {
	tests := []struct {
		noun string
		orgs []string
		want string
	}{
		{"union", []string{"National Union of Classroom Teachers", "Federation of Port Employers"}, "National Union of Classroom Teachers"},
		{"union", []string{"Korvel Dockworkers' Union", "Exporters' Association"}, "Korvel Dockworkers' Union"},
		{"union", []string{"Federation of School Heads"}, "Federation of School Heads"},
		{"commission", []string{"Sevra River Commission", "Commission of Inquiry into the Dam", "Varn Hydro Power"}, "Commission of Inquiry into the Dam"},
	}
	for _, tc := range tests {
		if got := GenericOrg(tc.noun, tc.orgs); got != tc.want {
			t.Errorf("GenericOrg(%q, %q) = %q, want %q", tc.noun, tc.orgs, got, tc.want)
		}
	}
}
