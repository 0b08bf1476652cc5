package attrib

// "The company" where the article has registered no company of its kind
// stands for the one business the sentence before, or its own sentence
// before the description, names: "Regulators are investigating Tarnwork.
// The company confirmed ..." is Tarnwork. A one-word name is a business's
// when the article elsewhere puts a corporate title or its executives
// after it ("Tarnwork spokesperson", "Tarnwork's founder") or makes it the
// subject of a cue ("Tarnwork says"); it must be the only such name there
// and the only one the article has named so far.

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

// firmNamedBefore returns the one business, by a one-word name the article
// uses for a business, that the sentence before or the sentence being read
// before the description np names outside quotations, for a firm noun
// (head) no organisation of its kind answers, when it is the only business
// the article has named so far. It returns "" when there is none or more
// than one, or when the sentence read names it after np.
func (a *article) firmNamedBefore(np []tok, head string) string {
	at := phraseAt(a.curToks, np)
	if !firmNouns[head] || firmNamesNoBusiness[head] || at < 0 {
		return ""
	}
	var found []string
	add := func(toks []tok) {
		for i := range toks {
			if name := a.firmNameAt(toks, i); name != "" {
				found = append(found, name)
			}
		}
	}
	if a.sent > 0 {
		add(a.tokens(a.sentences[a.sent-1]))
	}
	add(a.curToks[:at])
	if len(found) == 0 {
		return ""
	}
	name := found[0]
	for _, f := range found[1:] {
		if !strings.EqualFold(f, name) {
			return "" // two businesses: which one is not said
		}
	}
	for k := 0; k < a.sent; k++ {
		toks := a.tokens(a.sentences[k])
		for i := range toks {
			if f := a.firmNameAt(toks, i); f != "" && !strings.EqualFold(f, name) {
				return "" // "Kestwick said ... Ostrand said ... The firm said": not the article's one business
			}
		}
	}
	for i := at + len(np); i < len(a.curToks); i++ {
		if strings.EqualFold(a.firmNameAt(a.curToks, i), name) && !ownOfficer(a.curToks, i) {
			return "" // "The company said Tarnwork had lied": another
		}
	}
	return name
}

// firmNameAt returns the one-word name at toks[i], without its possessive,
// when it stands alone outside quotations and is a business's name, or "".
func (a *article) firmNameAt(toks []tok, i int) string {
	t := toks[i]
	if !t.cap || t.punct || t.quote > 0 || i > 0 && toks[i-1].cap && !toks[i-1].punct && toks[i-1].quote == 0 && !(i == 1 && isFunctionWord(toks[0].lower)) {
		return ""
	}
	if i+1 < len(toks) && toks[i+1].cap && !toks[i+1].punct && toks[i+1].quote == 0 && !possessiveTok(t) {
		return "" // a longer name
	}
	name := trimPossessive(t.text)
	if !a.businessName(name) {
		return ""
	}
	return name
}

// businessName reports a one-word name the article uses for a business.
func (a *article) businessName(name string) bool {
	if a.firmNames == nil {
		a.firmNames = map[string]bool{}
		spelled := map[string]bool{}
		for _, s := range a.sentences {
			toks := a.tokens(s)
			for i, t := range toks {
				if t.cap && !t.punct && t.quote == 0 && i+1 < len(toks) && firmCue(toks, i) {
					a.firmNames[Fold(trimPossessive(t.text))] = true
				}
				if i > 0 && i+1 < len(toks) && toks[i-1].text == "(" && toks[i+1].text == ")" {
					spelled[Fold(t.text)] = true // "(NYAG)": the short name of a body spelled out before
				}
			}
		}
		for w := range spelled {
			delete(a.firmNames, w)
		}
	}
	f := Fold(name)
	if !a.firmNames[f] || nonNames[f] || personPronouns[f] || bodyNouns[f] || firmNouns[f] || a.writtenLower(f) || isPlace([]tok{{text: name, lower: f}}) || lex.KnownOutlet(name) {
		return false
	}
	_, person := a.persons[surnameKey(name)]
	return !person
}

