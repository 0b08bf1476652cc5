package summarize

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A cluster shows every distinct point of its speakers: a point of one
// speaker stands for another speaker's point only when the two say the
// same (otherSpeakerSim), while for the same speaker coverSim is enough.
func TestDistinctPointsOfTwoSpeakers(t *testing.T) {
	tests := []struct {
		name       string
		whoA, whoB string
		a, b       string
		want       int
	}{
		{"two speakers, two points on one offer",
			"ivo brandt", "mara quell",
			"Brandt put the pay talks on hold until the mayor returns from abroad next week.",
			"Quell said the mayor's pay offer left nurses worse off.", 2},
		{"one speaker, the same point told twice",
			"ivo brandt", "ivo brandt",
			"Brandt said the talks with the harbour board were on hold until Sunday.",
			"Brandt said talks with the harbour board would stay on hold until Sunday.", 1},
		{"another speaker's point shares one clause of a long quotation", // two facts: the board voted, the team recommended
			"ivo brandt", "harbour workers",
			"“Nobody takes this lightly, not me, not our negotiating team, not the members of our board who voted unanimously for a walkout, but we had no choice. It hurts every family on the quays and every trader in the town. We are the victims here, squeezed by a greedy operator that pays its directors millions while our crews queue at food banks. I am shocked by the way the people we work for have treated us, and I cannot believe it. The harbour is our life, and we will stand on the picket line until the offer is fair. Every ferry that sails without us sails at a loss, and the operator knows it,” Brandt said.",
			"The statement said the negotiating team voted “unanimously to recommend a walkout.”", 2},
		{"another speaker's point says the same",
			"ivo brandt", "harbour workers",
			"Brandt said the board voted unanimously to recommend a walkout on the quays.",
			"The statement said the board voted “unanimously to recommend a walkout.”", 1},
		{"one speaker's count, then a later count of the same: two points",
			"hernan rojas", "hernan rojas",
			"Colonel Rojas said eight officers had been injured in the clashes on Route 27.",
			"Colonel Rojas said 11 officers had now been injured in the clashes on Route 27.", 2},
		{"one speaker's count told twice: one point",
			"hernan rojas", "hernan rojas",
			"Colonel Rojas said eight officers had been injured in the clashes on Route 27.",
			"Colonel Rojas said eight officers were hurt in the clashes on Route 27.", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			weights := newIDF(append([]string{tc.a, tc.b}, filler...), termMemo{})
			var pts []*point
			for i, x := range []struct{ who, text string }{{tc.whoA, tc.a}, {tc.whoB, tc.b}} {
				st := &statement{st: attrib.Statement{Text: x.text}, article: "a", party: "Harbour Workers", who: x.who, idx: i}
				st.features = weights.featuresOf(x.text, "", x.who, "Harbour Workers")
				pts = append(pts, &point{rep: st, all: []*statement{st}})
			}
			if got := distinctPoints(pts, []int{0, 1}); len(got) != tc.want {
				t.Errorf("%d distinct points %v, want %d", len(got), got, tc.want)
			}
		})
	}
}

// Two people quoted in one article say two things, however alike their
// words; in two articles alike words may be one statement told twice.
func TestTwoPeopleOfOneArticleAreTwoClaims(t *testing.T) {
	a := "Brandt said the harbour board would meet the union negotiators on Sunday."
	b := "Quell said there were no plans to meet the union negotiators on Sunday."
	tests := []struct {
		name         string
		artA, artB   string
		kindA, kindB attrib.Kind
		wantOK       bool
	}{
		{"two people, one article", "x", "x", attrib.Person, attrib.Person, false},
		{"two people, two articles", "x", "y", attrib.Person, attrib.Person, true},
		{"a person and a body, one article", "x", "x", attrib.Person, attrib.Body, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			weights := newIDF(append([]string{a, b}, filler...), termMemo{})
			mk := func(who, text, art string, kind attrib.Kind, i int) *point {
				return onePoint(weights, "Harbour Board", who, text, art, kind, i)
			}
			_, ok := pointMargin(mk("ivo brandt", a, tc.artA, tc.kindA, 0), mk("mara quell", b, tc.artB, tc.kindB, 1))
			if ok != tc.wantOK {
				t.Errorf("may join = %v, want %v", ok, tc.wantOK)
			}
		})
	}
}

