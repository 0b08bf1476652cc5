package attrib

import "testing"

// A body whose possessive names an owner ("Elmstead's board", "Vesk's
// defence ministry") is that owner's body, not the body of that kind the
// article named before.
func TestBodyOfAnotherOwner(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  string // the last statement's speaker
	}{
		{"a company's board after a regulator's", []string{"The Averland Competition Board said it would review the bid.",
			"Elmstead's board unanimously rejected the offer, saying it undervalued the company."}, "Elmstead's board"},
		{"a modifier between", []string{"The Averland Competition Board said it would review the bid.",
			"Elmstead's supervisory board said the offer was too low."}, "Elmstead's supervisory board"},
		{"a country's ministry after another's", []string{"The Averland Defence Ministry said it had no view.",
			"Earlier, Vesk's defence ministry said it would send observers."}, "Vesk's defence ministry"},
		{"an owner in s'", []string{"The Tarn Workers Union said the strike would go on.",
			"Brackwater Holdings' union said its members would vote."}, "Brackwater Holdings' union"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := Extract(c.paras)
			if len(an.Statements) == 0 {
				t.Fatalf("no statement in %q", c.paras)
			}
			if got := an.Statements[len(an.Statements)-1].Speaker.Name; got != c.want {
				t.Errorf("speaker %q, want %q", got, c.want)
			}
		})
	}
}
