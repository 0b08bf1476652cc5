package attrib

import (
	"regexp"
	"strings"
	"sync"

	"github.com/storybot/storybot/summarize/tag"
)

// The speaker of one sentence, sought cue by cue: "according to" and a
// closing attribution that frames the sentence first, then the plain
// speech verbs, the other cues, and a participle after a comma.

// attributeFrame finds the speaker of a sentence: after "according to",
// before a cue verb, or after it when the order is inverted. attribute
// (reported.go) looks past a news outlet it finds to the speaker the
// outlet reports.
func (a *article) attributeFrame(toks []tok) (*Speaker, bool) {
	a.note = cueNote{at: -1}
	a.curToks = toks
	if np, c, ok := colonSpeaker(toks); ok {
		// `Chair Ada Renn: "Shut it down."`, a live page's "13:52 -
		// Sandoval: "..."": the name before a colon that opens a quotation.
		a.note.set(":", c, np)
		if sp, ok := a.resolve(np, ""); ok {
			return sp, true
		}
		a.note = cueNote{at: -1}
	}
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].lower == "according" && toks[i+1].lower == "to" {
			at := i + 2
			// "according to estimates by the central command": the source
			// is after "by", "from" or "of".
			at = sourceAfter(toks, at)
			np := rightNP(toks, at)
			if body := voiceFor(toks, at, np); len(body) > 0 {
				// "according to a spokeswoman for the Ministry of
				// Transport": the body she speaks for, as when she is the
				// subject of "said".
				np = body
			} else if where := bodyIn(toks, at, np); len(where) > 0 {
				// "according to the government in Sallowick": the body
				// with where it sits, which says whose it is.
				np = toks[at : at+len(np)+1+len(where)]
			}
			a.note.set("according to", i, np)
			if sp, ok := a.resolve(np, ""); ok {
				return sp, true
			}
			if sp, ok := a.accordingToNamed(toks, i, at, np); ok {
				return sp, true
			}
			if body := bodyNP(toks, at); len(body) > len(np) {
				// "according to the county medical examiner's office"
				a.note.set("according to", i, body)
				if sp, ok := a.resolve(body, ""); ok {
					return sp, true
				}
			}
		}
	}
	// A closing attribution after a quotation frames nested speech.
	if v := framingTail(toks); v >= 0 {
		if sp, ok := a.subjectOfVerb(toks, v, v); ok {
			return sp, true
		}
	}
	// Plain speech verbs first: in "Its observers were refused access, the
	// mission said", the mission speaks.
	if sp, ok := a.attributeCues(toks, true); ok {
		return sp, true
	}
	// "The union has put out a statement calling the decision right":
	// the body that issues a document says what the participle after it
	// reports (before any other cue inside what it reports: "confirming
	// it will appeal"); with none, it acts, when no other cue reports the
	// sentence ("..., a spokeswoman confirms").
	v, p := documentAct(toks)
	if v >= 0 && p >= 0 {
		if sp, ok := a.subjectOfVerb(toks, v, p); ok {
			return sp, true
		}
	}
	if sp, ok := a.attributeCues(toks, false); ok {
		return sp, true
	}
	if v >= 0 && p < 0 {
		if sp, ok := a.subjectOfVerb(toks, v, v); ok {
			a.issuer, a.issuerAt = sp, a.sent
			return sp, true
		}
	}
	// `Anni Holt sobbed: "..."`: any verb before a colon that opens a
	// quotation reports it.
	if v := colonVerb(toks); v >= 0 {
		if sp, ok := a.subjectOfVerb(toks, v, v); ok {
			return sp, true
		}
	}
	// "Hamas condemned the strikes, saying ...": a participle shares the
	// subject of the main clause; after a speech verb it goes on with that
	// verb's speaker ("..., a spokesperson said on Sunday, adding that"),
	// even one left unresolved.
	if p := participleCue(toks); p >= 0 && !(a.note.cue != "" && a.note.at >= 0 && a.note.at < p && plainCues[toks[a.note.at].lower]) {
		if a.note.cue == "" {
			a.note.set(toks[p].text, p, nil)
		}
		for _, r := range participleSubjects(toks, p) {
			if a.note.cue == "" || len(r.np) > 0 {
				a.note.set(toks[p].text, p, r.np)
			}
			if sp, ok := a.resolve(r.np, ""); ok {
				return sp, true
			}
		}
	}
	return nil, false
}

