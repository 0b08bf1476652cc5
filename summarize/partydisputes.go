package summarize

import (
	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
	"slices"
	"sort"
	"strings"
)

// Two sides dispute a point when:
//   - they speak of one thing (a rare word their claims share, such as
//     "territory" or "reserves") and one side denies or rejects what the
//     other affirms: the claims on it differ in polarity (stance.go);
//   - one side turns on the other by name: accuses, denies, rejects, or
//     says it refuses (stance.go);
//   - a reporter sets their claims side by side, one sentence after the
//     other on one thing, with a word of contrast ("still", "but");
//   - they give different values of one attribute (partyfigures.go).
// Sides that merely speak of different things are no dispute, and two
// names of one actor never are (actors.go).

const (
	// maxPartyDisputes bounds the disputes between sides a digest shows,
	// and maxPairDisputes those between any two sides.
	maxPartyDisputes = 7
	maxPairDisputes  = 4
	// maxTopicShare is the largest share of a story's claims a word may be
	// in and still name a point in dispute: "talks" in a story about talks
	// names nothing.
	maxTopicShare = 0.34
)

// concessions mark a side that gives way, which settles a dispute.
var concessions = []string{"conceded", "concedes", "backed down", "withdrew", "accepted the", "agreed to",
	"dropped its", "dropped their", "climbed down", "u-turn"}

// candidate dispute between two sides.
type sideDispute struct {
	a, b   *claimWords
	sa, sb *statement // the statements of each side that dispute the point
	topic  string     // a stem, or "" when the dispute is about the other side
	score  float64
	// phrase names the attribute of a dispute over a figure ("pay rise"),
	// and values are the two sides' values of it.
	phrase string
	values [2]string
	// quality is what the two sides judge apart ("safety"), if that is
	// the dispute.
	quality string
	// accused is whether the first side turns on the second.
	accused bool
	// rebutted is whether the second side's statement is a rebuttal of
	// the first's (rebuttalDisputes).
	rebutted bool
	claims   map[*claim]bool
}

// partyDisputes finds where the sides of a story contradict each other.
func partyDisputes(claims []*claim, arts []Article) []Dispute {
	claims = disputeClaims(claims)
	if len(claims) < 2 && (len(claims) == 0 || len(claims[0].rebuttals) == 0) {
		return nil // one claim disputes nothing, unless another side rebuts it
	}
	names := newSideWords(sideNames(claims), principals(claims))
	// The names of sides and of people name no point in dispute.
	nameStems := map[string]bool{}
	for _, ws := range names.names {
		for _, w := range ws {
			for _, s := range terms(w) {
				nameStems[s] = true
			}
		}
	}
	for _, a := range arts {
		for _, p := range a.Analysis.People {
			for _, s := range terms(p.Name) {
				nameStems[s] = true
			}
		}
		for _, p := range a.Analysis.Places {
			for _, s := range terms(p) {
				nameStems[s] = true
			}
		}
	}
	perSide := map[string]int{}
	for _, c := range claims {
		perSide[c.party]++
	}
	cw := make([]*claimWords, len(claims))
	df := map[string]int{}
	for i, c := range claims {
		cw[i] = wordsOf(c, nameStems)
		cw[i].sideClaims = perSide[c.party]
		for s := range cw[i].stems {
			df[s]++
		}
	}
	n := float64(len(claims))
	keys := actors(claims)
	allied := newAlliances(cw, names)
	var cands []*sideDispute
	for _, p := range disputePairs(cw, df, n, names) {
		a, b := cw[p[0]].c.party, cw[p[1]].c.party
		if oneActor(keys[a], keys[b]) {
			continue // never a side against itself under two names
		}
		if allied.allies(a, b) {
			continue // two sides that turn on one third side, and not on each other
		}
		cands = append(cands, pairDisputes(cw[p[0]], cw[p[1]], df, n, names)...)
	}
	cands = append(cands, figureDisputes(cw, keys)...)
	cands = append(cands, rebuttalDisputes(cw, df, nameStems, keys)...)
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	kept := pickDisputes(cands)
	out := make([]Dispute, 0, len(kept))
	for _, d := range kept {
		topic := d.topicName()
		a, b := d.a.c, d.b.c
		out = append(out, Dispute{
			ID:      shortHash(BetweenParties, sideKey(a.party, b.party), topic),
			Topic:   topic,
			Kind:    BetweenParties,
			Status:  partyStatus(d.claims),
			Summary: d.summary(topic),
			Sides: []Side{
				{Party: a.party, Position: d.sa.st.Text, Articles: sideArticles(d.claims, a.party)},
				{Party: b.party, Position: d.sb.st.Text, Articles: sideArticles(d.claims, b.party)},
			},
		})
	}
	return out
}

