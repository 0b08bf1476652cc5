package attrib

import "strings"

// An agent speaks for a principal: "a law firm representing Elon Musk",
// "negotiator Anne Rasmussen, speaking on behalf of the island states",
// "lawyers acting for the families". The statement is the agent's, and
// its side the principal's, which the story's sides work out from the
// role the statement carries ("representing Elon Musk").

// principalMarkers open the phrase naming whom an agent speaks for; the
// longest first.
var principalMarkers = [][]string{
	{"acting", "on", "behalf", "of"},
	{"speaking", "on", "behalf", "of"},
	{"on", "behalf", "of"},
	{"acting", "for"},
	{"representing"},
	{"who", "represents"},
	{"who", "represent"},
}

// principalAt returns the role "MARKER PRINCIPAL" when a principal marker
// starts at i and a phrase that names someone follows it, and the index
// after the phrase.
func principalAt(toks []tok, i int) (string, int) {
	for _, m := range principalMarkers {
		if i+len(m) > len(toks) {
			continue
		}
		ok := true
		for k, w := range m {
			if toks[i+k].lower != w || toks[i+k].quote > 0 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		np := principalNP(toks, i+len(m))
		if !hasCap(np) {
			return "", i
		}
		if end := i + len(m) + len(np); workforceAfter(toks, end) {
			return "", i // "the union representing Skyline Air cabin crew": the crew's, not the airline's
		}
		return strings.Join(m, " ") + " " + joinText(dropDeterminers(np)), i + len(m) + len(np)
	}
	return "", i
}

// workforceAfter reports the people of a body's workforce in the lower-case
// words from i on ("cabin crew", "pilots").
func workforceAfter(toks []tok, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		if toks[k].cap || toks[k].punct || toks[k].quote > 0 {
			return false
		}
		if workforceNouns[toks[k].lower] {
			return true
		}
	}
	return false
}

// principalBefore returns the role naming whom the speaker of a sentence
// speaks for, from a principal marker in the attribution: before the cue
// at cue, or after it up to what is reported (a quotation, "that", a
// participle cue): "" when there is none.
func principalBefore(toks []tok, cue int) string {
	end := len(toks)
	for i := max(cue+1, 0); i < len(toks); i++ {
		if toks[i].quote > 0 || toks[i].lower == "that" || cueGerunds[toks[i].lower] != "" {
			end = i
			break
		}
	}
	for i := 0; i < end; i++ {
		if toks[i].quote > 0 {
			continue
		}
		if role, _ := principalAt(toks, i); role != "" {
			return role
		}
	}
	return ""
}

// subjectStart is the index in toks where np, a slice of toks, begins,
// or len(toks) when np is not part of toks.
func subjectStart(toks, np []tok) int {
	if len(np) > 0 {
		for i := range toks {
			if &toks[i] == &np[0] {
				return i
			}
		}
	}
	return len(toks)
}

// principalNP is the phrase naming a principal from i: lower-case
// modifiers, then a name ("harbour owner Ilse Varn", "the Alliance of Reef
// Nations"), ending at punctuation, a quotation or the first lower-case
// word after the name.
func principalNP(toks []tok, i int) []tok {
	j, named := i, false
	for j < len(toks) && j-i < 9 {
		t := toks[j]
		if t.punct || t.quote > 0 {
			break
		}
		if !t.cap && named && t.lower != "of" && t.lower != "and" && t.lower != "for" {
			break
		}
		named = named || t.cap
		j++
	}
	for j > i && !toks[j-1].cap {
		j-- // "of" or "and" after the name
	}
	return toks[i:j]
}

// titleRun reports a capitalised run at toks[at] that is a post's title,
// a role word and its remit, with the body it serves after "for" or "at"
// ("Head of Platform Solutions for Tarnco", "Director of Network Planning
// at Vantor Rail"): the remit is a unit of that body, no body of its own.
func titleRun(toks []tok, at int, run []tok) bool {
	end := at + len(run)
	return len(run) >= 3 && roleWords[run[0].lower] && (run[1].lower == "of" || run[1].lower == "for") &&
		end+1 < len(toks) && (toks[end].lower == "for" || toks[end].lower == "at") && toks[end+1].cap
}

// roleBefore reports a word that may stand in the role before a name: a
// role word, a capitalised word or a possessive. A capitalised opener
// ("As Emily Vask reports", "When ...") is no role.
func roleBefore(t tok) bool {
	if t.punct || t.quote > 0 {
		return false
	}
	return roleWords[t.lower] || t.cap && !nonNames[t.lower] || strings.HasSuffix(t.lower, "'s")
}
