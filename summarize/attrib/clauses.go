package attrib

import (
	"fmt"
	"strings"

	"github.com/storybot/storybot/summarize/tag"
)

// Two attributions in one sentence: one sentence, two speakers, each with
// a cue of their own. Each is a statement of its speaker whose text is
// that speaker's clause, verbatim; both keep the sentence's index. The
// shapes:
//
//   - a clause after the main cue, opened by a subordinator, with its own
//     subject, cue and quotation: "Mayor Ines Roold said she would call
//     the port chief from Oslo after the harbour union accused her of
//     “selling out the docks”.";
//   - a contrast or a second clause (", while", ", whereas", ", but",
//     ", though", ", and", "; ") whose cue reports a clause of its own: "Oskar Lind claimed
//     his crews turned back, while harbour master Ada Thorne claimed she
//     had brokered the truce.";
//   - a clause of time ("after", "as", "when", "before", "since") whose
//     cue reports a clause, after a main cue that reports none before it
//     ("pledged to crush what he called a revolt after Dunmore announced
//     he had seized the port"). After a reported clause ("said the plant
//     would reopen after inspectors said it was safe") the time clause may
//     be part of the first speaker's words, and stays theirs;
//   - an absolute construction after a comma, ", with" a subject and a
//     cue's -ing form: "Tarnland criticised the plan, with Vesk's foreign
//     minister warning of “grave consequences”"; when the main clause
//     gives no speaker or reports nothing, it is the sentence's only
//     statement (withClause);
//   - either of these with the main attribution in the later clause ("A
//     claimed X, but B said Y", where B's plain "said" was tried first):
//     the earlier clause is then the other speaker's.
//
// A clause whose verb is an action, not speech ("after Dunmore seized the
// port"), or whose cue has an object and no clause ("while Bray
// criticised the rota"), is no statement, and the sentence stays whole.

// clauseOpeners begin a clause that may carry an attribution of its own.
var clauseOpeners = setOf("after", "while", "whereas", "as", "when", "but", "before", "since", "though", "although", ";", "with", "and")

// contrastOpeners set a clause against the one before it (after a comma):
// what follows is never part of the first speaker's words.
var contrastOpeners = setOf("while", "whereas", "but", "though", "although")

// clauseSubjects are the subject pronouns that open a reported clause
// without "that" ("claimed he held talks").
var clauseSubjects = setOf("he", "she", "it", "they", "we", "i")

// promiseLemmas report a statement with an infinitive ("vowed to hold the
// line", "threatened to strike").
var promiseLemmas = setOf("vow", "pledge", "promise", "threaten")

// maxClauseCue is how far into such a clause its cue may stand.
const maxClauseCue = 14

// maxModifiers is how many words may stand between the opener and the
// subject's head that leftNP finds ("after the harbour union").
const maxModifiers = 4

// maxReportedSubject is how many words the subject of a reported clause
// without "that" may have ("announced the night strike would spread").
const maxReportedSubject = 5

// clauseSplit is where a sentence with two attributions is cut, and the
// speaker of the clause that is not the main one.
type clauseSplit struct {
	speaker *Speaker
	opener  int  // the opener's position; the cut is before it
	before  bool // the other clause is the first one
}

// otherClause finds a second attribution in a sentence whose main cue, of
// speaker sp, is at main: in a clause after it, or before it.
func (a *article) otherClause(toks []tok, main int, sp *Speaker) (clauseSplit, bool) {
	if main < 0 {
		return clauseSplit{}, false
	}
	saved := a.note
	defer func() { a.note = saved }()
	if cs, ok := a.clauseAfter(toks, main, sp); ok {
		return cs, true
	}
	return a.clauseBefore(toks, main, sp)
}

// clauseAfter finds the subject of a later cue, in a clause an opener
// introduces ("after the top Republican accused him of", ", while Ada
// Thorne claimed she had").
func (a *article) clauseAfter(toks []tok, main int, sp *Speaker) (clauseSplit, bool) {
	for v := main + 3; v < len(toks); v++ {
		np, role, k, quoted, ok := laterClause(toks, v)
		if !ok || k <= main || !splits(toks, main, k, quoted) {
			continue
		}
		if sp2, ok := a.resolve(np, role); ok && sp2.Name != sp.Name {
			return clauseSplit{speaker: sp2, opener: k}, true
		}
	}
	return clauseSplit{}, false
}

