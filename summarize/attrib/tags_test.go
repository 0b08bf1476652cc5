package attrib

import (
	"os"
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

func TestPennWords(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{`Brandt's lawyer said it wasn’t true.`, "Brandt|'s|lawyer|said|it|was|n't|true|."},
		{`“We won't pay,” the workers' union said.`, "``|We|wo|n't|pay|,|''|the|workers|'|union|said|."},
		{`Shares fell 8% to $4.5 (a record)—the lowest since 2019…`, "Shares|fell|8|%|to|$|4.5|(|a|record|)|--|the|lowest|since|2019|..."},
		{`Mr. Ortolf met U.S. officials in the U.S.`, "Mr.|Ortolf|met|U.S.|officials|in|the|U.S.|."},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range pennWords(tt.sentence) {
			got = append(got, w.text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.sentence, g, tt.want)
		}
	}
}

// Each token takes the tag of the word starting where it does; the
// offsets of split words point into the sentence.
func TestTokenTags(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{`Dana Ortolf's aides said the claims weren’t true.`, "Dana/NNP Ortolf's/NNP aides/NNS said/VBD the/DT claims/NNS weren’t/VBD true/JJ ./."},
		{`“Stop it,” she said, citing $4.5 million in fees.`, "QUOTE/ she/PRP said/VBD ,/, citing/VBG $4.5/CD million/CD in/IN fees/NNS ./."},
	}
	for _, tt := range tests {
		a := &article{}
		var got []string
		for _, tk := range a.tokens(tt.sentence) {
			name := ""
			if tk.tag != tag.Invalid {
				name = tk.tag.String()
			}
			got = append(got, tk.text+"/"+name)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.sentence, g, tt.want)
		}
	}
	s := `The union’s head didn’t comment.`
	for _, w := range pennWords(s) {
		if w.text != "``" && w.text != "''" && !strings.HasPrefix(strings.ReplaceAll(s[w.start:], "’", "'"), w.text) {
			t.Errorf("%q at %d: %q", w.text, w.start, s[w.start:])
		}
	}
}

// BenchmarkTagArticle is the cost of tagging an article's sentences, set
// against that of tokenising them.
func BenchmarkTagArticle(b *testing.B) {
	data, err := os.ReadFile("../../testdata/eval/labour/labour_1_carrowherald.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sents []string
	for _, p := range strings.Split(string(data), "\n\n") {
		sents = append(sents, lex.Sentences(p)...)
	}
	tag.Load()
	b.Run("tokenize", func(b *testing.B) {
		for b.Loop() {
			for _, s := range sents {
				tokenize(s, quotes(s))
			}
		}
	})
	b.Run("tokenize+tag", func(b *testing.B) {
		for b.Loop() {
			for _, s := range sents {
				tagTokens(s, tokenize(s, quotes(s)))
			}
		}
	})
}

// cuesIn returns the words of a sentence that cueAt takes for cues, after
// the sentence is tagged.
func cuesIn(s string) []string {
	a := &article{}
	toks := a.tokens(s)
	var out []string
	for v := range toks {
		if w, ok := cueAt(toks, v); ok {
			out = append(out, w)
		}
	}
	return out
}

// A cue form is a verb only when tagged as one; tagged a noun or an
// adjective it is no cue, unless a noun or adjective before it and a
// clause, quotation or object after it show a verb the tagger read as
// part of a compound noun.
func TestCueFormsTaggedAsNouns(t *testing.T) {
	tests := []struct {
		sentence string
		want     string // the cues, joined by "|"
	}{
		{"Later estimates went as high as 900.", ""},
		{"The fund raised $40 million in early pledges, securing the project.", ""},
		{"Farm prices were the most contested item in the budget.", ""},
		{"The Varo, Tesk and Oln brands were sold in May.", ""},
		{"Velcor claims that the fees are legal.", "claims"},
		{"The notice orders Brenmoor to halt all work at the site.", "orders"},
		{"Tessa Lund claims the vote was rigged.", "claims"},
		{"The minister warns that prices will rise.", "warns"},
		{"Analysts said the claims were exaggerated.", "said"},
	}
	for _, tt := range tests {
		if got := strings.Join(cuesIn(tt.sentence), "|"); got != tt.want {
			t.Errorf("%s: cues %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// A capitalised first word the tagger knows and tags an imperative verb
// or an adverb is no name; names, unknown words, adjectives and the
// words of nonNames keep their capital.
func TestInitialWordTaggedNotName(t *testing.T) {
	tests := []struct {
		sentence string
		cap      bool
	}{
		{"Add the flour and stir until it thickens.", false},
		{"Quietly, the board approved the sale.", false},
		{"Much of the levy falls on renters.", false},
		{"Check the figures before you vote, the mayor said.", false},
		{"Save Our Schools said the plan was unfair.", true},
		{"Mark Tessel said the plan was unfair.", true},
		{"Ostrevik said the plan was unfair.", true},
		{"Pellingly said the plan was unfair.", true},
		{"Russian officials said the plan was unfair.", true},
		{"So said Dana Ortolf, the union's treasurer.", true},
	}
	for _, tt := range tests {
		a := &article{}
		if got := a.tokens(tt.sentence)[0].cap; got != tt.cap {
			t.Errorf("%s: first word capitalised %v, want %v", tt.sentence, got, tt.cap)
		}
	}
	runRules(t, []ruleCase{
		{"an adverb opening the sentence", []string{"Much of the plan the mayor proposed is unfair to renters."}, nil},
		{"an imperative", []string{"Ask the council and it will say the fees are fair."}, nil},
		{"a name after an inverting adverb", []string{"“The river is dying.” So said Dana Ortolf, the club's treasurer."}, []string{"Dana Ortolf"}},
	})
}
