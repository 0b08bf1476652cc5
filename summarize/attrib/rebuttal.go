package attrib

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

// maxRebuttalReach is how many sentences back the statement a rebuttal
// answers may be, and maxRebuttalWords how long a sentence that only
// calls it untrue may be ("Chief Constable Roderick Hale says that is not
// true.").
const maxRebuttalReach, maxRebuttalWords = 3, 10

// maxUntrueClause is how long the clause after the cue of a sentence
// that only calls what was said untrue may be, however long its subject:
// "Priya Anand, head of environmental health at the council, said that
// was not what happened."
const maxUntrueClause = 8

// rebuttalOf returns the rebuttal that a sentence too thin to be a claim
// makes, if its cue denies, rejects or disputes: one that points back
// ("Ferrer rejected that account.") answers the last statement, made by
// someone else in the two sentences before; one that names what it
// denies ("Kestrania denied firing on the town.") answers the last
// statement of someone else, up to three sentences back, that speaks of
// it (a stem in common).
func rebuttalOf(sp *Speaker, toks []tok, text string, i int, cue string, out []Statement) (Rebuttal, bool) {
	if sp == nil {
		return Rebuttal{}, false
	}
	back := pointsBack(toks) || rebuts(cue) && (shellObject(toks, cue) || answersOnly(toks, cue) || blameObject(toks, cue) || passiveShell(toks, cue))
	if !rebuts(cue) {
		switch {
		case callsUntrue(toks):
			back = true // "Hale says that is not true."
		case negatedAfter(toks, cue):
			back = false // "Kessaly says the shelling never happened.": what it denies is named
		default:
			return Rebuttal{}, false
		}
	}
	var own map[string]bool
	if !back {
		own = contentStems(toks, cue)
		if len(own) == 0 {
			return Rebuttal{}, false
		}
	}
	for k := len(out) - 1; k >= 0; k-- {
		st := out[k]
		if st.Sentence < i-maxRebuttalReach || back && st.Sentence < i-2 {
			break
		}
		if Fold(st.Speaker.Name) == Fold(sp.Name) {
			if back {
				break // the speaker's own words before
			}
			continue
		}
		if back || sharesStem(own, st.Text) {
			if back && k > 0 && supportingQuote(out[k-1], st) && (!speaksOf(st.Text, sp) || speaksOf(out[k-1].Text, sp)) {
				// The point the quotation supports ("said an audit was the
				// only way. "Behind every number is a person," she said."
				// "The minister rejected the call."), unless the quotation
				// alone names the one who answers it ("Brightmoor has
				// poisoned the river," ... "Brightmoor denied the
				// allegation.").
				st = out[k-1]
			}
			return Rebuttal{Speaker: *sp, Text: WithoutClock(text), Sentence: i, Answers: st.Sentence, Answered: st.Speaker.Name}, true
		}
	}
	return Rebuttal{}, false
}

// supportingQuote reports a statement that is all quotation, in the
// sentence after a statement of the same speaker that quotes nothing:
// the speaker's own words on the point the reporter has just told.
func supportingQuote(account, own Statement) bool {
	return own.Sentence == account.Sentence+1 && Fold(own.Speaker.Name) == Fold(account.Speaker.Name) &&
		account.Quote == "" && own.Quote != "" && 2*len(lex.Tokens(own.Quote)) >= len(lex.Tokens(own.Text))
}