// withClause finds, in a sentence whose main clause gives no speaker,
// the absolute construction that does (", with the Tarnian foreign
// minister warning of ...").
func (a *article) withClause(toks []tok) (clauseSplit, bool) {
	for v := 2; v < len(toks); v++ {
		np, role, k, _, ok := laterClause(toks, v)
		if !ok || toks[k].lower != "with" {
			continue
		}
		if sp, ok := a.resolve(np, role); ok {
			return clauseSplit{speaker: sp, opener: k}, true
		}
	}
	return clauseSplit{}, false
}

// clauseBefore finds, when the main cue's subject opens a later clause
// (", but union leader Tomas Bray said ..."), an attribution of its own
// in the clause before it.
func (a *article) clauseBefore(toks []tok, main int, sp *Speaker) (clauseSplit, bool) {
	_, _, k, quoted, ok := laterClause(toks, main)
	if !ok {
		return clauseSplit{}, false
	}
	for v := 0; v+2 < k; v++ {
		if !speaksHere(toks, v, k) || !splits(toks, v, k, quoted) {
			continue
		}
		np, role, ok := leftNP(toks, v)
		if !ok || len(np) == 1 && bodyPronouns[np[0].lower] {
			continue
		}
		if sp1, ok := a.resolve(np, role); ok && sp1.Name != sp.Name {
			return clauseSplit{speaker: sp1, opener: k, before: true}, true
		}
	}
	return clauseSplit{}, false
}

// laterClause reports a cue at v that opens a statement of its own in a
// clause after an opener: it returns the cue's subject and role, the
// opener's position and whether a quotation follows the cue. Without a
// quotation the cue must report a clause and its subject must be named:
// a pronoun in a later clause is most often the sentence's subject.
func laterClause(toks []tok, v int) (np []tok, role string, opener int, quoted, ok bool) {
	gerund := cueGerunds[toks[v].lower] != "" && toks[v].quote == 0
	if !gerund && !cueInClause(toks, v) {
		return nil, "", 0, false, false
	}
	quoted = quotedAfter(toks, v)
	// "but police put the figure at 52,000"; "; prosecutors say $2.3
	// billion": an estimate is what they say.
	if !quoted && !reportedClauseAfter(toks, v) && !putsAt(toks, v) && !figureCue(toks, v) {
		return nil, "", 0, false, false
	}
	np, role, ok = leftNP(toks, v)
	if !ok || len(np) == 0 {
		return nil, "", 0, false, false
	}
	for i := 0; i+1 < len(np); i++ {
		if !np[i].cap && np[i+1].cap && np[i].tag.Noun() && !roleWords[np[i].lower] {
			// "the letter Mike wrote was kind": the cue is in a
			// relative clause on the noun, no subject of its own.
			return nil, "", 0, false, false
		}
	}
	if len(np) == 1 && (bodyPronouns[np[0].lower] || !quoted && personPronouns[np[0].lower]) {
		// "The authority said it was open to talks, but it accused
		// the union ...": "it" in a later clause is the sentence's
		// subject, whose statement goes on.
		return nil, "", 0, false, false
	}
	k, ok := openerBefore(toks, np)
	if !ok || v-k > maxClauseCue {
		return nil, "", 0, false, false
	}
	if (toks[k].lower == "with") != gerund || gerund && toks[k-1].text != "," {
		// A cue's -ing form speaks only in the absolute construction
		// after a comma, and "with" opens no other: ", with the
		// Tarnian foreign minister warning of ...".
		return nil, "", 0, false, false
	}
	return np, role, k, quoted, true
}

