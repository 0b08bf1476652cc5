package attrib

// A participial cue after a comma binds to the main clause's subject
// when the main verb is an action, not a cue: in "Varga's lawyer sent a
// letter on Friday, claiming the firm had breached the deal" the lawyer
// claims; in "The talks over, the harbour union walked out, warning
// that ..." the union warns, not the talks. The subject is the one the
// chunker finds for the main clause's finite verb (leftNP, or a
// coordinated subject of groups), as it would for a cue in its place;
// the capitalised run that opens the sentence (clauseSubject) is the
// fallback.

// subordinators open a subordinate clause before the main one ("While
// prices rose, Tarnco raised its fares, ..."): its verb is not the main
// clause's.
var subordinators = setOf("while", "as", "after", "before", "although", "though", "because", "when", "if",
	"since", "once", "whereas", "unless", "until")

// relativeWords open a relative clause, whose verb is not the main
// clause's ("Orla Devlin, who chairs the anglers, wrote ...").
var relativeWords = setOf("who", "which", "that", "whose", "whom")

// participleSubjects returns the readings of the subject that the
// participle cue at p shares, best first: the subject of the main
// clause's finite verb, then clauseSubject's.
func participleSubjects(toks []tok, p int) []subjectReading {
	var out []subjectReading
	if v := mainVerb(toks, p); v > 0 {
		if g, _, ok := groupSubject(toks, v); ok {
			out = append(out, subjectReading{np: g})
		} else if np, _, ok := leftNP(toks, v); ok && len(np) > 0 && opensMainClause(toks, startOf(toks, np)) {
			out = append(out, subjectReading{np: np})
		}
	}
	out = append(out, subjectReading{np: clauseSubject(toks)})
	if np := trailingClauseSubject(toks, p); len(np) > 0 {
		out = append(out, subjectReading{np: np})
	}
	return out
}

// trailingClauseSubject returns the subject of a subordinate clause that
// ends at the comma before the participle at p ("Talks collapsed after
// the Liberal Party walked out, accusing ..."): the speaker when the main
// clause's subject is none. It returns nil when there is no such clause.
func trailingClauseSubject(toks []tok, p int) []tok {
	if p < 3 || toks[p-1].text != "," {
		return nil
	}
	for k := p - 2; k > 0; k-- {
		t := toks[k]
		if t.punct || t.quote > 0 {
			return nil
		}
		if !subordinators[t.lower] || t.cap {
			continue
		}
		v := -1
		for j := k + 1; j < p-1; j++ {
			if finiteTag(toks[j].tag) && !toks[j].cap {
				v = j
				break
			}
		}
		if v <= k+1 {
			return nil
		}
		return dropDeterminers(toks[k+1 : v])
	}
	return nil
}

// subjectReading is a reading of a subject noun phrase.
type subjectReading struct {
	np []tok
}

// opensMainClause reports a noun phrase starting at i that opens its
// clause: only a determiner and modifiers stand between it and the
// sentence's start or a comma ("the harbour union", "Its chief, Ada
// Renn,"), not a noun it is the object of ("4,000 workers at Mack
// Trucks", "A law firm representing Elon Musk").
func opensMainClause(toks []tok, i int) bool {
	if i < 0 {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if toks[j].text == "," {
			return true
		}
		if toks[j].punct || toks[j].quote > 0 || !modifierTag(toks[j].tag) {
			return false
		}
	}
	return true
}

// mainVerb returns the position of the main clause's finite verb before
// the participle at p: the first verb tagged finite that no relative
// pronoun opens, after an opening subordinate clause, or -1.
func mainVerb(toks []tok, p int) int {
	start := 0
	if len(toks) > 0 && subordinators[toks[0].lower] {
		start = -1
		for i := 1; i < p; i++ {
			if toks[i].text == "," {
				start = i + 1
				break
			}
		}
		if start < 0 {
			return -1
		}
	}
	for i := start; i < p; i++ {
		t := toks[i]
		if t.quote > 0 {
			return -1
		}
		if !finiteTag(t.tag) || t.cap {
			continue
		}
		if i > 0 && relativeWords[toks[i-1].lower] {
			continue
		}
		return i
	}
	return -1
}

// startOf returns the position in toks where the phrase np, a part of
// it, starts, or -1 when np is not a part of toks.
func startOf(toks []tok, np []tok) int {
	for i := range toks {
		if &toks[i] == &np[0] {
			return i
		}
	}
	return -1
}
