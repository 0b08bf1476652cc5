package attrib

// A definite description of a kind of body ("the company", "the union",
// "the ministry") refers to the body of its kind the article has most
// recently mentioned, as coreference goes by mention recency, once another
// speaker has taken the floor from the body that spoke before: in "Tarnco
// said ... Ada Renn accused Vell Freight of lying. The company denied the
// allegations", the company is Vell Freight, not Tarnco. While the body
// that spoke is still the last speaker, it goes on ("Orvik Motors said
// ... Its rival, Brannock Motors, settled ... the company said" is Orvik
// Motors): see the bodyNouns case of resolveGeneric.

import (
	"slices"
	"strings"
)

// bodyOfKindNamedSince returns the organisation of the kind head names
// that the article mentioned last, outside quotations, since the last
// statement, in the sentence before or in the sentence being read before
// the description np, when someone other than the body that spoke last
// (lastBody) has spoken since it did. It returns "" when no body of the
// kind was mentioned since, or when the body so mentioned is the one that
// spoke.
func (a *article) bodyOfKindNamedSince(np []tok, head string) string {
	b := a.lastBody
	if b == nil || b.Kind != Body || a.lastSpeaker == nil || a.lastStated <= a.lastBodyAt || a.lastStated >= a.sent {
		return ""
	}
	from := max(a.sent-1, a.lastStated)
	found := ""
	for k := from; k <= a.sent; k++ {
		toks := a.curToks
		end := phraseAt(toks, np)
		if k < a.sent {
			toks = a.tokens(a.sentences[k])
			end = len(toks)
		}
		if end < 0 {
			continue
		}
		for _, org := range a.orgsIn(toks[:end]) {
			if a.ofKind(org, head) {
				found = org
			}
		}
	}
	if found == "" || Fold(found) == Fold(b.Name) || a.findOrg(b.Name) == found {
		return ""
	}
	if at := phraseAt(a.curToks, np); at >= 0 && slices.Contains(a.orgsIn(a.curToks[at+len(np):]), found) {
		return "" // "The company said Vell Freight had lied": another body
	}
	return found
}

// orgsIn returns, in order, the organisations the article registered that
// a run of capitalised words outside quotations names, by the whole name
// or its first words ("Big Machine" for Big Machine Records); a person's
// surname on its own is none.
func (a *article) orgsIn(toks []tok) []string {
	var out []string
	for i := 0; i < len(toks); {
		if !toks[i].cap || toks[i].punct || toks[i].quote > 0 {
			i++
			continue
		}
		j := i
		for j < len(toks) && (toks[j].cap && !toks[j].punct && toks[j].quote == 0 ||
			toks[j].lower == "of" && j+1 < len(toks) && toks[j+1].cap && toks[j+1].quote == 0) {
			j++ // "Ministry of Finance"
		}
		run := toks[i:j]
		if i == 0 && isFunctionWord(run[0].lower) {
			run = run[1:]
		}
		i = j
		if len(run) == 0 {
			continue
		}
		if _, person := a.persons[surnameKey(run[0].text)]; person && len(run) == 1 {
			continue // "Clark" for Ada Clark, not Clark Freight
		}
		name := strings.TrimSuffix(strings.TrimSuffix(joinText(run), "'s"), "’s")
		if org := a.findOrg(name); org != "" {
			out = append(out, org)
		}
	}
	return out
}

// ofKind reports an organisation that a description headed by the body
// noun head may stand for: one the article calls by that noun, one whose
// name says that kind ("Vell Freight Group" for "the company"), or, for a
// business noun, one whose name and the article say no kind at all.
func (a *article) ofKind(org, head string) bool {
	kind := a.orgKind[org]
	if kind == head || GenericOrg(head, []string{org}) != "" {
		return true
	}
	f := strings.Fields(Fold(org))
	return firmNouns[head] && (kind == "" || firmNouns[kind]) && !orgHeads[f[len(f)-1]]
}