// pickDisputes keeps the disputes a digest shows, from candidates in
// order of strength: a candidate of a pair of sides on a topic or a
// statement already kept joins that dispute; each pair of sides gets its
// strongest dispute first, then each its second, up to maxPairDisputes
// a pair and maxPartyDisputes in all, so that two sides with many
// quarrels do not hide a third side's. A side's rebuttals of another
// side ("Calveron rejected that account.", "Calveron disputed that
// version of events.") are one dispute, however many outlets tell it:
// a rebuttal says nothing of its own that would make it another.
func pickDisputes(cands []*sideDispute) []*sideDispute {
	var kept []*sideDispute
	perPair := map[string]int{}
	done := make([]bool, len(cands))
	for round := 0; round < maxPairDisputes; round++ {
		for i, d := range cands {
			if done[i] {
				continue
			}
			key := sideKey(d.a.c.party, d.b.c.party)
			merged := false
			for _, k := range kept {
				if sideKey(k.a.c.party, k.b.c.party) == key && (k.topic == d.topic || k.sa == d.sa || k.sb == d.sb || k.sa == d.sb || k.sb == d.sa ||
					k.rebutted && d.rebutted && k.b.c.party == d.b.c.party) {
					k.claims[d.a.c], k.claims[d.b.c] = true, true
					merged = true
					break
				}
			}
			if merged {
				done[i] = true
				continue
			}
			if perPair[key] > round || len(kept) == maxPartyDisputes {
				continue
			}
			done[i] = true
			perPair[key]++
			d.claims = map[*claim]bool{d.a.c: true, d.b.c: true}
			kept = append(kept, d)
		}
	}
	return kept
}

// pairDisputes returns the dispute two claims of two sides may hold, if
// they speak of one point: the more alike they are, and the more they
// deny one another, turn on one another or are set against one another,
// the stronger the evidence.
func pairDisputes(a, b *claimWords, df map[string]int, n float64, names sideWords) []*sideDispute {
	sim, topics, ma, mb := sharedPoint(a, b, df, n)
	if ma == nil {
		return nil
	}
	// The point is the weightiest shared word used in one sense: a word
	// in two parts of speech, or a modifier in one statement and a head
	// in the other, names no one point ("the airline's offer was
	// insulting" and "the airline's offer was generous" are about the
	// offer, though "airline" weighs more).
	topic, sense := "", false
	for _, t := range topics {
		if oneSense(ma.st.Text, mb.st.Text, t) && !placeNamed(ma.st.Text, mb.st.Text, t) {
			topic, sense = t, true
			break
		}
	}
	if !sense && len(topics) > 0 {
		topic = topics[0]
	}
	ta, tb := a.tone[ma], b.tone[mb]
	score := sim
	against := false // some sign that one side sets itself against the other
	quality := ""
	if x, y, q := judgedApart(a, b); x != nil {
		// One calls safe what the other calls a risk.
		ma, mb, ta, tb, quality = x, y, a.tone[x], b.tone[y], q
		score, sense, topic = max(sim, minPointSim)+judgedBonus, true, qualityKey+q
		against = true
	} else if sense && opposed(ma, mb, ta, tb, topic) && !answersThird(ma, b.c.party) && !answersThird(mb, a.c.party) &&
		!thirdOwns(ma, topic, b.c.party) && !thirdOwns(mb, topic, a.c.party) {
		score += polarityBonus
		against = true
	}
	if (ta.contrast || tb.contrast) && beside(ma, mb) {
		score += besideBonus
		against = true
	}
	first, second := a, b
	accused := true
	if m := turnsOn(a, names.named(a, a.c.party, b.c.party)); m != nil {
		score += accuseBonus
		ma, mb = m, nearest(m, b.c)
	} else if m := turnsOn(b, names.named(b, b.c.party, a.c.party)); m != nil {
		score += accuseBonus
		first, second = b, a
		ma, mb = m, nearest(m, a.c)
	} else {
		accused = false
		if sim < minPointSim || !sense || !against {
			return nil // no point in common, or no sign of a quarrel over it
		}
		if a.sideClaims < 2 || b.sideClaims < 2 {
			return nil // a side that makes one claim is no party to a quarrel it does not start
		}
	}
	// A point many claims speak of is one the story turns on.
	score += topicBonus * float64(max(min(df[topic], 5)-1, 0))
	if score < minDisputeScore {
		return nil
	}
	return []*sideDispute{{a: first, b: second, sa: ma, sb: mb, topic: topic, score: score, accused: accused, quality: quality}}
}