// openerBefore backs from a subject over its determiner and modifiers
// ("after the harbour union accused", "while harbour master Ada Thorne
// claimed") to the clause opener before it. After an opener that is also
// a preposition, a common noun before a name is the preposition's object
// ("after legal consultation Washington had concluded"); an opener just
// after "that" opens a clause inside a reported one ("said that after the
// vote the union had agreed"): neither parts two statements.
func openerBefore(toks, np []tok) (int, bool) {
	k := subjectStart(toks, np) - 1
	object := false // a noun before a name
	for n := 0; k > 0 && n < maxModifiers && !clauseOpeners[toks[k].lower] && !toks[k].punct && toks[k].quote == 0; n++ {
		object = object || np[0].cap && !premodifierTag(toks[k].tag)
		k--
	}
	if k <= 0 || !clauseOpeners[toks[k].lower] || toks[k-1].lower == "that" || object && prepositions[toks[k].lower] ||
		toks[k].lower == "and" && (toks[k-1].text != "," || !onlyDeterminers(toks[k+1:subjectStart(toks, np)])) {
		// "and" joins two attributions only after a comma, with the
		// subject just after it: not ", and the letter Mike wrote was".
		return 0, false
	}
	return k, true
}

// prepositions are the clause openers that may also open a phrase.
var prepositions = setOf("after", "before", "since", "as")

// premodifierTag reports a tag of a word that may come before the name
// leftNP takes for a subject: a determiner, a possessive, an adjective.
func premodifierTag(t tag.Tag) bool {
	return t == tag.DT || t == tag.PRPS || t == tag.CD || t.Adjective()
}

// speaksHere reports a cue at v, before the opener at end, that makes a
// statement in its own clause: a quotation or a reported clause after it.
func speaksHere(toks []tok, v, end int) bool {
	if !cueInClause(toks, v) {
		return false
	}
	return quotedAfter(toks[:end], v) || reportedClauseAfter(toks[:end], v) || accusesOf(toks[:end], v) || figureCue(toks[:end], v)
}

// figureCue reports a cue at v that says a figure right after it ("prosecutors
// say $2.3 billion", "Police estimate 400 people"): the estimate is what
// its subject says.
func figureCue(toks []tok, v int) bool {
	w := toks[v].lower
	return (plainCues[w] || lemmaOf(w) == "estimate") && v+1 < len(toks) && startsFigure(toks[v+1].text)
}

// accusesOf reports a cue of accusation at v with the charge after it:
// "accused Vesk on Thursday of launching a drone strike", "blamed the
// company for the crash".
func accusesOf(toks []tok, v int) bool {
	switch lemmaOf(toks[v].lower) {
	case "accuse", "blame", "charge", "fault":
	default:
		return false
	}
	for j := v + 1; j+1 < len(toks) && j <= v+maxClauseCue; j++ {
		if toks[j].punct || toks[j].quote > 0 {
			return false
		}
		if toks[j].lower == "of" || toks[j].lower == "for" {
			return true
		}
	}
	return false
}

// cueInClause reports an active cue at v that heads its clause: not one
// inside "what he called" or "as she put it".
func cueInClause(toks []tok, v int) bool {
	if _, cue := cueAt(toks, v); !cue || passiveAt(toks, v) {
		return false
	}
	return v < 2 || toks[v-2].lower != "what" && toks[v-2].lower != "as"
}

// splits reports whether the opener at k parts two statements, the first
// of them by the cue at v: a semicolon or a contrast after a comma always
// does, and so does any opener of a quoted clause; a clause of time does
// when the cue before it reports no clause it could belong to.
func splits(toks []tok, v, k int, quoted bool) bool {
	switch {
	case toks[k].text == ";":
		return true
	case (contrastOpeners[toks[k].lower] || toks[k].lower == "with" || toks[k].lower == "and") && toks[k-1].text == ",":
		return true // ", and the data watchdog said it had opened"
	case quoted:
		return true
	case contrastOpeners[toks[k].lower]:
		return false // "while" without a comma: at the same time
	}
	return !reportsClauseUpTo(toks, v, k)
}

// reportsClauseUpTo reports a finite clause (or "that") between the cue
// at v and position end: "said the plant would reopen after", not
// "pledged on Saturday to quell what he called a revolt after" nor
// "condemned the strikes after".
func reportsClauseUpTo(toks []tok, v, end int) bool {
	for j := v + 1; j < end; j++ {
		switch t := toks[j]; {
		case t.lower == "to" || t.quote > 0:
			return false
		case t.lower == "that" && t.tag != tag.DT, finiteTag(t.tag):
			return true
		}
	}
	return false
}