// A claim shows the fullest quotation of a statement: an outlet that
// quotes more of the same words is shown over one that quotes a fragment.
func TestClaimShowsTheFullestQuotation(t *testing.T) {
	short := "The strikes were “necessary and proportionate”, Prime Minister Ana Vell said."
	full := "“We have taken limited, necessary and proportionate action to protect shipping lanes,” she said."
	other := "“The strikes were carefully planned,” she said."
	tests := []struct {
		name  string
		texts []string
		quote []string
		want  string
	}{
		{"a fragment and the whole", []string{short, full}, []string{"necessary and proportionate", "We have taken limited, necessary and proportionate action to protect shipping lanes"}, full},
		{"two quotations, neither holding the other", []string{short, other}, []string{"necessary and proportionate", "The strikes were carefully planned"}, short},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			weights := newIDF(append(append([]string(nil), tc.texts...), filler...), termMemo{})
			c := &claim{party: "Tarnland"}
			for i, text := range tc.texts {
				st := &statement{st: attrib.Statement{Text: text, Quote: tc.quote[i]}, article: string(rune('a' + i)), who: "ana vell", idx: i}
				st.features = weights.featuresOf(text, tc.quote[i])
				c.points = append(c.points, &point{rep: st, all: []*statement{st}})
				c.members = append(c.members, st)
			}
			if got := c.shown().st.Text; got != tc.want {
				t.Errorf("shown %q, want %q", got, tc.want)
			}
		})
	}
}

// A point cut from the middle of its sentence gives way, in what a claim
// shows, to the same point told in a sentence of its own.
func TestClaimShowsAWholeSentence(t *testing.T) {
	cut := "stressed the agency had no power to set the price of insulin."
	whole := "Commissioner Ivo Penn said the agency could not set the price of insulin."
	weights := newIDF(append([]string{cut, whole}, filler...), termMemo{})
	c := &claim{party: "Medicines Agency"}
	for i, text := range []string{cut, whole} {
		st := &statement{st: attrib.Statement{Text: text}, article: string(rune('a' + i)), who: "ivo penn", idx: i}
		st.features = weights.featuresOf(text, "")
		c.points = append(c.points, &point{rep: st, all: []*statement{st}})
		c.members = append(c.members, st)
	}
	if got := c.shown().st.Text; got != whole {
		t.Errorf("shown %q, want %q", got, whole)
	}
}