// speaksOf reports a text that names a speaker, by a word of its name or
// by its kind ("the agency").
func speaksOf(text string, sp *Speaker) bool {
	words := map[string]bool{}
	for _, t := range lex.Tokens(text) {
		words[t.Lower] = true
	}
	if sp.Generic != "" && words[strings.ToLower(sp.Generic)] {
		return true
	}
	for _, w := range strings.Fields(sp.Name) {
		if startsUpper(w) && words[strings.ToLower(strings.TrimSuffix(w, "'s"))] && !lex.IsStop(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// contentStems returns the stems of the words after the cue that are
// not function words: what a rebuttal names.
func contentStems(toks []tok, cue string) map[string]bool {
	c, _, _ := strings.Cut(strings.ToLower(cue), " ")
	out := map[string]bool{}
	after := false
	for _, t := range toks {
		if t.lower == c {
			after = true
			continue
		}
		if after && !t.punct && !lex.IsStop(t.lower) {
			out[lex.Stem(t.lower)] = true
		}
	}
	return out
}

// sharesStem reports a word of text whose stem is among stems.
func sharesStem(stems map[string]bool, text string) bool {
	for _, t := range lex.Tokens(text) {
		if stems[lex.Stem(t.Lower)] {
			return true
		}
	}
	return false
}

// rebuts reports a cue that denies, rejects or disputes what another
// said: "denied", "rejects", "dismissed", "disputes" ("dispute" and
// "contest", nouns as often as verbs elsewhere, are verbs as cues).
func rebuts(cue string) bool {
	w, _, _ := strings.Cut(strings.ToLower(cue), " ")
	switch lex.StanceOf(w) {
	case lex.Denial, lex.Rejection:
		return true
	}
	switch w {
	case "dispute", "disputes", "contest", "contests":
		return true
	}
	return false
}

// shellNouns name what someone said as a whole ("a charge", "a claim"):
// a rebuttal after a comma answers the clause before it with one.
var shellNouns = setOf("charge", "claim", "accusation", "allegation", "assertion", "characterisation",
	"characterization", "description", "suggestion", "account", "version", "argument", "figure", "estimate",
	"contention", "view", "position", "demand", "request", "proposal")

// IsShellNoun reports a noun that names what someone said as a whole
// ("claim", "claims", "argument"), which its owner's possessive says whose.
func IsShellNoun(w string) bool { return shellNouns[w] || shellNouns[strings.TrimSuffix(w, "s")] }

// rebuttalTail finds a rebuttal after a comma that answers the clause
// before it in the same sentence ("Renn accused the union of holding
// passengers hostage, a charge the union dismissed as cheap rhetoric"):
// the comma's position and the rebutting subject.
func rebuttalTail(toks []tok) (int, []tok, bool) {
	for j := 1; j+3 < len(toks); j++ {
		if toks[j].text != "," || toks[j].quote > 0 || !determiners[toks[j+1].lower] || !shellNouns[toks[j+2].lower] {
			continue
		}
		start := j + 3
		if start < len(toks) && (toks[start].lower == "that" || toks[start].lower == "which") {
			start++
		}
		for m := start + 1; m < len(toks) && m-start <= 6; m++ {
			if toks[m].punct || toks[m].quote > 0 {
				break
			}
			if rebuts(toks[m].lower) && !toks[m].cap {
				return j, toks[start:m], true
			}
		}
	}
	return 0, nil, false
}

// callsUntrue reports a sentence whose reported clause only calls what
// was said before untrue: "Hale says that is not true.", "The ministry
// said it was false." ("the charges were false" says what is false).
func callsUntrue(toks []tok) bool {
	for k := 0; k+2 < len(toks); k++ {
		switch toks[k].lower {
		case "that", "this", "it", "those", "these":
		default:
			continue
		}
		be := k + 1
		if IsShellNoun(toks[be].lower) && be+1 < len(toks) && toks[k].lower != "it" {
			be++ // "that position was wrong", "this account is false"
		}
		if !beAux[toks[be].lower] {
			continue
		}
		rest := toks[be+1:]
		if len(rest) > 0 && rest[0].lower == "not" {
			rest = rest[1:]
			if len(rest) > 0 && (rest[0].lower == "true" || rest[0].lower == "correct" || rest[0].lower == "accurate") {
				return true
			}
			if len(rest) > 1 && (rest[0].lower == "what" && rest[1].lower == "happened" || rest[0].lower == "the" && rest[1].lower == "case") {
				return true // "that was not what happened", "that is not the case"
			}
		}
		for len(rest) > 0 && (rest[0].lower == "a" || rest[0].tag.Adverb() || rest[0].punct && quoteMarks[rest[0].text]) {
			rest = rest[1:] // `that figure was "simply false"`
		}
		if len(rest) > 0 && (lex.StanceOf(rest[0].lower) == lex.Denial || untrueWords[rest[0].lower]) {
			return true
		}
		if len(rest) > 2 && rest[0].lower == "the" && rest[1].lower == "opposite" && rest[2].lower == "of" {
			return true // "that was the opposite of what had happened"
		}
	}
	return false
}

// quoteMarks open or close a quotation around the words that call what
// was said untrue.
var quoteMarks = setOf(`"`, "“", "”", "'", "‘", "’")

// untrueWords call what was said wrong.
var untrueWords = setOf("wrong", "incorrect", "inaccurate", "nonsense", "misleading", "untrue", "false", "baseless")

// blameObject reports a denial of blame just after the cue ("Brightspan
// denied responsibility.", "The firm denies any wrongdoing"): it answers
// the charge made just before.
func blameObject(toks []tok, cue string) bool {
	c, _, _ := strings.Cut(strings.ToLower(cue), " ")
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower != c {
			continue
		}
		j := k + 1
		if w := toks[j].lower; (w == "any" || w == "all" || w == "the") && j+1 < len(toks) {
			j++
		}
		return blameNouns[toks[j].lower]
	}
	return false
}

// shellObject reports a cue whose object points back to what was said
// before, with more after it: "Vance rejected that criticism, saying the
// board had asked for a month."
func shellObject(toks []tok, cue string) bool {
	c, _, _ := strings.Cut(strings.ToLower(cue), " ")
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower != c {
			continue
		}
		j := k + 1
		if toks[j].lower == "the" && j+2 < len(toks) {
			j++
		}
		switch {
		case toks[j].lower == "that" || toks[j].lower == "this" || toks[j].lower == "those" || toks[j].lower == "these":
		case strings.HasSuffix(toks[j].lower, "'s") || strings.HasSuffix(toks[j].lower, "’s"):
			// "rejected the company's version", "dismissed Vireo's argument"
		default:
			continue
		}
		if j+1 >= len(toks) {
			return false
		}
		n := toks[j+1].lower
		return shellNouns[n] || shellNouns[strings.TrimSuffix(n, "s")] || n == "criticism" || toks[j+1].text == ","
	}
	return false
}

// answersOnly reports a rebutting cue whose object only names what was
// said before, with at most who said it or what the speaker calls it
// after: "rejected the company's account", "denied the allegations
// against him", "dismissed the union's claims as baseless". Such a
// sentence says nothing of its own: it is a rebuttal, never a claim. An
// object with a clause of its own ("the claim that prices would rise")
// says what is denied.
func answersOnly(toks []tok, cue string) bool {
	c, _, _ := strings.Cut(strings.ToLower(cue), " ")
	k := 0
	for k < len(toks) && toks[k].lower != c {
		k++
	}
	j := k + 1
	for j < len(toks) && (determiners[toks[j].lower] || demonstratives[toks[j].lower] || toks[j].lower == "all" || toks[j].lower == "any" || possessiveTok(toks[j])) {
		j++
	}
	for n := 0; n < 2 && j+1 < len(toks) && j > k+1 && toks[j].tag == tag.JJ && !toks[j].cap; n++ {
		j++ // "the opposition's main allegation", "the latest claims"
	}
	if j == k+1 || j >= len(toks) || !IsShellNoun(toks[j].lower) && toks[j].lower != "criticism" {
		return false
	}
	var tail []tok
	for _, t := range toks[j+1:] {
		if !t.punct {
			tail = append(tail, t)
		}
	}
	if len(tail) == 0 {
		return true
	}
	switch tail[0].lower {
	case "as", "against", "by", "from", "of", "about":
		return len(tail) <= 5
	case "in", "on", "at", "last", "outright", "out", "earlier", "later", "again", "flatly", "firmly", "within", "immediately", "swiftly", "quickly", "strongly", "angrily":
		// "rejected that account in the strongest terms", "rejected
		// that call in a statement on Friday": when and how, no content.
		return len(tail) <= 6 && !slices.ContainsFunc(tail, func(t tok) bool { return t.lower == "that" || t.tag.Verb() })
	}
	return false
}

// demonstratives point back to what was said: "rejected that account".
var demonstratives = setOf("that", "this", "those", "these")

// negatedAfter reports a negation after the cue: what the speaker says
// did not happen or is not so.
func negatedAfter(toks []tok, cue string) bool {
	c, _, _ := strings.Cut(strings.ToLower(cue), " ")
	after := false
	for _, t := range toks {
		if t.lower == c {
			after = true
			continue
		}
		if after && lex.StanceOf(t.lower) == lex.Negation {
			return true
		}
	}
	return false
}

// passiveShell reports a sentence whose subject is what someone said,
// named by a shell noun, and whose passive cue rebuts it, by an agent:
// "The accusation was rejected by Teodor Lasque, the region's economy
// councillor.", "That account was disputed by the ministry.". Such a
// sentence points back as "Lasque rejected the accusation." does.
func passiveShell(toks []tok, cue string) bool {
	c, _, _ := strings.Cut(strings.ToLower(cue), " ")
	j := 0
	for j < len(toks) && (determiners[toks[j].lower] || demonstratives[toks[j].lower] || possessiveTok(toks[j])) {
		j++
	}
	for n := 0; n < 2 && j+1 < len(toks) && toks[j].tag == tag.JJ && !toks[j].cap; n++ {
		j++ // "The latest accusation"
	}
	if j >= len(toks) || !IsShellNoun(toks[j].lower) {
		return false
	}
	k := j + 1
	for k < len(toks) && k <= j+3 && passiveAux[toks[k].lower] {
		k++
	}
	if k == j+1 || k >= len(toks) || toks[k].lower != c {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+4; m++ {
		if toks[m].lower == "by" {
			return true
		}
	}
	return false
}

// passiveAux are the auxiliaries of a passive cue ("was rejected", "has
// been disputed").
var passiveAux = setOf("was", "were", "is", "are", "has", "have", "had", "been", "being", "swiftly", "quickly", "firmly", "flatly")

// saysMore reports a sentence that goes on past its rebuttal to say what
// its speaker holds: a clause of saying after a comma ("..., which said
// troops would stay", "..., saying it was lawful"), or a that-clause.
func saysMore(toks []tok) bool {
	for i, t := range toks {
		switch t.lower {
		case "saying", "insisting", "arguing", "adding", "that":
			return true
		case "which", "who":
			if i > 0 && toks[i-1].text == "," {
				return true
			}
		}
	}
	return false
}