// placeNamed reports a shared word both statements write as a name, one
// of them after a preposition of place: where things happen ("Nobody in
// Korvin will be left behind", "a march through the centre of Korvin"),
// no point either side takes.
func placeNamed(a, b, topic string) bool {
	located := false
	for _, text := range []string{a, b} {
		named := false
		toks := lex.Tokens(text)
		for i, t := range toks {
			if stemOf(t.Lower) != topic {
				continue
			}
			if !t.Capitalized || t.SentenceStart {
				return false
			}
			named = true
			located = located || i > 0 && placePrepositions[toks[i-1].Lower]
		}
		if !named {
			return false
		}
	}
	return located
}

// judgedApart returns a statement of each claim that judge one quality,
// one for and one against it ("the river is unsafe", "it poses no risk"),
// and speak of one thing (they share a word), and the quality; nil if
// none do.
func judgedApart(a, b *claimWords) (*statement, *statement, string) {
	for _, x := range compared(a.c.members) {
		for q, sa := range a.tone[x].judged {
			if sa == 0 {
				continue
			}
			for _, y := range compared(b.c.members) {
				if sb := b.tone[y].judged[q]; sb == -sa && x.terms.dot(y.terms) > 0 {
					return x, y, q
				}
			}
		}
	}
	return nil, nil, ""
}

// nearest returns the statement of claim c that says most nearly what m
// says: the other side's answer to it.
func nearest(m *statement, c *claim) *statement {
	best, sim := c.members[0], -1.0
	for _, o := range compared(c.members) {
		if x := m.terms.dot(o.terms); x > sim {
			best, sim = o, x
		}
	}
	return best
}

// The evidence of a dispute, beyond what two claims share.
const (
	polarityBonus   = 0.3  // one denies what the other affirms
	judgedBonus     = 0.6  // one judges for what the other judges against
	besideBonus     = 0.3  // a reporter sets them side by side with "still", "but"
	accuseBonus     = 0.6  // one accuses or blames the other by name
	topicBonus      = 0.05 // for each other claim that speaks of the point
	minDisputeScore = 0.4
)

// minPointSim is how alike two claims must be to speak of one point.
const minPointSim = 0.08

// sharedPoint returns how alike two claims are (their most alike
// statements) and the words they share that can name a point, the
// weightiest first: not a word most of the story's claims use, not an
// adverb or a past tense.
func sharedPoint(a, b *claimWords, df map[string]int, n float64) (float64, []string, *statement, *statement) {
	var sim float64
	var va, vb vector
	var sa, sb *statement
	for _, ma := range compared(a.c.members) {
		for _, mb := range compared(b.c.members) {
			if x := ma.terms.dot(mb.terms); x > sim || sa == nil {
				sim, va, vb, sa, sb = x, ma.terms, mb.terms, ma, mb
			}
		}
	}
	type weighed struct {
		t string
		x float64
	}
	var cands []weighed
	va.common(vb, func(t string, x float64) {
		word, okA := a.stems[t]
		_, okB := b.stems[t]
		if okA && okB && x > 0 && nameable(word) && (float64(df[t]) <= maxTopicShare*n || df[t] <= 2) {
			cands = append(cands, weighed{t, x})
		}
	})
	// The weightiest first (the first written among equals), sorted only
	// as far as asked for: most pairs need the first alone.
	topics := make([]string, 0, len(cands))
	for len(cands) > 0 {
		best := 0
		for i, c := range cands {
			if c.x > cands[best].x {
				best = i
			}
		}
		topics = append(topics, cands[best].t)
		cands = slices.Delete(cands, best, best+1)
		if len(topics) == maxTopicTries {
			break
		}
	}
	return sim, topics, sa, sb
}

