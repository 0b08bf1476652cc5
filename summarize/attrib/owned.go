package attrib

import "strings"

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
	if np[0].lower == "their" && membersBodies[head.lower] {
		// "Drivers at Tarn Transit backed a strike, their union said":
		// the union of the people "their" stands for, the union the
		// article names, never the employer named last.
		org := a.genericOrg(head.lower)
		if org == "" {
			org = GenericOrg(head.lower, a.orgs) // named later in the article
		}
		if org != "" {
			return a.noted(&Speaker{Name: org, Kind: Body, Generic: head.lower}, "'%s' -> %s (the "+head.lower+" of the people before)", joinText(np))
		}
		return a.noted(&Speaker{Name: head.lower, Kind: Body, Generic: head.lower}, "'%s' -> %s (the "+head.lower+" of the people before, not named)", joinText(np))
	}
	owner := a.stateOpeningBefore(joinText(np[1:]))
	if owner == "" {
		owner = a.lastOrgNamed()
	}
	if b := a.subjBody; owner == "" && b != nil && a.subjBodyAt == a.sent-1 && b.Kind == Body {
		// "Pakistan's military denied it. A statement from its media
		// wing said": the body that was the subject just before, unnamed
		// but for its owner, speaks through its part.
		return a.noted(b, "'%s' -> %s (a part of the body that was the subject before)", joinText(np))
	}
	if owner == "" {
		return nil, false
	}
	words := joinText(np[1:])
	return a.noted(&Speaker{Name: possessive(owner) + " " + words, Kind: Body, Generic: head.lower}, "'%s' -> %s (the "+head.lower+" of the body before)", joinText(np))
}

// membersBodies are bodies of people that a company never owns: "their
// union" is the workers', not their employer's.
var membersBodies = setOf("union", "guild", "association", "federation")

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
	if p != nil && p.Kind == Person && a.genderOf(p) == g {
		// A person of that gender named since the last speaker spoke
		// ("Nurses did not see Alder at the rally. His office said"): the
		// pronoun is theirs.
		for i := len(a.mentions) - 1; i >= 0; i-- {
			m := a.mentions[i]
			if m.sent <= a.lastStated {
				break
			}
			if m.sent < a.sent && m.person != p && a.genderOf(m.person) == g {
				p = m.person
				break
			}
		}
	}
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

// ownedPart names the owner of a body a role calls a part of a body named
// by its kind ("a member of the group's Supreme Council", "head of the
// union's executive committee"): the organisation of that kind last named
// ("a member of Kessar Front's Supreme Council"), else the body whose
// spokesman or other member the article has named with that noun ("the
// group's spokesman", a "Kessar Front spokesman": "a member of the
// Kessar Front group's Supreme Council"). A possessive of anything but a body ("an
// expert on the group's finances"), or a kind the article names no body
// of, leaves the role as it is.
func (a *article) ownedPart(role string) string {
	words := strings.Fields(role)
	for i := 1; i+1 < len(words); i++ {
		low := strings.ReplaceAll(strings.ToLower(words[i]), "’", "'")
		if !possessiveBody(low) || strings.ToLower(words[i-1]) != "the" || !partBodies[ownedHead(words[i+1:])] || i > 1 && !heldIn(words[:i-1]) {
			continue
		}
		noun, owner := strings.TrimSuffix(low, "'s"), ""
		if org := a.genericOrg(noun); org != "" {
			owner = possessive(org)
		} else if mods := a.memberModifiers(noun); mods != "" {
			owner = "the " + mods + " " + words[i]
		}
		if owner == "" {
			return role
		}
		rest := append([]string{owner}, words[i+1:]...)
		return strings.Join(append(words[:i-1:i-1], rest...), " ")
	}
	return role
}

// heldIn reports role words that end in a post and the preposition that
// links it to a body ("a member of", "head of", "spokeswoman for"): the
// body after them is the one the person belongs to, unlike the body of
// "a critic of" or "an expert on".
func heldIn(words []string) bool {
	n := len(words)
	return n >= 2 && postLinks[strings.ToLower(words[n-1])] && roleWords[strings.ToLower(strings.TrimRight(words[n-2], ","))]
}

// ownedHead returns the lower-case head noun of the phrase a possessive
// opens ("council" of "Supreme Council, said"): its last word before a
// preposition, a conjunction or a comma.
func ownedHead(words []string) string {
	head := ""
	for _, w := range words {
		low := strings.ToLower(strings.TrimRight(w, ",.;:"))
		if ownedPhraseEnds[low] {
			break
		}
		head = low
		if w != strings.TrimRight(w, ",.;:") {
			break
		}
	}
	return head
}

// memberModifiers returns the capitalised words before the head noun of the
// role of the person the article has named by a role of a body of that
// kind ("Kessar Front" of the "Kessar Front spokesman" the article
// called "the group's spokesman"), or "".
func (a *article) memberModifiers(noun string) string {
	m := a.memberOf[noun]
	if m == nil {
		return ""
	}
	words := strings.Fields(m.Role)
	n := 0
	for n < len(words) && startsUpper(words[n]) && !strings.ContainsAny(words[n], "'’,()") {
		n++
	}
	if n == 0 || n == len(words) || strings.ContainsAny(words[n], "'’") {
		return "" // "a spokesman for ...", "Kessar Front's spokesman", or no word of a role
	}
	return strings.Join(words[:n], " ")
}

// possessiveBody reports the possessive of a body noun ("group's").
func possessiveBody(low string) bool {
	noun, ok := strings.CutSuffix(strings.ReplaceAll(low, "’", "'"), "'s")
	return ok && bodyNouns[noun]
}

// ownedName names a body a phrase calls a part of a body named by its
// kind ("the group's Supreme Council" is "Kessar Front's Supreme
// Council"; see ownedPart), or reports false.
func (a *article) ownedName(np []tok) (string, bool) {
	w := dropDeterminers(np)
	if len(w) < 2 || !possessiveBody(w[0].lower) {
		return "", false
	}
	whole := "the " + joinText(w)
	if owned := a.ownedPart(whole); owned != whole {
		return owned, true
	}
	return "", false
}
