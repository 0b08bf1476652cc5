package attrib

// A cue coordinated with the main clause's verb shares its subject: in
// "Ada Renn took to the radio and accused the council of ..." and "She
// gave no date, but said the ferries would run" the subject of the first
// verb speaks. The subject is the one leftNP finds for the main clause's
// first finite verb (mainVerb), and it must open its clause.

import "github.com/storybot/storybot/summarize/tag"

// coordinators join a second predicate to the first.
var coordinators = setOf("and", "but", "yet")

// coordinatedSubject returns the subject that the finite cue at v shares
// with the main clause's verb when "and", "but" or "yet" (adverbs after
// it allowed) stands just before the cue, with the role the main clause
// gives it ("Its spokeswoman, Mirela Asteny, insisted ... and said"), or
// nil.
func coordinatedSubject(toks []tok, v int) ([]tok, string) {
	if !finiteTag(toks[v].tag) {
		return nil, ""
	}
	i := v - 1
	for i >= 0 && adverbBeforeCue(toks[i]) {
		i--
	}
	if i < 1 || !coordinators[toks[i].lower] {
		return nil, ""
	}
	m := mainVerb(toks, i)
	if m <= 0 {
		return nil, ""
	}
	np, role, ok := leftNP(toks, m)
	if !ok || len(np) == 0 || !opensMainClause(toks, startOf(toks, np)) {
		return nil, ""
	}
	return np, role
}

// adverbBeforeCue reports a lower-case adverb that may stand between a
// subject and its verb: one of the listed words, a form in -ly, or a word
// the tagger reads as an adverb ("has since said", "instead told"),
// never a modal of a guess ("may", "might"; "would" and "will" may).
// Capitalised, only a word a capital never makes a name ("Monday",
// "Still") is skipped: "Early says" is a person's surname.
func adverbBeforeCue(t tok) bool {
	if t.punct || t.quote > 0 || t.cap && !(skipBeforeCue[t.lower] && nonNames[t.lower]) {
		return false
	}
	if t.tag == tag.MD && !skipBeforeCue[t.lower] || t.lower == "may" && !t.cap {
		return false // "may still believe": the writer's guess, not what was said
	}
	return isAdverb(t.lower) || t.tag.Adverb()
}