// reportedClauseAfter reports a clause reported by the cue at v: "that"
// (after a short adverbial: "announced on Saturday that"), a subject
// pronoun ("claimed he held talks"), a short noun phrase and a finite
// verb ("announced the strike would spread", "said it would strike"), or for a promise an
// infinitive ("vowed to fight on"). An object alone ("denied the
// report", "criticised the rota") is no clause, nor is an object of
// a verb that takes no clause ("described the plan").
func reportedClauseAfter(toks []tok, v int) bool {
	if v+1 >= len(toks) {
		return false
	}
	lemma := lemmaOf(toks[v].lower)
	next := toks[v+1]
	if noStatementLemmas[lemma] {
		return thatFollows(toks, v)
	}
	switch {
	case clauseSubjects[next.lower]:
		return true
	case next.lower == "to":
		return promiseLemmas[lemma]
	case thatFollows(toks, v) && thatClause(toks, v):
		return true
	}
	for j := v + 1; j < len(toks) && j-v <= maxReportedSubject+1; j++ {
		t := toks[j]
		switch {
		case j > v+1 && finiteTag(t.tag):
			return len(agentAfter(toks, j)) == 0 // "condemned the move announced by": a participle
		case t.punct || t.quote > 0 || !nounPhraseTag(t.tag):
			return false
		}
	}
	return false
}

// thatClause reports that the first "that" after the cue at v opens a
// clause, not a noun phrase ("rejected that account").
func thatClause(toks []tok, v int) bool {
	for j := v + 1; j < len(toks); j++ {
		if toks[j].lower == "that" {
			return toks[j].tag != tag.DT
		}
	}
	return false
}

// nounPhraseTag reports a tag that may stand in the subject of a
// reported clause ("the strike would", "it would").
func nounPhraseTag(t tag.Tag) bool {
	switch t {
	case tag.DT, tag.CD, tag.PRP, tag.PRPS, tag.POS:
		return true
	}
	return t.Noun() || t.Adjective()
}

// quotedAfter reports a quotation after the cue at v, in its clause.
func quotedAfter(toks []tok, v int) bool {
	for j := v + 1; j < len(toks); j++ {
		if toks[j].quote > 0 {
			return true
		}
		if toks[j].punct && toks[j].text != "," {
			return false
		}
	}
	return false
}

// splitAt cuts a sentence's statement in two at the clause opener k: the
// first keeps the text before it, the second the clause after it, each
// with the quotations it holds; both texts are verbatim parts of the
// sentence.
func splitAt(text string, toks []tok, k int, qs []span) (first, second string, q1, q2 []span) {
	cut := toks[k].start
	first = strings.TrimRight(strings.TrimSpace(text[:cut]), ",;—– ")
	second = strings.TrimSpace(text[toks[k+1].start:])
	for _, q := range qs {
		if q.start < cut {
			q1 = append(q1, q)
		} else {
			q2 = append(q2, q)
		}
	}
	return first, second, q1, q2
}

// splitStatement cuts the statement st of a sentence in two where cs
// says, returning the first clause's statement and the second's; the
// other clause's statement is of cs's speaker. Either text is "" when the
// sentence has nothing on one side of the opener.
func splitStatement(st Statement, cs clauseSplit, text string, toks []tok, qs []span) (Statement, Statement) {
	first, second, q1, q2 := splitAt(text, toks, cs.opener, qs)
	other := st
	other.Speaker = *cs.speaker
	one, two := st, other
	if cs.before {
		one, two = other, st
	}
	one.Text, one.Quote = first, joinQuotes(q1)
	two.Text, two.Quote = second, joinQuotes(q2)
	return one, two
}

// explain says, for a sentence's decision, who speaks in the other clause.
func (cs clauseSplit) explain(toks []tok) string {
	k := cs.opener
	where := "after"
	if cs.before {
		where = "before"
	}
	return fmt.Sprintf("; and %s in the clause %s %q (%s ...)", cs.speaker.Name, where, toks[k].text,
		joinText(toks[k+1:min(k+4, len(toks))]))
}

// onlyDeterminers reports words that are all determiners (or none).
func onlyDeterminers(ts []tok) bool {
	for _, t := range ts {
		if !determiners[t.lower] {
			return false
		}
	}
	return true
}
