package summarize

import (
	"reflect"
	"testing"

	"github.com/storybot/storybot/summarize/lex"
)

// What is kept per text (a statement's parts, terms and quotation, its
// tone) gives the features and claim words that working it out again
// gives, for a story's claims read once and again from the memos.
func TestTextPartsFromMemos(t *testing.T) {
	tests := []struct {
		name, text, quote string
	}{
		{name: "one clause, no figures", text: "The union said the offer was an insult to its members."},
		{
			name:  "clauses, figures and a quotation",
			text:  `Ms Arden said the 4.5% offer was final, but warned that 1,200 jobs "could go by March" if talks failed.`,
			quote: "could go by March",
		},
		{
			name: "a denial and a charge",
			text: "The ministry denied blocking the inquiry, adding that the other side had refused to meet since 2024.",
		},
		{name: "no words", text: "..."},
	}
	defer lex.SetMemos(true)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			weights := idfOf([][]string{terms(tc.text), terms("The offer was final.")})
			read := func() (features, *claimWords) {
				f := weights.featuresOfTerms(tc.text, textTerms(tc.text), tc.quote, "Ms Arden", "union")
				c := oneClaim(0, "Union", "union", "a", tc.text, tc.quote)
				return f, wordsOf(c, map[string]bool{"arden": true})
			}
			lex.SetMemos(false)
			wantF, wantW := read()
			lex.SetMemos(true)
			wantT := tones(wantW)
			wantW.tone = nil       // keyed by each claim's statement
			for round := range 2 { // the second from the memos
				gotF, gotW := read()
				if !reflect.DeepEqual(gotF, wantF) {
					t.Errorf("round %d: features %+v, want %+v", round, gotF, wantF)
				}
				if got := tones(gotW); !reflect.DeepEqual(got, wantT) {
					t.Errorf("round %d: tones %+v, want %+v", round, got, wantT)
				}
				gotW.tone = nil
				if !reflect.DeepEqual(gotW, wantW) {
					t.Errorf("round %d: claim words %+v, want %+v", round, gotW, wantW)
				}
			}
		})
	}
}

// tones are the tones of a claim's statements, in no order.
func tones(w *claimWords) []tone {
	var out []tone
	for _, tn := range w.tone {
		out = append(out, tn)
	}
	return out
}
