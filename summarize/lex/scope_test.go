package lex

import "testing"

func TestStanceAt(t *testing.T) {
	for _, tc := range []struct {
		text string
		word int
		want Stance
	}{
		{"the company failed to notify the council", 2, Refusal},
		{"a valve on the tank had failed", 5, NoStance},
		{"the talks failed", 2, NoStance},
		{"the union refused", 2, Refusal},
		{"the union did not strike", 3, Negation},
	} {
		toks := Tokens(tc.text)
		if got := StanceAt(toks, tc.word); got != tc.want {
			t.Errorf("StanceAt(%q, %d) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

func TestPolar(t *testing.T) {
	for _, tc := range []struct {
		word    string
		quality string
		affirms bool
		ok      bool
	}{
		{"safe", "safety", true, true},
		{"unsafe", "safety", false, true},
		{"risk", "safety", false, true},
		{"unlawful", "legitimacy", false, true},
		{"safeguard", "legitimacy", true, true},
		{"protectionism", "legitimacy", false, true},
		{"river", "", false, false},
	} {
		q, a, ok := Polar(tc.word)
		if q != tc.quality || a != tc.affirms || ok != tc.ok {
			t.Errorf("Polar(%q) = %q, %v, %v; want %q, %v, %v", tc.word, q, a, ok, tc.quality, tc.affirms, tc.ok)
		}
	}
}

func TestScopeWords(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    func(string) bool
		word string
		want bool
	}{
		{"without undoes", Undoes, "without", true},
		{"until undoes", Undoes, "until", true},
		{"and does not undo", Undoes, "and", false},
		{"without negates twice", DoubleNegation, "without", true},
		{"more compares", Comparative, "more", true},
		{"cutting is a gerund", Gerund, "cutting", true},
		{"thing is none", Gerund, "thing", false},
		{"advised directs", Directive, "advised", true},
		{"urged is a demand, not advice", Directive, "urged", false},
		{"because subordinates", Subordinator, "because", true},
		{"that does not", Subordinator, "that", false},
		{"hoped wishes", Directive, "hoped", true},
		{"thought is belief", Belief, "thought", true},
		{"said is no belief", Belief, "said", false},
		{"regarding names what is spoken of", About, "regarding", true},
		{"on does not", About, "on", false},
		{"they is a subject", SubjectPronoun, "they", true},
		{"them is none", SubjectPronoun, "them", false},
		{"although concedes", Concessive, "although", true},
		{"comment is reticent", Reticence, "comment", true},
		{"deny is not", Reticence, "deny", false},
		{"however is a reporter's contrast", Concessive, "however", false},
	} {
		if got := tc.f(tc.word); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestException checks the words that make an exception to a negation.
func TestException(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int
		want bool
	}{
		{"nothing other than a storm", 1, true},
		{"nothing except the storm", 1, true},
		{"no one apart from the crew", 2, true},
		{"the other ferry", 1, false},
	} {
		if got := Exception(Tokens(tc.text), tc.k); got != tc.want {
			t.Errorf("%q at %d: got %v, want %v", tc.text, tc.k, got, tc.want)
		}
	}
}