// attributeCues tries the cue verbs of a sentence, the plain speech verbs
// ("said", "told") when plain is true and the others when false.
func (a *article) attributeCues(toks []tok, plain bool) (*Speaker, bool) {
	for v, t := range toks {
		word, cue := cueAt(toks, v)
		isPlain := plainCues[t.lower]
		if madeRemarks(toks, v) {
			word, cue, isPlain = "made the remarks", true, true // "Strand made the remarks in a letter"
		}
		if !cue || t.cap && v > 0 || isPlain != plain {
			continue
		}
		if passiveAt(toks, v) || coordinatedPassive(toks, v) {
			// "was hailed as historic by the president": the agent speaks;
			// "was declared the winner": no one does, nor "was written
			// by her", which says who made a thing.
			if ag := agentAfter(toks, v); len(ag) > 0 && !makingLemmas[lemmaOf(t.lower)] && !calledEvent(toks, v) {
				a.note.set(word, v, ag)
				if sp, ok := a.resolve(ag, appositive(toks, v+1+len(ag))); ok {
					return sp, true
				}
			}
			a.note.passive = true
			continue
		}
		if a.note.cue == "" {
			a.note.set(word, v, nil)
		}
		// "The ferries will run all winter, but the night crossings will
		// end, said survey co-author Ada Renn, a research fellow.": a
		// plain cue just after a comma with a name after it is inverted,
		// whatever names the clauses before it hold.
		listener := listenerLemmas[lemmaOf(t.lower)] // "..., told the Herald": the Herald hears
		if !listener && v > 0 && toks[v-1].text == "," && relativeStart(toks, v-1) < 0 && (isPlain && invertedAfterClause(toks, v) || invertedFinite(toks, v)) {
			// Not after a relative clause: "One lawmaker, who asked not
			// to be named, said Brekke had ..." is the lawmaker's.
			if sp, ok := a.invertedSpeaker(toks, v); ok {
				return sp, true
			}
		}
		if g, other, ok := groupSubject(toks, v); ok {
			a.note.set(t.text, v, g)
			if sp, ok := a.resolve(g, ""); ok {
				a.note.resolution += "; with " + other
				return sp, true
			}
		}
		if sp, ok := a.pairSubject(toks, v); ok {
			a.note.set(t.text, v, nil)
			a.note.mention = sp.Name
			return sp, true // "Lena Varo and Tomas Brekke said": jointly
		}
		np, role, ok := leftNP(toks, v)
		if cs, csRole := coordinatedSubject(toks, v); len(cs) > 0 && (!ok || len(np) == 0 || coordinators[np[len(np)-1].lower]) {
			// "Renn took to the radio and accused ...", "She accused
			// officials in Drava and Orm of inflating figures and said
			// ...": the cue just after "and" shares the main verb's
			// subject, and the role the main clause gives it.
			np, role, ok = cs, csRole, true
		}
		if ps := parentheticalSubject(toks, v); len(ps) > 0 && (!ok || len(np) == 0 || startOf(toks, np) > startOf(toks, ps)+len(ps)-1) {
			np, role, ok = ps, "", true // "Growers, like Tomas Eld, who farms near Kell, say ..."
		}
		if ok && len(np) > 0 && questioned(toks, np) {
			continue // "Asked whether she thought so, she smiled."
		}
		if ok && len(np) == 1 && sentenceAdverbs[np[0].lower] {
			// "So said Gareth Moberly": the speaker comes after.
			rn := rightNP(toks, v+1)
			a.note.set(t.text, v, rn)
			if sp, ok := a.resolve(rn, appositive(toks, v+1+len(rn))); ok {
				return sp, true
			}
			continue
		}
		if ok {
			a.note.set(t.text, v, np)
			if sp, ok := a.resolve(np, role); ok {
				return sp, true
			}
			if rr := reducedRelative(toks, v-1); len(rr) > 0 {
				a.note.set(t.text, v, rr)
				if sp, ok := a.resolve(rr, ""); ok {
					return sp, true
				}
			}
			continue
		}
		if !listener && (inverted(toks, v) || isPlain && invertedAfterClause(toks, v)) {
			if sp, ok := a.invertedSpeaker(toks, v); ok {
				return sp, true
			}
		}
	}
	return nil, false
}

