package summarize

import (
	"slices"
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/lex"
)

// TestNegationScope holds shapes in which a negation stands near the word
// two sides share but does not deny it: the word is an exception to the
// negation, a wish, a question, an adverb, the verb of another phrase,
// in another clause, or what a negated verb speaks about.
func TestNegationScope(t *testing.T) {
	runDisputeShapes(t, []disputeShape{
		{
			name: "an exception to a negation affirms it: nothing other than",
			texts: []string{
				"Ferry lost\n\nTarn Coastguard chief Mila Ost said no evidence pointed to anything other than a storm in the sinking of the ferry.\n\nOst said the coastguard would publish its report in March.",
				"Owner speaks\n\nBrask Ferries owner Odo Brask said the storm had been the worst in a decade.\n\nBrask said the company would buy two new boats in spring.",
			},
		},
		{
			name: "what a side hopes, it does not assert",
			texts: []string{
				"Nurses wait\n\nVarden Nurses Union leader Mila Ost said: \"It is our hope that we will be able to reach a fair settlement.\"\n\nOst said wards in the north were short of forty nurses.",
				"Board budget\n\nVarden Health Board chair Odo Brask said the board would not be able to reach a settlement before the budget.\n\nBrask said the board had kept every ward in the north open.",
			},
		},
		{
			name: "a question denies nothing",
			texts: []string{
				"Bridge hearing\n\nOrlen council leader Piet Doma said: \"So it is fair to say you have not repaired the bridge?\"\n\nDoma said the council would vote on the budget in June.",
				"Engineer answers\n\nTesk Engineering director Mara Tesk said the bridge had been repaired in May.\n\nTesk said the firm would publish its survey of the river in March.",
			},
		},
		{
			name: "an adverb names no point",
			texts: []string{
				"Bakers wait\n\nOstrand Foods director Mara Tesk said she wrote back to the bakers on Monday.\n\nTesk said the company would publish its accounts in March.",
				"Bakers hold out\n\nHarth Bakers Union leader Ivo Dran said members would not be back at the ovens before Friday.\n\nDran said pickets would stay at the gates of the factory.",
			},
		},
		{
			name: "a negation denies the verb it governs, not a verb in its object",
			texts: []string{
				"Derby day\n\nTarn Rovers coach Ivo Dran said his strikers were starting to feel confident again.\n\nDran said the team would train on Sunday.",
				"Visitors beaten\n\nBrenholt City coach Piet Olsen said his side were not giving the home fans much to feel good about.\n\nOlsen said the team would train on Monday.",
			},
		},
		{
			name: "a negation does not reach back past a new subject",
			texts: []string{
				"Teachers rally\n\nTeachers union leader Mila Ost said the rally drew cheers from the crowd.\n\nOst said schools would close on Friday.",
				"Minister speaks\n\nEducation minister Odo Brask told cheering teachers that they were not asking for too much.\n\nBrask said the budget would be set in June.",
			},
		},
		{
			name: "a negated verb does not deny what it asks: does not know what",
			texts: []string{
				"Play opens\n\nTarn Playhouse director Mila Ost said the emotion of the last scene carried the play.\n\nOst said the theatre would stage three new plays in May.",
				"Actor speaks\n\nBrenholt Players actor Odo Brask said: \"I do not know what the emotion of the scene is yet.\"\n\nBrask said the company had rehearsed in a barn since March.",
			},
		},
		{
			name: "a negated verb does not deny what it is about",
			texts: []string{
				"Pension row\n\nHarth Bakers Union leader Ivo Dran said the bakery was cutting the pension plan.\n\nDran said members would strike on Monday.",
				"Bakery answers\n\nOstrand Foods director Mara Tesk said she had never received any letter from the union about the pension plan.\n\nTesk said the company would publish its accounts in March.",
			},
		},
		{
			name: "a negation under a negated belief affirms: cannot believe she would not",
			texts: []string{
				"Books return\n\nOst Books publisher Mila Ost said the novels would be back in print next year.\n\nOst said the firm would print ten thousand copies in May.",
				"Friend speaks\n\nReaders Circle founder Odo Brask said: \"I cannot believe the family would not want the novels in print.\"\n\nBrask said the circle would hold a reading in the library in June.",
			},
		},
		{
			name: "a negation denies the verb it governs and that verb's object",
			texts: []string{
				"Pension row\n\nHarth Bakers Union leader Ivo Dran said the bakery was cutting the pension plan.\n\nDran said members would strike on Monday.",
				"Bakery answers\n\nOstrand Foods director Mara Tesk said the bakery was not cutting the pension plan.\n\nTesk said the company would publish its accounts in March.",
			},
			want: []string{"Harth Bakers Union / Ostrand Foods"},
		},
		{
			name: "a negation after the point opens a phrase of its own: and not",
			texts: []string{
				"Derby day\n\nTarn Rovers coach Ivo Dran said his strikers were getting a little sharper every week.\n\nDran said the team would train on Sunday.",
				"Visitors beaten\n\nBrenholt City coach Piet Olsen said his side were pressing a little higher and not giving the home fans a chance.\n\nOlsen said the team would train on Monday.",
			},
		},
		{
			name: "not one thing but another affirms the subject",
			texts: []string{
				"Envoy's role\n\nTarn council leader Piet Doma said the envoy's role in the talks had been a problem.\n\nDoma said the council would vote on the budget in June.",
				"Envoy answers\n\nTarn envoy Mara Tesk said: \"My role was not some private channel, but the official channel.\"\n\nTesk said the firm would publish its survey of the river in March.",
			},
		},
		{
			name: "a concession within a sentence sets no account against the next",
			texts: []string{
				"Ferry lost\n\nAlthough the owners had blamed the crew, Tarn Coastguard chief Mila Ost said the storm had sunk the ferry.\n\nBrask Ferries owner Odo Brask called the storm the worst in a decade.\n\nOst said the coastguard would publish its report in March.\n\nBrask said the company would buy two new boats in spring.",
			},
		},
		{
			name: "a negated verb of comment does not deny what it would speak on",
			texts: []string{
				"Prison inquiry\n\nTarn prison governor Mila Ost said she couldn't comment on the criminal investigation into the death of the inmate.\n\nOst said the prison would hire forty guards in May.",
				"Family lawyer\n\nFamily lawyer Odo Brask said the criminal investigation into the death of the inmate was welcome.\n\nBrask said the family would hold a memorial in the library in June.",
			},
		},
		{
			name: "a negation after \"that\" does not reach back to the clause that says it",
			texts: []string{
				"Ferry families\n\nTarn Coastguard chief Mila Ost told the families that the coastguard would not release the recording before May.\n\nOst said the coastguard would publish its report in March.",
				"Owner speaks\n\nBrask Ferries owner Odo Brask said the company's only priority was the families of those on board.\n\nBrask said the company would buy two new boats in spring.",
			},
		},
		{
			name: "one's own thing is not the thing another side speaks of",
			texts: []string{
				"Ferry inquiry\n\nTarn Coastguard chief Mila Ost said the coastguard, which leads the inquiry, had recovered the recorder.\n\nOst said the coastguard would publish its report in March.",
				"Owner speaks\n\nBrask Ferries owner Odo Brask said its engineers were there to help the coastguard, not to run their own inquiry.\n\nBrask said the company would buy two new boats in spring.",
			},
		},
		{
			name: "a refusal to comment does not deny what it would speak on",
			texts: []string{
				"Dam row\n\nMordan foreign minister Mila Ost said the operating rules of the dam broke the 1987 river treaty.\n\nOst said farmers would get aid in June.",
				"Dam builder\n\nTarnhydro declined to comment on the operating rules of the dam, saying they were a matter for governments.\n\nTarnhydro said the dam would light a million homes.",
			},
		},
		{
			name: "a place named where things happen is no point",
			texts: []string{
				"Mine closure\n\nEnergy minister Mila Ost said: \"Nobody in Korvin will be left behind.\"\n\nOst said the state would pay for retraining.",
				"Miners march\n\nThe Tarn Miners' Union said it would hold a march through the centre of Korvin on Sunday.\n\nThe union said members would strike in May.",
			},
		},
		{
			name: "a negation in a condition states no fact",
			texts: []string{
				"Dam row\n\nMordan foreign minister Mila Ost said Mordan would go to a tribunal if the filling of the reservoir did not stop.\n\nOst said farmers would get aid in June.",
				"Dam builder\n\nTarn water minister Odo Brask said the filling of the reservoir would take five years.\n\nBrask said the dam would light a million homes.",
			},
		},
	})
}

// TestPastAccused covers the side a verb of accusation charges: its
// object, right after it; a side named past a preposition after the
// object is what the charge is about, not whom it charges.
func TestPastAccused(t *testing.T) {
	tests := []struct {
		text, side string
		want       bool
	}{
		{"Dravin accused Maskan of ignoring warnings about the bank for months", "bank", true},
		{"Dravin accused the bank of ignoring warnings", "bank", false},
		{"the union's accusations against the board over pay", "board", false},
	}
	for _, tc := range tests {
		f := strings.Fields(tc.text)
		j := slices.IndexFunc(f, func(w string) bool { return strings.HasPrefix(w, "accus") })
		i := slices.Index(f, tc.side)
		if got := pastAccused(f, lex.StanceOf(f[j]), j, i); got != tc.want {
			t.Errorf("%q: pastAccused(%s) = %v, want %v", tc.text, tc.side, got, tc.want)
		}
	}
}
