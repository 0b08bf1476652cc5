package attrib

// Bodies named by their owner's pronoun: "Its defence ministry" is the
// ministry of the body "its" stands for, "his ministry" the ministry of
// the person "his" stands for.

// ownedBody resolves a body noun after "its" or "their" ("Belgora
// denied it. Its defence ministry said ..."): the body of that body
// "its" stands for, named as its possessive ("Belgora's defence
// ministry"); after "his" or "her", the body a person heads (see
// headedBody). It reports false for any other phrase.
func (a *article) ownedBody(np []tok) (*Speaker, bool) {
	if len(np) >= 2 && (np[0].lower == "his" || np[0].lower == "her") {
		return a.headedBody(np)
	}
	if len(np) < 2 || np[0].lower != "its" && np[0].lower != "their" {
		return nil, false
	}
	head := np[len(np)-1]
	if head.cap || !bodyNouns[head.lower] || hasCap(np[1:]) {
		return nil, false
	}
	owner := a.lastOrgNamed()
	if owner == "" {
		return nil, false
	}
	words := joinText(np[1:])
	return a.noted(&Speaker{Name: possessive(owner) + " " + words, Kind: Body, Generic: head.lower}, "'%s' -> %s (the "+head.lower+" of the body before)", joinText(np))
}

// headedBody resolves a body a person heads after "his" or "her" ("“We
// will answer it,” Voronek said. His ministry said ..."): the body of the
// person the pronoun stands for (the last speaker the article calls "he"
// or "she", then the last person it does), named as their possessive
// ("Aleksei Voronek's ministry"), which the story's sides read as that
// person's.
func (a *article) headedBody(np []tok) (*Speaker, bool) {
	head := np[len(np)-1]
	if head.cap || !headedBodies[head.lower] || hasCap(np[1:]) {
		return nil, false
	}
	g := genderOfWords([]string{np[0].lower})
	p := a.lastSpeaker
	if p == nil || p.Kind != Person || a.genderOf(p) != g {
		// The person the article says is a "he" or a "she", before one
		// it says nothing of.
		p = nil
		for i := len(a.mentions) - 1; i >= 0 && p == nil; i-- {
			if m := a.mentions[i]; m.sent <= a.sent && a.genderOf(m.person) == g {
				p = m.person
			}
		}
	}
	if p == nil {
		p = a.lastOfGender(g)
	}
	if p == nil {
		return nil, false
	}
	words := joinText(np[1:])
	return a.noted(&Speaker{Name: possessive(p.Name) + " " + words, Kind: Body, Generic: head.lower},
		"'%s' -> %s (the "+head.lower+" of the person the pronoun stands for)", joinText(np))
}