// A statement with no quotation and no word beyond its speaker and its
// reporting verb says nothing a reader could weigh; nor does a formula of
// sympathy alone.
func TestSaysNothing(t *testing.T) {
	sp := attrib.Speaker{Name: "Ivo Brandt", Role: "union leader", Kind: attrib.Person}
	tests := []struct {
		text, quote string
		want        bool
	}{
		{"Brandt said that", "", true},
		{"After that, Ivo Brandt wrote.", "", true},
		{"Brandt said teachers would march on Friday.", "", false},
		{"Ivo Brandt tells a very different story.", "", true},
		{"Ivo Brandt agreed to speak to us.", "", true},
		{"Brandt told a different story: pay had fallen for five years.", "", false},
		{"Brandt said the offer was an insult to nurses.", "", false},
		{`"No," Brandt said.`, "No", false},
		{"Nothing is settled, Brandt said.", "", false},
		{`"Our thoughts are with everyone affected," Brandt said in a brief statement.`, "Our thoughts are with everyone affected", true},
		{"Brandt sent his deepest condolences to the families of the victims.", "", true},
		{`"Our thoughts are with the families, and we will find out what went wrong," Brandt said.`, "Our thoughts are with the families, and we will find out what went wrong", false},
		{"Brandt said the families had been left without news for nine hours.", "", false},
	}
	for _, tc := range tests {
		st := attrib.Statement{Text: tc.text, Quote: tc.quote, Speaker: sp}
		if got := saysNothing(st, sp); got != tc.want {
			t.Errorf("saysNothing(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A body speaks under the acronym its side goes by when the acronym spells
// its name.
func TestSpells(t *testing.T) {
	tests := []struct {
		acronym, name string
		want          bool
	}{
		{"SPG-NFFRA", "Stage Players Guild-Northern Federation of Film and Radio Artists", true},
		{"TDU", "Tarn Dockworkers Union", true},
		{"TDU", "Tarn Dock Workers Union", false},
		{"Tarnland", "Tarn Dockworkers Union", false},
		{"TDU", "TDU", false},
	}
	for _, tc := range tests {
		if got := spells(tc.acronym, tc.name); got != tc.want {
			t.Errorf("spells(%q, %q) = %v, want %v", tc.acronym, tc.name, got, tc.want)
		}
	}
}

// A reporter's account of what a speaker said gives way to the speaker's
// own words when a statement of the claim quotes them and is nearly as
// central; another speaker's quotation does not.
func TestClaimShowsTheSpeakersOwnWords(t *testing.T) {
	account := "Brandt also warned that the union would picket every gate of the harbour on Monday."
	quoted := `"We will picket every gate of the harbour on Monday," the union statement said.`
	tests := []struct {
		name     string
		whoQuote string
		want     string
	}{
		{"the same speaker's quotation", "ivo brandt", quoted},
		{"another speaker's quotation", "mara quell", account},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			weights := newIDF(append([]string{account, quoted}, filler...), termMemo{})
			c := &claim{party: "Harbour Workers"}
			for i, x := range []struct{ who, text, quote string }{
				{"ivo brandt", account, ""},
				{tc.whoQuote, quoted, "We will picket every gate of the harbour on Monday,"},
			} {
				st := &statement{st: attrib.Statement{Text: x.text, Quote: x.quote}, article: string(rune('a' + i)), who: x.who, idx: i}
				st.features = weights.featuresOf(x.text, x.quote)
				c.points = append(c.points, &point{rep: st, all: []*statement{st}})
				c.members = append(c.members, st)
			}
			if got := c.shown().st.Text; got != tc.want {
				t.Errorf("shown %q, want %q", got, tc.want)
			}
		})
	}
}

// A side speaking under its short name ("Brannock") and its full one
// ("Brannock Motor Co") is one speaker: the same point told by two
// outlets under the two names is one claim.
func TestOneBodyUnderTwoNamesIsOneSpeaker(t *testing.T) {
	arts := testArticles(t,
		"Strike widens to truck plant\n\nBrannock Motor Co said widening the strike would put about a dozen more of its plants at risk, along with thousands of jobs at suppliers.\n\nThe union said talks would resume on Monday.",
		"Union escalates\n\nBrannock said a dozen other facilities could be hit by the stoppage.\n\nUnion leaders said members were ready to stay out.",
	)
	var got []string
	for _, c := range storyClaims(arts) {
		if c.party == "Brannock Motor Co" {
			got = append(got, c.members[0].st.Text)
		}
	}
	if len(got) != 1 {
		t.Errorf("Brannock Motor Co has %d claims, want 1:\n%q", len(got), got)
	}
}

// A side speaking as itself ("Marisca Line said") and one of its people
// (its spokesman) are one voice: their points join as one speaker's do.
// Two people of one side, or a body of the side that is not the side
// itself (its ministry), stay two speakers.
func TestSideSpeaksThroughItsPeople(t *testing.T) {
	a := "Orvane Shipping said it had begun diverting some vessels to the port of Kell."
	b := "“We have diverted three ships to Kell already,” spokesman Joost Almer said."
	const side = "Orvane Shipping"
	tests := []struct {
		name         string
		whoA, whoB   string
		kindA, kindB attrib.Kind
		want         bool
	}{
		{"the side and its spokesman", "orvane shipping", "joost almer", attrib.Body, attrib.Person, true},
		{"the side under its short name and its spokesman", "orvane", "joost almer", attrib.Body, attrib.Person, true},
		{"one speaker", "joost almer", "joost almer", attrib.Person, attrib.Person, true},
		{"two people of the side", "ilse marr", "joost almer", attrib.Person, attrib.Person, false},
		{"a body of the side and a person", "orvane shipping board", "joost almer", attrib.Body, attrib.Person, false},
	}
	weights := newIDF(append([]string{a, b}, filler...), termMemo{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mk := func(who, text, art string, kind attrib.Kind, i int) *point {
				return onePoint(weights, side, who, text, art, kind, i)
			}
			x, y := mk(tc.whoA, a, "p", tc.kindA, 0), mk(tc.whoB, b, "q", tc.kindB, 1)
			if got := sameVoice(x.rep, y.rep); got != tc.want {
				t.Errorf("sameVoice = %v, want %v", got, tc.want)
			}
			got, _ := pointMargin(x, y)
			one, _ := pointMargin(mk("joost almer", a, "p", attrib.Person, 0), y)
			if (got == one) != tc.want {
				t.Errorf("margin %.3f, one speaker's %.3f: want them equal %v", got, one, tc.want)
			}
		})
	}
}

// A side named with what kind of body it is ("the Ostra Dock Workers
// union") speaks as the side; an organ named after it (its committee)
// stays a speaker of its own.
func TestSideNamedWithItsKind(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a union", "Ostra Dock Workers announced a strike on Monday, saying the port refused to talk.\n\nThe Ostra Dock Workers union said on Tuesday that the strike would spread to two more terminals.", "Ostra Dock Workers"},
		{"an organ", "Ostra Dock Workers announced a strike on Monday, saying the port refused to talk.\n\nThe Ostra Dock Workers committee said on Tuesday that the strike would spread to two more terminals.", "Ostra Dock Workers committee"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := testArticles(t, "Depot news\n\n"+tc.text)
			var speakers []string
			for _, c := range storyClaims(arts) {
				for _, m := range c.members {
					if m.st.Sentence > 0 {
						speakers = append(speakers, m.speaker.Name)
					}
				}
			}
			if len(speakers) != 1 || speakers[0] != tc.want {
				t.Errorf("speakers of the second statement %q, want [%q]", speakers, tc.want)
			}
		})
	}
}

