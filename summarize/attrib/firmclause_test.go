package attrib

import (
	"slices"
	"testing"
)

// TestFirmNamedWithAClauseOrATrade covers a firm whose name ends in no
// body's word, known by its trade ("Greenplate Catering", "Larkfield
// Events") or by the appositive that says what it is, a relative clause
// and all ("Greenplate Catering, the company that ran the stalls,"): it
// is a body, never a person, and "Its managing director" after it is the
// firm's.
func TestFirmNamedWithAClauseOrATrade(t *testing.T) {
	paras := []string{
		"Wexley District Council said it was too early to say where the infection came from.",
		"Larkfield Events pointed the finger at Vantor Greenplate, the company that ran six of the food stalls.",
		"Vantor Greenplate rejected the claim. Its managing director, Tomas Reddick, said the chicken was cooked properly.",
		"Bellcroft Catering, which supplied the bread, said it had not been contacted.",
	}
	an := Extract(paras)
	for _, org := range []string{"Larkfield Events", "Vantor Greenplate", "Bellcroft Catering"} {
		if !slices.Contains(an.Orgs, org) {
			t.Errorf("orgs %v, want %q among them", an.Orgs, org)
		}
	}
	for _, st := range an.Statements {
		if st.Speaker.Name == "Tomas Reddick" && st.Speaker.Role != "Vantor Greenplate's managing director" {
			t.Errorf("Reddick's role %q, want the firm's managing director", st.Speaker.Role)
		}
	}
}

// TestCompanySpokespersonOfTheOneFirm covers "a company spokeswoman" in
// an article that names one business by a name of two words ("Vellmark
// Power"), and a plural noun opening a sentence before a verb of speech
// ("Protests continued"), which names no business.
func TestCompanySpokespersonOfTheOneFirm(t *testing.T) {
	paras := []string{
		"Ostrelia's operator Vellmark Power is expected to restart the reactor. Protests continued overnight at the plant gates.",
		"Vellmark Power says the reactor reached criticality. A company spokeswoman said the grid connection would follow within days.",
	}
	an := Extract(paras)
	for _, st := range an.Statements {
		if st.Text == "A company spokeswoman said the grid connection would follow within days." {
			if st.Speaker.Name != "Vellmark Power's spokeswoman" {
				t.Errorf("speaker %q, want Vellmark Power's spokeswoman", st.Speaker.Name)
			}
			return
		}
	}
	t.Errorf("no statement of the spokeswoman in %+v", an.Statements)
}

// TestFirmNamedWithItsPossessive covers a firm brought in by its kind and
// named with a possessive ("retailer Kronvall's takeover of Bygghus"):
// the firm is Kronvall.
func TestFirmNamedWithItsPossessive(t *testing.T) {
	an := Extract([]string{"The regulator approved home-improvement retailer Kronvall's takeover of rival Bygghus on Tuesday."})
	if !slices.Contains(an.Orgs, "Kronvall") || slices.Contains(an.Orgs, "Kronvall's") {
		t.Errorf("orgs %q, want Kronvall without its possessive", an.Orgs)
	}
}

// TestCooperativeWithAPossessiveInItsName covers a body whose name holds
// its members' possessive and ends in a cooperative's word ("Sarnel
// Fishermen's Cooperative"): one body, whose "Its chair" speaks for it.
func TestCooperativeWithAPossessiveInItsName(t *testing.T) {
	an := Extract([]string{"The Marine Accident Investigation Board opened an inquiry. The Sarnel Fishermen's Cooperative does not believe either figure. Its chair, Ilse Varga, says the slick is far larger."})
	for _, st := range an.Statements {
		if st.Speaker.Name == "Ilse Varga" && st.Speaker.Role != "Sarnel Fishermen's Cooperative's chair" {
			t.Errorf("Varga's role %q, want the cooperative's chair", st.Speaker.Role)
		}
	}
	if !slices.Contains(an.Orgs, "Sarnel Fishermen's Cooperative") {
		t.Errorf("orgs %q, want the cooperative whole", an.Orgs)
	}
}