// firmCue reports what, after the one-word name at toks[i], makes it a
// business's: a corporate title or its executives ("Tarnwork CEO",
// "Tarnwork's founder", "Tarnwork executives"), or a cue in the present
// or past whose subject it is ("Tarnwork says").
func firmCue(toks []tok, i int) bool {
	if i > 0 && toks[i-1].cap && !toks[i-1].punct && !(i == 1 && isFunctionWord(toks[0].lower)) {
		return false // a word of a longer name
	}
	next := toks[i+1]
	if corporateTitles[next.lower] || firmMembers[next.lower] {
		return !toks[i].punct
	}
	if possessiveTok(toks[i]) {
		return false
	}
	if toks[i].tag == tag.NNS {
		return false // "Protests continued overnight": a plural noun, no firm
	}
	if _, cue := cueForms[next.lower]; cue && finiteTag(next.tag) && !next.cap {
		return i == 0 || toks[i-1].punct || isFunctionWord(toks[i-1].lower)
	}
	return false
}

// phraseAt returns where the phrase np stands in toks: as a part of it, or
// else where its words first stand in it; -1 when they do not.
func phraseAt(toks, np []tok) int {
	if at := startOf(toks, np); at >= 0 || len(np) == 0 {
		return at
	}
	for i := 0; i+len(np) <= len(toks); i++ {
		k := 0
		for k < len(np) && toks[i+k].lower == np[k].lower {
			k++
		}
		if k == len(np) {
			return i
		}
	}
	return -1
}

// businessOfRole returns, for a corporate title a firm noun modifies ("a
// company spokesperson", "the company's spokeswoman"), the one business
// the article has named up to the sentence read, or "" when it has named
// none or more than one.
func (a *article) businessOfRole(np []tok, head string) string {
	if !corporateTitles[head] || len(np) < 2 {
		return ""
	}
	mod := np[len(np)-2]
	if mod.cap || !firmNouns[trimPossessive(mod.lower)] || firmNamesNoBusiness[trimPossessive(mod.lower)] {
		return ""
	}
	if b := a.oneBusinessSoFar(); b != "" {
		return b
	}
	return a.oneFirmOrg() // "Vellmark Power says ... A company spokeswoman said"
}

// oneBusinessSoFar returns the one business the article has named, by a
// one-word name, up to the sentence read, or "" when it has named none or
// more than one.
func (a *article) oneBusinessSoFar() string {
	name := ""
	for k := 0; k <= a.sent && k < len(a.sentences); k++ {
		toks := a.tokens(a.sentences[k])
		for i := range toks {
			if f := a.firmNameAt(toks, i); f != "" {
				if name != "" && !strings.EqualFold(f, name) {
					return "" // two businesses: which is meant is not said
				}
				name = f
			}
		}
	}
	return name
}

// firmPart returns the business a body noun a firm noun modifies stands
// for ("Company management said", "the company board"): the organisation
// of that kind the article named last, or its one business; "" when the
// phrase is no such part or no business answers.
func (a *article) firmPart(np []tok) string {
	words := dropDeterminers(np)
	if len(words) != 2 || a.sent >= len(a.sentences) {
		return ""
	}
	mod := words[0]
	if !firmNouns[mod.lower] || firmNamesNoBusiness[mod.lower] || !firmParts[words[1].lower] {
		return ""
	}
	if mod.cap && phraseAt(a.curToks, words) != 0 {
		return "" // "the Company board": a name
	}
	if org := a.genericOrg(mod.lower); org != "" {
		return org
	}
	if org := a.oneFirmOrg(); org != "" {
		return org
	}
	return a.oneBusinessSoFar()
}

// oneFirmOrg returns the one organisation named so far that the article
// calls by a firm noun ("construction giant Tarnco") or whose name says it
// is a company, or "" when there is none or more than one.
func (a *article) oneFirmOrg() string {
	found := ""
	for _, o := range a.orgsSoFar() {
		kind := a.orgKind[o]
		if !(firmNouns[kind] && !firmNamesNoBusiness[kind] || GenericOrg("company", []string{o}) != "" || IsFirmTrade(strings.ToLower(lastWord(o)))) {
			continue
		}
		if found != "" && found != o {
			return ""
		}
		found = o
	}
	return found
}

// ownOfficer reports a possessive name at toks[i] whose corporate title
// follows it ("Tarnwork's founder"): a business naming its own officer
// may be the one that speaks.
func ownOfficer(toks []tok, i int) bool {
	if !possessiveTok(toks[i]) || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1].lower
	return corporateTitles[next] || firmMembers[next]
}
