package lex

import "testing"

func TestStanceOf(t *testing.T) {
	for _, tc := range []struct {
		word string
		want Stance
	}{
		{"denied", Denial},
		{"denies", Denial},
		{"refuted", Denial},
		{"baseless", Denial},
		{"rejects", Rejection},
		{"rebuffed", Rejection},
		{"unacceptable", Rejection},
		{"disagrees", Rejection},
		{"insulting", Rejection},
		{"derisory", Rejection},
		{"refusing", Refusal},
		{"declined", Refusal},
		{"withheld", Refusal},
		{"accused", Accusation},
		{"blames", Accusation},
		{"slammed", Accusation},
		{"criticizing", Accusation},
		{"aggression", Accusation},
		{"misled", Accusation},
		{"demanded", Demand},
		{"urges", Demand},
		{"however", Contrast},
		{"despite", Contrast},
		{"never", Negation},
		{"doesn't", Negation},
		{"said", NoStance},
		{"offer", NoStance},
		{"union's", NoStance},
	} {
		if got := StanceOf(tc.word); got != tc.want {
			t.Errorf("StanceOf(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestStanceAgainst(t *testing.T) {
	for s, want := range map[Stance]bool{NoStance: false, Negation: true, Denial: true, Rejection: true,
		Refusal: true, Accusation: true, Demand: false, Contrast: false} {
		if s.Against() != want {
			t.Errorf("%v.Against() = %v, want %v", s, s.Against(), want)
		}
	}
}

func TestInflect(t *testing.T) {
	for _, tc := range []struct {
		verb, past string
		want       []string
	}{
		{"deny", "", []string{"deny", "denies", "denied", "denying"}},
		{"refuse", "", []string{"refuse", "refuses", "refused", "refusing"}},
		{"slam", "", []string{"slam", "slams", "slammed", "slamming"}},
		{"dismiss", "", []string{"dismiss", "dismisses", "dismissed", "dismissing"}},
		{"withhold", "withheld", []string{"withhold", "withholds", "withheld", "withholding"}},
		{"write", "", []string{"write", "writes", "wrote", "written", "writing"}},
		{"speak", "spoke", []string{"speak", "speaks", "spoke", "spoken", "speaking"}},
	} {
		got := Inflect(tc.verb, tc.past)
		if len(got) != len(tc.want) {
			t.Fatalf("Inflect(%q) = %q, want %q", tc.verb, got, tc.want)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("Inflect(%q) = %q, want %q", tc.verb, got, tc.want)
				break
			}
		}
	}
}