// maxTopicTries bounds the shared words tried, weightiest first, for one
// used in one sense.
const maxTopicTries = 4

// nameable reports a word that can name a point in dispute: not an adverb
// ("clearly"), a past tense ("appeared"), the participle of a stance
// ("accusing": the act of taking a side, not what it is about), nor a
// span of time, round number or unit of measure ("hours", "kilometres":
// how long or how far, not what).
func nameable(w string) bool {
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && len(w) > 3 && !emptyHeads[w] &&
		!(strings.HasSuffix(w, "ing") && lex.StanceOf(w) != lex.NoStance)
}

func sideKey(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "\x00" + b
}

func sideArticles(claims map[*claim]bool, party string) []string {
	var ids []string
	var cs []*claim
	for c := range claims {
		if c.party == party {
			cs = append(cs, c)
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].members[0].idx < cs[j].members[0].idx })
	for _, c := range cs {
		for _, id := range c.articles {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// beside reports two statements a reporter set side by side: in one
// article, one sentence after the other.
func beside(a, b *statement) bool {
	d := a.st.Sentence - b.st.Sentence
	return a.article == b.article && d >= -1 && d <= 1
}

// partyStatus is resolved when the latest word of one of the claims gives
// way.
func partyStatus(claims map[*claim]bool) string {
	var latest *statement
	for c := range claims {
		for _, p := range c.points {
			for _, m := range p.all {
				if latest == nil || m.order > latest.order || m.order == latest.order && m.st.Sentence > latest.st.Sentence {
					latest = m
				}
			}
		}
	}
	if latest != nil {
		low := strings.ToLower(latest.st.Text)
		for _, w := range concessions {
			if strings.Contains(low, w) {
				return Resolved
			}
		}
	}
	return Open
}

// answersThird reports a statement that denies or rejects the claim of a
// named owner who is not the other side ("rejected Vireo's argument that
// prices would rise", set against a third side that says prices will
// fall): its denial answers that owner, not the other side.
func answersThird(m *statement, other string) bool {
	return ownedByThird(m, other, attrib.IsShellNoun)
}

// thirdOwns reports a statement that writes the point as a third side's,
// by its possessive: "Mirvania rejected Kessaly's offer" set against a
// host's offer to hold the talks speaks of Kessaly's offer, not the host's.
func thirdOwns(m *statement, topic, other string) bool {
	return ownedByThird(m, other, func(low string) bool { return stemOf(low) == topic })
}

// ownedByThird reports a word of the statement the noun test picks whose
// possessive owner before it is a name no word of the other side's is.
func ownedByThird(m *statement, other string, noun func(low string) bool) bool {
	toks := lex.Tokens(m.st.Text)
	otherWords := map[string]bool{}
	for _, w := range strings.Fields(attrib.Fold(other)) {
		otherWords[w] = true
	}
	for i := 1; i < len(toks); i++ {
		if !noun(toks[i].Lower) {
			continue
		}
		owner := toks[i-1]
		if i > 1 && toks[i-1].Lower == "own" {
			owner = toks[i-2] // "Calderbrook's own pipes"
		}
		name, ok := strings.CutSuffix(strings.ReplaceAll(owner.Text, "’", "'"), "'s")
		if ok && owner.Capitalized && !owner.SentenceStart && !otherWords[attrib.Fold(name)] {
			return true
		}
	}
	return false
}
