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
//     other affirms: the claims on it differ in polarity;
//   - one side accuses or blames the other by name;
//   - a reporter sets their claims side by side, one sentence after the
//     other on one thing, with a word of contrast ("still", "but").
// Sides that merely speak of different things are no dispute.

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

// negations are the words of a claim that denies, rejects or refuses.
var negations = map[string]bool{"not": true, "no": true, "never": true, "nothing": true, "none": true,
	"denied": true, "denies": true, "deny": true, "rejected": true, "rejects": true, "reject": true,
	"false": true, "untrue": true, "wrong": true, "unacceptable": true, "refused": true, "refuses": true,
	"cannot": true, "can't": true, "won't": true, "didn't": true, "isn't": true, "wasn't": true,
	"doesn't": true, "don't": true, "dismissed": true, "dismisses": true, "disputed": true, "misleading": true,
	"nonsense": true, "fabrication": true, "lie": true, "lies": true, "without": true, "neither": true}

// accusations are the verbs of one side turning on another.
var accusations = map[string]bool{"accused": true, "accuses": true, "blamed": true, "blames": true,
	"criticised": true, "criticized": true, "criticises": true, "criticizes": true, "condemned": true,
	"condemns": true, "denounced": true, "attacked": true, "slammed": true, "faulted": true}

// contrasts are the words a reporter sets one account against another by.
var contrasts = map[string]bool{"still": true, "but": true, "however": true, "although": true, "though": true,
	"yet": true, "despite": true, "instead": true, "contrary": true, "whereas": true}

// concessions mark a side that gives way, which settles a dispute.
var concessions = []string{"conceded", "concedes", "backed down", "withdrew", "accepted the", "agreed to",
	"dropped its", "dropped their", "climbed down", "u-turn"}

// claimWords is what a dispute looks at in a claim.
type claimWords struct {
	c       *claim
	stems   map[string]string // stem -> the word as written
	accuses bool              // some statement of the claim accuses
	// sideClaims is how many claims the claim's side makes in the story.
	sideClaims int
	tone       map[*statement]tone
}

// tone is what a dispute looks at in one statement.
type tone struct {
	contrast bool // a reporter sets it against another account
}

// candidate dispute between two sides.
type sideDispute struct {
	a, b   *claimWords
	sa, sb *statement // the statements of each side that dispute the point
	topic  string     // a stem, or "" when the dispute is about the other side
	score  float64
	claims map[*claim]bool
}