// madeRemarks reports "made the remarks" (or "gave the comments") at v,
// which names the speaker of the quotation before it.
func madeRemarks(toks []tok, v int) bool {
	if v+2 >= len(toks) || toks[v].lower != "made" && toks[v].lower != "gave" {
		return false
	}
	switch toks[v+1].lower {
	case "the", "these", "those", "his", "her", "their":
	default:
		return false
	}
	switch toks[v+2].lower {
	case "remarks", "comments", "remark", "comment":
		return true
	}
	return false
}

// bodyNP returns the noun phrase at i that a body noun heads, in lower
// case as a body the article does not name is written ("the provincial
// health department", "the county medical examiner's office", "the mines
// ministry"), ending the clause, or that names unnamed people or a post
// ("two people familiar with the deal", "a senior official"); or nil.
func bodyNP(toks []tok, i int) []tok {
	j := i
	for j < len(toks) && determiners[toks[j].lower] {
		j++
	}
	start := j
	for j < len(toks) && j-start < 6 && !toks[j].punct && toks[j].quote == 0 && !toks[j].cap &&
		(toks[j].tag.Noun() || premodifierTag(toks[j].tag) || toks[j].tag == tag.CD || toks[j].tag == tag.POS || strings.HasSuffix(toks[j].lower, "'s")) {
		j++
		if head := toks[j-1].lower; j-start >= 1 && (unnamedHeads[head] || personRoles[head]) && (j >= len(toks) || !toks[j].tag.Noun()) {
			// "according to two people familiar with the talks", "a
			// senior official": the source, whatever describes it after.
			return toks[i:j]
		}
	}
	if j == start || j < len(toks) && !toks[j].punct && toks[j].tag != tag.IN {
		return nil
	}
	if !bodyNouns[toks[j-1].lower] {
		return nil
	}
	return toks[i:j]
}

// maxColonName is how many words may name the speaker before a colon.
const maxColonName = 6

// colonSpeaker returns the words that open a sentence, after a time of
// day ("13:52 -"), and name who speaks the quotation a colon opens after
// them: capitalised words and role words ("Spokesman Rolf Bender",
// "Chair Ada Renn", "Sandoval"), after a role set off by a comma
// ("Talvenia's ambassador, Marcus Oyel"), and the colon's position; a
// page's "UPDATE:" or "Watch:" names no one (notSpeakers).
func colonSpeaker(toks []tok) ([]tok, int, bool) {
	j := 0
	if len(toks) > 3 && isDigits(toks[0].text) && toks[1].text == ":" && isDigits(toks[2].text) {
		j = 3 // a time of day
		if j < len(toks) && (dashes[toks[j].text] || toks[j].text == "-") {
			j++
		}
	}
	from := j // where the name starts: after a role set off by a comma
	for c := j; c < len(toks) && c-j <= maxColonName; c++ {
		t := toks[c]
		if t.text == ":" {
			if c > from && c+1 < len(toks) && toks[c+1].quote > 0 && !notSpeakers[strings.Trim(toks[j].lower, ".'’")] {
				return toks[from:c], c, true
			}
			return nil, 0, false
		}
		if t.text == "," && c > j && from == j {
			from = c + 1 // "Talvenia's ambassador, Marcus Oyel:"
			continue
		}
		if t.punct && t.text != "." || t.quote > 0 || !t.cap && !roleWords[t.lower] {
			return nil, 0, false
		}
	}
	return nil, 0, false
}

// maxDocumentModifiers is how many words may stand between an issued
// document's determiner and its noun ("a short two-line statement").
const maxDocumentModifiers = 3

