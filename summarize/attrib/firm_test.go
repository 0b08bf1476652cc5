package attrib

import "testing"

// A body introduced by a noun with a relative clause ("The group that
// runs the harbour ferries, Orla Sound, says") is an organisation; "the
// company" with no organisation of its kind named is the organisation
// that has just spoken, if its name gives it no other kind.
func TestCompanyThatJustSpoke(t *testing.T) {
	runRules(t, []ruleCase{
		{"a name after a relative clause is the body", []string{
			"The group that runs the harbour ferries, Orla Sound, says fares will stay flat this winter."},
			[]string{"Orla Sound"}},
		{"an authority is no airline", []string{
			"The Tarsian Civil Aviation Authority said the pilots' hours were within the rules.",
			"The airline said it had raised its offer to the pilots twice."},
			[]string{"Tarsian Civil Aviation Authority", "airline"}},
	})
	an := Extract([]string{
		"The group that runs the harbour ferries, Orla Sound, says fares will stay flat this winter.",
		"Ilka Brandt accused the ferry group of cutting the night crossings.",
		"But the company says the night crossings were never part of its contract."})
	var got []string
	for _, st := range an.Statements {
		got = append(got, st.Speaker.Name)
	}
	if len(got) != 3 || got[2] != "Orla Sound" {
		t.Errorf("speakers %q, want the company to be Orla Sound", got)
	}
}