// partyDisputes finds where the sides of a story contradict each other.
func partyDisputes(claims []*claim, arts []Article) []Dispute {
	claims = disputeClaims(claims)
	if len(claims) < 2 {
		return nil
	}
	names := sideNames(claims)
	// The names of sides and of people name no point in dispute.
	nameStems := map[string]bool{}
	for _, ws := range names {
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
	var cands []*sideDispute
	for _, p := range disputePairs(cw, df, n, names) {
		cands = append(cands, pairDisputes(cw[p[0]], cw[p[1]], df, n, names)...)
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	var kept []*sideDispute
	perPair := map[string]int{}
	for _, d := range cands {
		key := sideKey(d.a.c.party, d.b.c.party)
		merged := false
		for _, k := range kept {
			if sideKey(k.a.c.party, k.b.c.party) == key && (k.topic == d.topic || k.claims[d.a.c] || k.claims[d.b.c]) {
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
			Summary: fmt.Sprintf("%s and %s disagree on %s.", a.party, b.party, lowerFirst(topic)),
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
func pairDisputes(a, b *claimWords, df map[string]int, n float64, names map[string][]string) []*sideDispute {
	sim, topic, ma, mb := sharedPoint(a, b, df, n)
	if ma == nil {
		return nil
	}
	ta, tb := a.tone[ma], b.tone[mb]
	score := sim
	against := false // some sign that one side sets itself against the other
	if topic != "" && deniesNear(ma.st.Text, topic) != deniesNear(mb.st.Text, topic) {
		score += polarityBonus
		against = true
	}
	if (ta.contrast || tb.contrast) && beside(ma, mb) {
		score += besideBonus
		against = true
	}
	first, second := a, b
	switch {
	case a.accuses && namesSide(a.c, names[b.c.party]):
		score += accuseBonus
	case b.accuses && namesSide(b.c, names[a.c.party]):
		score += accuseBonus
		first, second = b, a
		ma, mb = mb, ma
	default:
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
	return []*sideDispute{{a: first, b: second, sa: ma, sb: mb, topic: topic, score: score}}
}

// negationReach is how many words from the point a denial may stand and
// still be about it ("no agreement was reached on territorial matters").
const negationReach = 12

// deniesNear reports a word of denial near where a statement speaks of a
// point.
func deniesNear(text, topic string) bool {
	toks := lex.Tokens(text)
	for i, t := range toks {
		if stemOf(t.Lower) != topic {
			continue
		}
		for j := max(0, i-negationReach); j < len(toks) && j <= i+negationReach; j++ {
			if negations[toks[j].Lower] {
				return true
			}
		}
	}
	return false
}

func stemOf(w string) string {
	if ts := terms(strings.TrimSuffix(w, "'s")); len(ts) == 1 {
		return ts[0]
	}
	return ""
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
	w := &claimWords{c: c, stems: map[string]string{}, tone: map[*statement]tone{}}
	for _, m := range c.members {
		var tn tone
		for _, t := range lex.Tokens(m.st.Text) {
			low := strings.TrimSuffix(t.Lower, "'s")
			switch {
			case accusations[low]:
				w.accuses = true
			case contrasts[low]:
				tn.contrast = true
			}
			if lex.IsStop(low) || reportingWords[low] || isFigure(low) || len(low) < 3 || t.Capitalized && t.SentenceStart {
				continue
			}
			for _, s := range terms(low) {
				if !nameStems[s] {
					if _, ok := w.stems[s]; !ok {
						w.stems[s] = low
					}
				}
			}
		}
		w.tone[m] = tn
	}
	return w
}

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

// topicName names what a dispute is about: the shared word as written,
// or the side one accuses.
func (d *sideDispute) topicName() string {
	if d.topic == "" {
		return capitalise(d.b.c.party)
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
	return capitalise(w)
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

// sideNames returns, for each side, the words that name it in a text: the
// words of its name, the surnames of its speakers, and for a country the
// gazetteer's names, demonyms and seats ("Kremlin" for Russia).
func sideNames(claims []*claim) map[string][]string {
	out := map[string][]string{}
	add := func(side, w string) {
		w = attrib.Fold(strings.Trim(w, ",.'’"))
		if len(w) < 3 || lex.IsStop(w) || contains(out[side], w) {
			return
		}
		out[side] = append(out[side], w)
	}
	for _, c := range claims {
		if _, seen := out[c.party]; !seen {
			out[c.party] = nil
			for _, w := range strings.Fields(c.party) {
				if !genericNameWord(w) {
					add(c.party, w)
				}
			}
			if p, ok := parties.Lookup(c.party); ok {
				for _, list := range [][]string{p.Aliases, p.Demonyms, p.Seats} {
					for _, w := range list {
						add(c.party, w)
					}
				}
			}
		}
		for _, m := range c.members {
			if m.speaker.Kind == attrib.Person {
				if f := strings.Fields(m.speaker.Name); len(f) > 0 {
					add(c.party, f[len(f)-1])
				}
			}
		}
	}
	return out
}

// genericNameWord reports words of a side's name that name no side alone
// ("Office", "Group", "of").
func genericNameWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, "'’s")) {
	case "office", "group", "of", "the", "and", "company", "council", "union", "board", "government",
		"city", "holdings", "association", "partners", "department", "ministry", "authority", "national":
		return true
	}
	return false
}

// namesSide reports whether a claim's words name a side.
func namesSide(c *claim, words []string) bool {
	for _, m := range c.members {
		text := " " + attrib.Fold(strings.NewReplacer(",", " ", ".", " ", "'s", " ", "’s", " ").Replace(m.st.Text)) + " "
		for _, w := range words {
			if strings.Contains(text, " "+w+" ") {
				return true
			}
		}
	}
	return false
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
