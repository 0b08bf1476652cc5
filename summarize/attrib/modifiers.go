package attrib

// The modifiers and owners of a body named by a common noun: whether
// "the foreign ministry" may be the Orlan Defence Ministry, whose body
// "Vesk's foreign ministry" is, and whose post "a union spokeswoman" is.

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

// namesModifiers reports that a phrase may name a body by its head noun
// and modifiers: unless it gives a lower-case modifier the body's name
// lacks while the name has a common word of its own the phrase does not
// give ("the foreign ministry" is not the Oskarian Defence Ministry; "the
// defence ministry" may be the Russian Defence Ministry, and "the central
// bank" the Bank of Dravonia, whose name says no other kind of bank).
func namesModifiers(np []tok, org string) bool {
	w := dropDeterminers(np)
	if len(w) < 2 {
		return true
	}
	name := strings.Fields(Fold(org))
	mods := map[string]bool{}
	missing := false
	for _, t := range w[:len(w)-1] {
		if t.cap || t.punct || strings.ContainsAny(t.text, "'’") || lex.IsStop(t.lower) {
			continue
		}
		f := Fold(t.text)
		mods[f] = true
		if !slices.Contains(name, f) {
			missing = true
		}
	}
	if !missing {
		return true
	}
	head := Fold(w[len(w)-1].text)
	for _, f := range name {
		if f != head && !mods[f] && !lex.IsStop(f) && !demonymLike(f) && commonWord(f) {
			return false // a word of another kind of body: "defence"
		}
	}
	return true
}

// commonWord reports a word the tagger's dictionary knows, in British
// spelling too ("defence", "labour", "centre", whose American forms it
// holds).
func commonWord(w string) bool {
	if tag.Known(w) {
		return true
	}
	for _, sw := range [][2]string{{"ence", "ense"}, {"our", "or"}, {"ise", "ize"}, {"yse", "yze"}, {"tre", "ter"}} {
		if stem, ok := strings.CutSuffix(w, sw[0]); ok && len(stem) > 2 && tag.Known(stem+sw[1]) {
			return true
		}
	}
	return false
}

// ModifiersFit reports that a generic phrase ("the interior ministry")
// may name org by its modifiers, as namesModifiers does for the tokens of
// a sentence: not when it gives a lower-case modifier org's name lacks
// while that name has a common word of its own ("Belaroque's foreign
// ministry").
func ModifiersFit(phrase, org string) bool {
	var ws []tok
	for _, w := range strings.Fields(phrase) {
		ws = append(ws, tok{text: w, lower: strings.ToLower(w), cap: startsUpper(w)})
	}
	return namesModifiers(ws, org)
}

// ownedByOther returns a body's phrase that opens with a capitalised
// owner's possessive no word of org's name holds ("Elmstead's board",
// "Vesk's defence ministry" after the Averland Defence Ministry): the
// body of that owner, not org. It returns "" for any other phrase, and
// for an owner org's name holds ("Averland's competition board").
func ownedByOther(np []tok, org string) string {
	w := dropDeterminers(np)
	i := 0
	for i < len(w)-1 && w[i].cap && !w[i].punct {
		low := strings.ReplaceAll(w[i].lower, "’", "'")
		owner, ok := strings.CutSuffix(low, "'s")
		if !ok && strings.HasSuffix(low, "s'") {
			owner, ok = strings.TrimSuffix(low, "'"), true
		}
		if ok {
			if strings.Contains(" "+Fold(org)+" ", " "+Fold(owner)+" ") {
				return ""
			}
			return joinText(w)
		}
		i++
	}
	return ""
}

// bodyOfModifier returns, for a role a body noun modifies ("a party
// spokesman", "a union official"), the body that spoke in the two
// sentences before, when it may be of that kind (a party may be any
// body; another kind must be the body's by its name or the noun that
// introduced it), else the body of that kind last named; or "".
func (a *article) bodyOfModifier(np []tok) string {
	// The modifier and the article before it, in the phrase or before it
	// in the sentence ("A party spokesman" read as "spokesman").
	whole := np
	if start := subjectStart(a.curToks, np); start >= 0 && start+len(np) <= len(a.curToks) {
		whole = a.curToks[max(0, start-2) : start+len(np)]
	}
	if len(whole) < 3 || whole[len(whole)-3].lower != "a" && whole[len(whole)-3].lower != "an" {
		return ""
	}
	mod := whole[len(whole)-2]
	if mod.cap && mod.lower != "party" || mod.lower != "party" && !bodyNouns[mod.lower] {
		return ""
	}
	b := a.lastBody
	if b != nil && b.Kind == Body && a.sent-a.lastBodyAt <= 2 && a.sent != a.lastBodyAt && startsUpper(b.Name) &&
		(mod.lower == "party" || a.orgKind[b.Name] == mod.lower || GenericOrg(mod.lower, []string{b.Name}) != "") {
		return b.Name
	}
	if mod.lower != "party" {
		return a.genericOrg(mod.lower) // "a union spokeswoman": the story's union's
	}
	return ""
}
