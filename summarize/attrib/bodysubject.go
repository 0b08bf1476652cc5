package attrib

// "It" and "they" follow the subject the way "he" and "she" do: a body
// pronoun in a later clause stands for the body that is the sentence's
// subject ("The Afghan Taliban claimed the attack, which it said ..."), and
// one that opens a sentence for the body that was the subject of the
// sentence before ("As of March, the Orla Shipping Company had forty
// ships. ... it announced ..."), when no body has spoken since. Failing
// those, the body that spoke last.

// bodySubjectPronoun resolves the body pronoun np (low is its word) to a
// body that is a subject, in the sentence read or the one before. It
// reports false when neither has a body for a subject.
func (a *article) bodySubjectPronoun(np []tok, low string) (*Speaker, bool) {
	at := subjectStart(a.curToks, np)
	if at > 0 && at < len(a.curToks) {
		subj := clauseSubject(a.curToks)
		if end := subjectStart(a.curToks, subj) + len(subj); len(subj) > 0 && end <= at {
			if sp := a.subjectBody(subj); sp != nil {
				return a.noted(sp, "pronoun '%s' -> %s (the body that is the subject of this sentence)", low)
			}
		}
	}
	if a.sent == 0 || a.lastBody != nil && a.lastBodyAt >= a.sent-1 {
		return nil, false // the body that has just spoken goes on
	}
	prev := a.tokens(a.sentences[a.sent-1])
	if sp := a.subjectBody(clauseSubject(prev)); sp != nil {
		return a.noted(sp, "pronoun '%s' -> %s (the body that was the subject of the sentence before)", low)
	}
	return nil, false
}

// subjectBody returns the body a subject noun phrase names, or nil when it
// names a person, a thing or nothing the article knows for a body: an
// organisation the article names, a capitalised name after a determiner
// that names no person ("The Harbour Guild"), or a capitalised name whose
// last word is a body's ("Orla Shipping Company").
func (a *article) subjectBody(np []tok) *Speaker {
	determined := len(np) > 0 && (np[0].lower == "the" || np[0].lower == "a" || np[0].lower == "an")
	words := dropDeterminers(np)
	if len(words) == 0 || len(words) > maxNameWords(words)+2 {
		return nil
	}
	for _, t := range words {
		if t.punct || t.quote > 0 || personPronouns[t.lower] || bodyPronouns[t.lower] || possessiveTok(t) {
			return nil
		}
	}
	name := joinText(words)
	if org := a.findOrg(name); org != "" {
		return &Speaker{Name: org, Kind: Body}
	}
	if !allCap(words) {
		return nil
	}
	if _, person := a.persons[surnameKey(words[len(words)-1].text)]; person {
		return nil
	}
	if determined || orgHeads[words[len(words)-1].lower] {
		return &Speaker{Name: name, Kind: Body}
	}
	return nil
}