// documentAct returns the position of a verb that issues a document
// ("issued a statement", "has put out a two-line statement") and of the
// participle of a reporting verb right after the document ("insisting",
// "calling", "confirming"), or -1 for either.
func documentAct(toks []tok) (verb, participle int) {
	for v := 1; v+2 < len(toks); v++ {
		if !issuingVerbs[toks[v].lower] || toks[v].cap {
			continue
		}
		j := v + 1
		if toks[v].lower == "put" || toks[v].lower == "puts" {
			if toks[j].lower != "out" {
				continue
			}
			j++
		}
		if j >= len(toks) || toks[j].lower != "a" && toks[j].lower != "an" && toks[j].lower != "its" && toks[j].lower != "their" {
			continue
		}
		k := j + 1
		for k < len(toks) && k-j <= maxDocumentModifiers && !documentNouns[toks[k].lower] && !toks[k].punct && toks[k].quote == 0 {
			k++
		}
		if k >= len(toks) || !documentNouns[toks[k].lower] {
			continue
		}
		if k+1 < len(toks) && (IsCueGerund(toks[k+1].lower) || toks[k+1].lower == "saying") {
			return v, k + 1
		}
		return v, -1
	}
	return -1, -1
}

// subjectOfVerb resolves the subject before the verb at v, noting the
// cue at c (the verb itself, or a participle that reports for it).
func (a *article) subjectOfVerb(toks []tok, v, c int) (*Speaker, bool) {
	np, role, _ := leftNP(toks, v)
	a.note.set(toks[c].text, c, np)
	return a.resolve(np, role)
}

// issuedWithParticiple reports a sentence whose document says what a
// participle reports ("issued a statement confirming it will appeal the
// decision"): the participle's clause is what was said, whatever cue
// stands inside it.
func issuedWithParticiple(toks []tok) bool {
	_, p := documentAct(toks)
	return p >= 0
}

// maxColonVerbReach is how many words may stand between the verb and a
// colon that opens a quotation ("roared to a sea of red flags:").
const maxColonVerbReach = 7

// colonVerb returns the position of the verb of a sentence whose colon
// opens a quotation after its subject and that verb, whatever the verb
// ("Skipper's wife Anni Holt, 38, sobbed: “...”", "Director Idris Mako
// crowed: “...”", "Ines Harrow roared to a sea of red flags: “...”"): the
// colon does the reporting. -1 when there is none.
func colonVerb(toks []tok) int {
	for c := 2; c+1 < len(toks); c++ {
		if toks[c].text != ":" || toks[c+1].quote == 0 {
			continue
		}
		for v := c - 1; v > 0 && c-v <= maxColonVerbReach; v-- {
			t := toks[v]
			if t.punct || t.quote > 0 {
				break
			}
			if (t.tag == tag.VBD || t.tag == tag.VBZ) && !t.cap {
				return v
			}
		}
		return -1
	}
	return -1
}

// isDigits reports a word of digits only.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// reClock is a live page's time of day opening an entry ("13:52 - ",
// "15:48 GMT - "), compiled the first time a sentence opens with a digit.
var reClock = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\d{1,2}:\d{2}` + clockZone + `\s*(?:[-–—|]\s*)?|\d{1,2}\.\d{2}` + clockZone + `\s*[-–—|]\s*)`)
})

// clockZone is what may follow a live page's time of day: "am" or "pm",
// and a time zone ("15:48 GMT - ", "09:30 CET - ").
const clockZone = `(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|IST|JST|AEST|AEDT|local time))?`

// WithoutClock returns a sentence without the time of day a live page's
// entry opens with ("13:52 - "): the words after it, as written.
func WithoutClock(text string) string {
	text = strings.TrimSpace(text)
	if text == "" || text[0] < '0' || text[0] > '9' {
		return text // every match opens with a digit (\d is ASCII)
	}
	if loc := reClock().FindStringIndex(text); loc != nil && loc[1] < len(text) {
		return text[loc[1]:]
	}
	return text
}
