package summarize

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/parties"
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

// claimWords is what a dispute looks at in a claim.
type claimWords struct {
	c     *claim
	stems map[string]string // stem -> the word as written
	// proper are the stems written capitalised inside a sentence: names
	// the story does not list, which name no point ("Tarn").
	proper map[string]bool
	// accuses is whether some statement of the claim takes a stand against
	// someone (an accusation, denial, rejection or refusal): a claim that
	// does may turn on another side by name.
	accuses bool
	// sideClaims is how many claims the claim's side makes in the story.
	sideClaims int
	tone       map[*statement]tone
}

// tone is what a dispute looks at in one statement.
type tone struct {
	contrast bool // a reporter sets it against another account
	against  bool // a word of accusation, denial, rejection or refusal
	denies   bool // a word of negation, denial, rejection or refusal
	// folded are the statement's words, folded for matching names, and
	// stances the stance of each (lex.StanceOf, with "not only" none).
	folded  []string
	stances []lex.Stance
}

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
	// accused is whether the first side turns on the second.
	accused bool
	claims  map[*claim]bool
}

// partyDisputes finds where the sides of a story contradict each other.
func partyDisputes(claims []*claim, arts []Article) []Dispute {
	claims = disputeClaims(claims)
	if len(claims) < 2 {
		return nil
	}
	names := sideWords{names: sideNames(claims), principals: principals(claims)}
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
	var cands []*sideDispute
	for _, p := range disputePairs(cw, df, n, names) {
		if oneActor(keys[cw[p[0]].c.party], keys[cw[p[1]].c.party]) {
			continue // never a side against itself under two names
		}
		cands = append(cands, pairDisputes(cw[p[0]], cw[p[1]], df, n, names)...)
	}
	cands = append(cands, figureDisputes(cw, keys)...)
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	var kept []*sideDispute
	perPair := map[string]int{}
	for _, d := range cands {
		key := sideKey(d.a.c.party, d.b.c.party)
		merged := false
		for _, k := range kept {
			if sideKey(k.a.c.party, k.b.c.party) == key && (k.topic == d.topic || k.sa == d.sa || k.sb == d.sb || k.sa == d.sb || k.sb == d.sa) {
				k.claims[d.a.c], k.claims[d.b.c] = true, true
				merged = true
				break
			}
		}
		if merged || perPair[key] == maxPairDisputes || len(kept) == maxPartyDisputes {
			continue
		}
		perPair[key]++
		d.claims = map[*claim]bool{d.a.c: true, d.b.c: true}
		kept = append(kept, d)
	}
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

// pairDisputes returns the dispute two claims of two sides may hold, if
// they speak of one point: the more alike they are, and the more they
// deny one another, turn on one another or are set against one another,
// the stronger the evidence.
func pairDisputes(a, b *claimWords, df map[string]int, n float64, names sideWords) []*sideDispute {
	sim, topic, ma, mb := sharedPoint(a, b, df, n)
	if ma == nil {
		return nil
	}
	ta, tb := a.tone[ma], b.tone[mb]
	score := sim
	against := false // some sign that one side sets itself against the other
	if topic != "" && opposed(ma, mb, ta, tb, topic) {
		score += polarityBonus
		against = true
	}
	if (ta.contrast || tb.contrast) && beside(ma, mb) {
		score += besideBonus
		against = true
	}
	first, second := a, b
	accused := true
	if m := turnsOn(a, names.of(a.c.party, b.c.party)); m != nil {
		score += accuseBonus
		ma, mb = m, nearest(m, b.c)
	} else if m := turnsOn(b, names.of(b.c.party, a.c.party)); m != nil {
		score += accuseBonus
		first, second = b, a
		ma, mb = m, nearest(m, a.c)
	} else {
		accused = false
		if sim < minPointSim || topic == "" || !against {
			return nil // no point in common, or no sign of a quarrel over it
		}
		if a.sideClaims < 2 || b.sideClaims < 2 {
			return nil // a side that makes one claim is no party to a quarrel it does not start
		}
	}
	// A point many claims speak of is one the story turns on.
	score += topicBonus * float64(min(df[topic], 5)-1)
	if score < minDisputeScore {
		return nil
	}
	return []*sideDispute{{a: first, b: second, sa: ma, sb: mb, topic: topic, score: score, accused: accused}}
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
	besideBonus     = 0.3  // a reporter sets them side by side with "still", "but"
	accuseBonus     = 0.6  // one accuses or blames the other by name
	topicBonus      = 0.05 // for each other claim that speaks of the point
	minDisputeScore = 0.4
)

// minPointSim is how alike two claims must be to speak of one point.
const minPointSim = 0.08

// sharedPoint returns how alike two claims are (their most alike
// statements) and the word that weighs most in what they share, if it can
// name a point: not a word most of the story's claims use, not an adverb
// or a past tense.
func sharedPoint(a, b *claimWords, df map[string]int, n float64) (float64, string, *statement, *statement) {
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
	best, w := "", 0.0
	va.common(vb, func(t string, x float64) {
		word, okA := a.stems[t]
		_, okB := b.stems[t]
		if okA && okB && x > w && nameable(word) && (float64(df[t]) <= maxTopicShare*n || df[t] <= 2) {
			best, w = t, x
		}
	})
	return sim, best, sa, sb
}

// nameable reports a word that can name a point in dispute: not an adverb
// ("clearly") or a past tense ("appeared").
func nameable(w string) bool {
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && len(w) > 3
}

// vagueWords name no point anyone disputes: places and times in general,
// and words of quantity.
var vagueWords = map[string]bool{"city": true, "town": true, "country": true, "state": true, "area": true,
	"place": true, "people": true, "year": true, "years": true, "week": true, "weeks": true, "month": true,
	"months": true, "time": true, "times": true, "way": true, "ways": true, "thing": true, "things": true,
	"part": true, "side": true, "sides": true, "number": true, "many": true, "much": true, "every": true,
	"today": true, "week's": true, "region": true, "world": true, "home": true, "also": true, "still": true,
	"percent": true, "cent": true, "million": true, "billion": true}

// wordsOf reads what a dispute looks at in a claim: its words (without the
// names of sides, figures and reporting verbs), its polarity, whether it
// accuses and whether a reporter sets it against another.
func wordsOf(c *claim, nameStems map[string]bool) *claimWords {
	w := &claimWords{c: c, stems: map[string]string{}, proper: map[string]bool{}, tone: map[*statement]tone{}}
	for _, m := range c.members {
		var tn tone
		toks := lex.Tokens(m.st.Text)
		described := descriptions(toks)
		for j, t := range toks {
			low := strings.TrimSuffix(t.Lower, "'s")
			st := lex.StanceOf(low)
			if st == lex.Negation && !denies(toks, j) {
				st = lex.NoStance
			}
			if denies(toks, j) {
				tn.denies = true
			}
			f := attrib.Fold(low)
			if (f == "side" || f == "party") && j > 0 && toks[j-1].Lower == "other" {
				f = otherSide // "the other side": the speaker's opponent
			}
			tn.folded = append(tn.folded, f)
			tn.stances = append(tn.stances, st)
			switch {
			case st == lex.Contrast:
				tn.contrast = true
			case st.Against() && st != lex.Negation:
				tn.against = true
				w.accuses = true
			}
			if lex.IsStop(low) || reportingWords[low] || isFigure(low) || len(low) < 3 || t.Capitalized && t.SentenceStart ||
				described[j] {
				continue
			}
			// A name's word written in lower case is a common word
			// ("exporters" beside "Exporters Guild"): it may name a point.
			for _, s := range terms(low) {
				if !nameStems[s] || !t.Capitalized {
					if _, ok := w.stems[s]; !ok {
						w.stems[s] = low
					}
					if t.Capitalized {
						w.proper[s] = true
					}
				}
			}
		}
		w.tone[m] = tn
	}
	return w
}

// descriptions marks the words of a description that stands for a body
// ("the social media giant", "its parent company"): they say who, not what
// is at stake, so they name no point in dispute.
func descriptions(toks []lex.Token) map[int]bool {
	var out map[int]bool
	for j, t := range toks {
		if t.Capitalized || !attrib.IsBodyNoun(t.Lower) {
			continue
		}
		k := j - 1
		for k >= 0 && j-k <= 4 && !toks[k].Capitalized && !lex.IsStop(toks[k].Lower) {
			k--
		}
		if k < 0 || !determiners[toks[k].Lower] {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		for i := k + 1; i <= j; i++ {
			out[i] = true
		}
	}
	return out
}

// determiners open a description of a body.
var determiners = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// reportingWords say that something was said, not what.
var reportingWords = map[string]bool{"said": true, "says": true, "told": true, "added": true, "according": true,
	"statement": true, "reporters": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"insisted": true, "stressed": true, "noted": true, "confirmed": true, "claimed": true, "warned": true,
	"argued": true, "explained": true, "wrote": true, "letter": true, "interview": true, "officials": true,
	"president": true, "minister": true, "chief": true, "executive": true, "adviser": true, "aide": true}

func sideKey(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "\x00" + b
}

// summary says in one sentence who disagrees on what, and for a figure
// the values each side gives.
func (d *sideDispute) summary(topic string) string {
	a, b := d.a.c.party, d.b.c.party
	if d.phrase != "" {
		return fmt.Sprintf("%s and %s give different figures for the %s: %s or %s.", a, b, lowerFirst(topic), d.values[0], d.values[1])
	}
	return fmt.Sprintf("%s and %s disagree on %s.", a, b, lowerFirst(topic))
}

// topicName names what a dispute is about: the attribute of a figure, the
// shared word as written, or the side one accuses.
func (d *sideDispute) topicName() string {
	if d.phrase != "" {
		return capitalise(d.phrase)
	}
	if d.topic == "" || d.accused && (d.a.proper[d.topic] || d.b.proper[d.topic]) {
		return "Charges against " + d.b.c.party
	}
	w, ok := d.a.stems[d.topic]
	if !ok {
		w = d.b.stems[d.topic]
	}
	if vagueWords[w] {
		// "city" ties the sides; another word they share names it better.
		best := 0.0
		d.sa.terms.common(d.sb.terms, func(term string, x float64) {
			if word, ok := d.a.stems[term]; ok && !vagueWords[word] && nameable(word) && x > best {
				if _, ok := d.b.stems[term]; ok {
					w, best = word, x
				}
			}
		})
	}
	taggedA, taggedB := tagged(d.sa.st.Text), tagged(d.sb.st.Text)
	wb, ok := d.b.stems[d.topic]
	if !ok || vagueWords[w] {
		wb = w
	}
	if p := topicPhrase(taggedA, taggedB, w, wb); p != "" {
		return capitalise(p)
	}
	// The word is no noun ("calling", "proposed"): the noun the two
	// statements share that weighs most names the point.
	best, noun := 0.0, ""
	d.sa.terms.common(d.sb.terms, func(term string, x float64) {
		xa, okA := d.a.stems[term]
		xb, okB := d.b.stems[term]
		if !okA || !okB || x <= best || vagueWords[xa] || !nameable(xa) || lex.StanceOf(xa) != lex.NoStance {
			return
		}
		if p := topicPhrase(taggedA, taggedB, xa, xb); p != "" {
			best, noun = x, p
		}
	})
	if noun != "" {
		return capitalise(noun)
	}
	// "intensive care": the word and the one after it, when both sides
	// write them so.
	ta, tb := strings.ToLower(d.sa.st.Text), strings.ToLower(d.sb.st.Text)
	for _, t := range []string{ta, tb} {
		toks := lex.Tokens(t)
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].Lower != w || lex.IsStop(toks[i+1].Lower) {
				continue
			}
			if phrase := w + " " + toks[i+1].Lower; strings.Contains(ta, phrase) && strings.Contains(tb, phrase) {
				return capitalise(phrase)
			}
		}
	}
	// "automation plan", "pay offer": the word with the modifier one side
	// writes before it.
	for _, t := range []string{d.sa.st.Text, d.sb.st.Text} {
		if strings.HasSuffix(w, "ing") {
			break // a verb's form: "launching"
		}
		toks := lex.Tokens(t)
		for i := 1; i < len(toks); i++ {
			if toks[i].Lower == w && modifier(toks[i-1]) {
				return capitalise(toks[i-1].Lower + " " + w)
			}
		}
	}
	return capitalise(w)
}

// modifier reports a word that may modify the noun after it in a topic: a
// lower-case content word, no adverb, participle, plural (a subject:
// "mills sell"), figure or word of stance.
func modifier(t lex.Token) bool {
	w := t.Lower
	return !t.Capitalized && len(w) > 2 && !lex.IsStop(w) && !isFigure(w) && !reportingWords[w] &&
		!strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") &&
		!strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "s") && lex.StanceOf(w) == lex.NoStance && !vagueWords[w]
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
			if !contains(ids, id) {
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

func capitalise(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) {
		if _, place := parties.Lookup(s); !place {
			r[0] = unicode.ToLower(r[0])
		}
	}
	return string(r)
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