// onePoint is a point of one statement: who of side said text as the
// i-th sentence of article art.
func onePoint(weights idf, side, who, text, art string, kind attrib.Kind, i int) *point {
	st := &statement{st: attrib.Statement{Text: text, Sentence: i}, article: art, party: side, who: who, idx: i,
		speaker: attrib.Speaker{Name: who, Kind: kind}}
	st.features = weights.featuresOf(text, "")
	return &point{rep: st, all: []*statement{st}, at: map[sentenceAt]bool{{art, i}: true}, perArticle: map[string]int{art: 1}}
}

// TestPleasantrySaysNothing covers a guest's greeting or thanks in a
// transcript ("Good morning, Paul.", "Morning, Kate.", "Good morning,
// Kate, and thank you for having me."): no claim; a sentence with a word
// of its own is one.
func TestPleasantrySaysNothing(t *testing.T) {
	for text, want := range map[string]bool{
		"Good morning, Paul.": true,
		"Morning, Kate.":      true,
		"Good morning, Kate, and thank you for having me.": true,
		"Thanks for having me.":                            true,
		"Good morning. We will not back down.":             false,
		"Thank you, but the offer is not enough.":          false,
		"The morning shift will walk out.":                 false,
	} {
		if got := pleasantry(text); got != want {
			t.Errorf("pleasantry(%q) = %v, want %v", text, got, want)
		}
	}
}
