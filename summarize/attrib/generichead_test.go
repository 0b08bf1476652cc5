package attrib

import "testing"

// "The union" is the body whose name a union heads, before "of" or at its
// end, ahead of a federation or an association named after it, which a
// union's noun may also stand for when no union is named; a
// confederation of unions is one, a federation of employers never.
func TestGenericNounTakesTheBodyItHeads(t *testing.T) {
	tests := []struct {
		noun string
		orgs []string
		want string
	}{
		{"union", []string{"National Union of Classroom Teachers", "Federation of Port Employers"}, "National Union of Classroom Teachers"},
		{"union", []string{"Korvel Dockworkers' Union", "Exporters' Association"}, "Korvel Dockworkers' Union"},
		{"union", []string{"Federation of School Heads"}, "Federation of School Heads"},
		{"union", []string{"United Labour Confederation", "National Employers' Federation"}, "United Labour Confederation"},
		{"union", []string{"National Employers' Federation"}, ""},
		{"commission", []string{"Sevra River Commission", "Commission of Inquiry into the Dam", "Varn Hydro Power"}, "Commission of Inquiry into the Dam"},
	}
	for _, tc := range tests {
		if got := GenericOrg(tc.noun, tc.orgs); got != tc.want {
			t.Errorf("GenericOrg(%q, %q) = %q, want %q", tc.noun, tc.orgs, got, tc.want)
		}
	}
}

// "The company" after a comma and a conjunction is the company the
// clause before names ("Kestrel's calculation is 310 million crowns, and
// the company said"), not another one named further back; a company the
// clause after the cue names is still none ("The company said Tessaro's
// plans").
func TestCompanyOfTheClauseBefore(t *testing.T) {
	paras := []string{
		"The ministry served Kestrel Lines with notice; its 6,400 staff will move to Tervanian Rail Services on April 1.",
		"Kestrel's calculation of that figure is 310 million crowns, and the company said in a statement that it would go to court.",
	}
	an := Extract(paras)
	got := ""
	for _, st := range an.Statements {
		if st.Paragraph == 1 {
			got = st.Speaker.Name
		}
	}
	if got != "Kestrel Lines" {
		t.Errorf("speaker %q, want Kestrel Lines (statements %+v)", got, an.Statements)
	}
}
