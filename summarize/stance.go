package summarize

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

// How a statement stands towards what another side says or does, read
// with the stance lexicon (lex.StanceOf): whether it denies a point the
// other affirms, and whether it turns on the other side by name.

// opposed reports two statements of which one denies near a point what
// the other affirms with no denial of its own, or refuses what the other
// demands of its side (see answers): two sides that both report a failure ("key disputes remained unresolved", "no path forward") are
// not at odds over it.
func opposed(a, b *statement, ta, tb tone, topic string) bool {
	da, db := denialNear(a.st.Text, topic), denialNear(b.st.Text, topic)
	if da == 0 && db == 0 {
		da, db = predicateDenied(a.st.Text, b.st.Text, topic), predicateDenied(b.st.Text, a.st.Text, topic)
	}
	switch {
	case da != 0 && db == 0:
		return !tb.denies && answers(a, da, assertionOf(b.st.Text, topic), topic)
	case db != 0 && da == 0:
		return !ta.denies && answers(b, db, assertionOf(a.st.Text, topic), topic)
	}
	return false
}

// answers reports a statement m whose denials (a set of stances) answer
// what the other side says of a point: a fact, or a demand that m's own
// side refuses ("demanded that the district publish the study", "the
// district refused to publish it"). A side that reports a third party's
// refusal ("the board has refused to engage") is at one with a side that
// urges the board to engage. A demand is refused too by a denial that
// the thing will be ("We are demanding an emergency budget", "There will
// be no emergency budget"): only who would give it says so.
func answers(m *statement, denials uint8, k assertion, topic string) bool {
	return k == asserted || k == demanded && (denials&(1<<lex.Refusal) != 0 && ownRefusal(m) || futureDenial(m.st.Text, topic))
}

// futureDenial reports a negation of the topic word in the future or a
// modal ("will be no emergency budget", "would not hold an inquiry",
// "won't publish the study").
func futureDenial(text, topic string) bool {
	toks := lex.Tokens(text)
	for i, t := range toks {
		if stemOf(t.Lower) != topic {
			continue
		}
		for j := i - 1; j >= max(0, i-negationReach); j-- {
			w := toks[j].Lower
			if w == "won't" || w == "won’t" {
				return true
			}
			if w != "no" && w != "not" && w != "never" && !strings.HasSuffix(w, "n't") && !strings.HasSuffix(w, "n’t") {
				continue
			}
			for k := j - 1; k >= max(0, j-3); k-- {
				if modalWords[toks[k].Lower] {
					return true
				}
			}
		}
	}
	return false
}

// modalWords put a negation in the future or a mood: a side that says
// what will not be done refuses it.
var modalWords = map[string]bool{"will": true, "would": true, "shall": true, "wo": true, "'ll": true, "’ll": true}

// firstPerson are the pronouns by which a side names itself.
var firstPerson = map[string]bool{"we": true, "i": true}

// ownRefusal reports a statement in which the speaker's side is the
// subject of a refusal: "we refuse", or a word of the side's name, the
// speaker's name or role a few words before it ("the district refused",
// said by the district's superintendent).
func ownRefusal(m *statement) bool {
	own := map[string]bool{}
	for _, s := range []string{m.party, m.speaker.Name, m.speaker.Role, m.speaker.Generic} {
		for _, w := range strings.Fields(strings.ToLower(s)) {
			if w = strings.Trim(w, ",.'’"); len(w) > 2 && !lex.IsStop(w) {
				own[w] = true
			}
		}
	}
	toks := lex.Tokens(m.st.Text)
	for j := range toks {
		if lex.StanceAt(toks, j) != lex.Refusal {
			continue
		}
		for i := max(0, j-subjectReach); i < j; i++ {
			if w := strings.TrimSuffix(toks[i].Lower, "'s"); firstPerson[w] || own[w] {
				return true
			}
		}
	}
	return false
}

// stanceMemoBytes bounds the memory of each memo of stances, or
// stanceArticleBytes for each article of a story of more than a few
// thousand.
const stanceMemoBytes, stanceArticleBytes = 4 << 20, 1 << 10

var (
	denialMemo    = lex.NewStoryMemo[uint8](stanceMemoBytes, stanceArticleBytes)
	assertionMemo = lex.NewStoryMemo[assertion](stanceMemoBytes, stanceArticleBytes)
)

// nonAssertive are the words that make what follows them no assertion
// ("any progress depended on", "if a deal is reached"), among them the
// words that open an embedded question, which asks and does not assert
// ("would look at how parents were consulted").
var nonAssertive = map[string]bool{"any": true, "if": true, "whether": true, "unless": true, "how": true, "why": true}

// assertion is how a statement speaks of a point.
type assertion uint8

const (
	asserted   assertion = iota // as a fact
	demanded                    // as what another side must do ("urged the board to engage")
	unasserted                  // under "any", "if" or "whether", or as advice or a wish
)

// assertionOf returns how a statement speaks of a point: as a fact; under
// a demand earlier in its clause; or not as a fact, under "any", "if",
// "whether" or a word of advice or wish ("advised people to keep out").
func assertionOf(text, topic string) assertion {
	return assertionMemo.Get(text+"\x00"+topic, func(string) assertion {
		toks := lex.Tokens(text)
		out := asserted
		for i, t := range toks {
			if stemOf(t.Lower) != topic {
				continue
			}
			switch assertionAt(text, toks, i) {
			case unasserted:
				return unasserted
			case demanded:
				out = demanded
			}
		}
		return out
	}, func(assertion) int { return 0 })
}

// gerundObjectReach is how far after "without" and its gerund a word of
// the gerund's object may stand ("without raising fares on the routes").
const gerundObjectReach = 4

// assertionAt returns how a statement says its i-th word: not as a fact
// under "any", "if", "whether" or a word of advice or wish earlier in its
// clause, nor as a gerund after "without" or a word of its object (which
// say how a thing is done, not that it is); else under a demand there;
// else as a fact.
func assertionAt(text string, toks []lex.Token, i int) assertion {
	if i > 0 && lex.DoubleNegation(toks[i-1].Lower) && lex.Gerund(toks[i].Lower) {
		return unasserted // "balance the budget without cutting teachers": how, not whether
	}
	for j := max(0, i-gerundObjectReach); j+1 < i; j++ {
		if lex.DoubleNegation(toks[j].Lower) && lex.Gerund(toks[j+1].Lower) && oneClause(text, toks[j], toks[i]) {
			return unasserted // "close the gap without raising fares": the fares, how, not whether
		}
	}
	if hypothetical(text, i) {
		return unasserted // "a guilty plea would ruin his life": no plea there is
	}
	out := asserted
	for j := max(0, i-negationReach); j < i; j++ {
		w := toks[j].Lower
		switch {
		case (nonAssertive[w] || lex.Directive(w)) && oneClause(text, toks[j], toks[i]):
			return unasserted
		case lex.StanceOf(w) == lex.Demand && oneClause(text, toks[j], toks[i]):
			out = demanded
		}
	}
	return out
}

// hypothetical reports the i-th word of a text in an indefinite noun
// phrase that is the subject of a verb of condition ("a guilty plea
// would ruin his life", "a strike could close the port"): the phrase
// speaks of a thing that may be, not of one that is, and asserts nothing
// of it.
func hypothetical(text string, i int) bool {
	s := tagged(text)
	first := i
	for first > 0 && i-first < 3 && (s.tags[first-1].Adjective() || s.tags[first-1] == tag.NN) {
		first--
	}
	if first == 0 || s.toks[first-1].Lower != "a" && s.toks[first-1].Lower != "an" {
		return false
	}
	head := i
	for head+1 < len(s.toks) && head-i < 2 && s.tags[head+1].Noun() {
		head++
	}
	return head+1 < len(s.toks) && lex.Conditional(s.toks[head+1].Lower) && oneClause(text, s.toks[i], s.toks[head+1])
}

// negationReach is how many words from the point a denial may stand and
// still be about it ("no agreement was reached on territorial matters").
const negationReach = 12

// denialNear returns the stances (a bit for each) of the words of
// negation, denial, rejection or refusal near where a statement speaks of
// a point, or 0 when none is. "Not only" adds rather than denies.
func denialNear(text, topic string) uint8 {
	return denialMemo.Get(text+"\x00"+topic, func(string) uint8 {
		s := tagged(text)
		toks := s.toks
		var out uint8
		for i, t := range toks {
			if stemOf(t.Lower) != topic || otherReferent(toks, i) {
				continue
			}
			for j := max(0, i-negationReach); j < len(toks) && j <= i+negationReach; j++ {
				if j > i && negatedInfinitive(toks, j) {
					continue // "advised passengers not to travel": the point is no part of what is denied
				}
				if denies(text, toks, j) && oneClause(text, toks[min(i, j)], toks[max(i, j)]) && !outOfScope(text, s, j, i) {
					out |= 1 << lex.StanceAt(toks, j)
				}
			}
		}
		return out
	}, func(uint8) int { return 0 })
}

// otherReferent reports the i-th word named under "other" or "another"
// ("not possible on other platforms", "no other union"), or as someone's
// own ("not to run their own inquiry"): other things of its kind, so that denying it of them denies nothing of the one the
// other side speaks of.
func otherReferent(toks []lex.Token, i int) bool {
	for j := i - 1; j >= max(0, i-2); j-- {
		if w := toks[j].Lower; w == "other" || w == "another" || w == "own" && j > 0 && lex.Possessive(toks[j-1].Lower) {
			return true
		}
	}
	return false
}

// negatedInfinitive reports a negation at the j-th word that negates the
// infinitive after it ("not to travel"), whose scope is that infinitive's
// phrase alone.
func negatedInfinitive(toks []lex.Token, j int) bool {
	return j+1 < len(toks) && toks[j+1].Lower == "to" && lex.StanceOf(toks[j].Lower) == lex.Negation
}

// oneClause reports two words of a text with no clause break between them
// (a comma, semicolon, colon, dash, "where"/"which", or "why"/"how"
// opening an embedded question), so that a denial
// speaks of the point: "breached none of its obligations", not "won't have
// the funds, where ... obligations".
func oneClause(text string, a, b lex.Token) bool {
	if a.End >= b.Start {
		return true // one word
	}
	between := text[a.End:b.Start]
	if strings.ContainsAny(between, ";:—–") {
		return false
	}
	// A quotation of two sentences: "asked them to test the river. They
	// never came."
	if strings.ContainsAny(between, ".!?") && len(lex.Sentences(strings.Map(unquoted, between))) > 1 {
		return false
	}
	// A comma ends the clause unless a list of what it speaks of follows
	// ("no compromise on fundamental issues, including territorial
	// concessions").
	for rest := between; ; {
		i := strings.IndexByte(rest, ',')
		if i < 0 {
			break
		}
		rest = rest[i+1:]
		if f := strings.Fields(rest); len(f) == 0 || !listOpeners[strings.ToLower(f[0])] {
			return false
		}
	}
	for _, w := range strings.Fields(strings.ToLower(between)) {
		if w == "where" || w == "which" || w == "while" || w == "whereas" {
			return false
		}
		// A question a negated verb takes is no denial of what it asks
		// about: "does not explain why the imports surged", "do not know
		// what the reason is".
		if w == "why" || w == "how" || w == "what" {
			return false
		}
		// A subordinate clause is a clause of its own: "had no room to
		// raise it because the money was simply not there".
		if lex.Subordinator(strings.Trim(w, "\"'“”‘’()")) {
			return false
		}
	}
	return true
}

// unquoted drops quotation marks, so that the sentences a quotation holds
// are told apart.
func unquoted(r rune) rune {
	switch r {
	case '"', '“', '”', '‘', '’':
		return -1
	}
	return r
}

// listOpeners open a list of what a clause speaks of after a comma.
var listOpeners = map[string]bool{"including": true, "such": true, "particularly": true, "especially": true,
	"notably": true, "namely": true}

// denies reports the j-th word a word of negation, denial, rejection or
// refusal that is not itself denied ("had not dismissed"), does not add
// ("not only") and, if a negation, is not undone (see undone).
func denies(text string, toks []lex.Token, j int) bool {
	switch lex.StanceAt(toks, j) {
	case lex.Negation:
		if j+1 < len(toks) && toks[j+1].Lower == "only" {
			return false // "not only": adds
		}
		if undone(text, toks, j) {
			return false
		}
		// "had not dismissed": a denial denied affirms.
		for k := j + 1; k < len(toks) && k <= j+2; k++ {
			if st := lex.StanceOf(toks[k].Lower); st == lex.Denial || st == lex.Rejection || st == lex.Refusal {
				return false
			}
		}
		return true
	case lex.Denial, lex.Rejection, lex.Refusal:
		for k := max(0, j-2); k < j; k++ {
			if lex.StanceOf(toks[k].Lower) == lex.Negation {
				return false
			}
		}
		return true
	}
	return false
}

// undoReach is how many words after a negation a word of its clause may
// stand and still undo it ("not one patient in intensive care will go
// without").
const undoReach = negationReach

// undone reports a negation at the j-th word that denies no fact: one a
// second negation affirms ("not one patient will go without a nurse"),
// a condition makes a promise or threat ("not a single crate moves until
// we are paid"), an exception affirms ("nothing other than a storm"), a
// negated belief negates it again ("cannot believe they would not"), or
// a comparative makes a superlative ("nothing matters more than");
// "without" after a negation, which it affirms; and "without" before a gerund, which says how a thing is done, not whether
// it is ("the only way to close the gap without cutting service").
func undone(text string, toks []lex.Token, j int) bool {
	w := toks[j].Lower
	if lex.DoubleNegation(w) && j+1 < len(toks) && lex.Gerund(toks[j+1].Lower) {
		return true // "a way to close the gap without cutting service": how, not whether
	}
	if lex.DoubleNegation(w) {
		for k := max(0, j-undoReach); k < j; k++ {
			if lex.StanceOf(toks[k].Lower) == lex.Negation && !lex.DoubleNegation(toks[k].Lower) && oneClause(text, toks[k], toks[j]) {
				return true
			}
		}
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+undoReach; k++ {
		if (lex.Undoes(toks[k].Lower) || lex.Exception(toks, k)) && oneClause(text, toks[j], toks[k]) {
			return true
		}
	}
	if negatedBelief(text, toks, j) {
		return true
	}
	// "would go to a tribunal if the filling did not stop": a negation in
	// a condition states no fact.
	for k := j - 1; k >= 0 && k >= j-conditionReach; k-- {
		if w := toks[k].Lower; (w == "if" || w == "unless") && oneClause(text, toks[k], toks[j]) {
			return true
		}
	}
	// "nothing matters more to us than": a comparative soon after and
	// "than" after it.
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if !lex.Comparative(toks[k].Lower) {
			continue
		}
		for l := k + 1; l < len(toks) && l <= k+4; l++ {
			if toks[l].Lower == "than" {
				return true
			}
		}
	}
	return false
}

// conditionReach is how many words before a negation "if" or "unless"
// may open the condition it stands in.
const conditionReach = negationReach

// subjectReach is how many words before a negation or refusal the side
// that does not or will not may be named ("Ford has not", "the union
// refuses").
const subjectReach = 4

// auxiliaries are the verbs that may stand between a subject and "not".
var auxiliaries = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"had": true, "does": true, "did": true, "do": true, "will": true, "would": true, "can": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "still": true, "also": true, "simply": true}

// counterReach is how many words after "rather than" or "instead of" the
// other side may be named as the subject of what it did instead.
const counterReach = 8

// counterfactual reports "rather than" or "instead of" at the j-th word.
func counterfactual(words []string, j int) bool {
	return j+1 < len(words) && (words[j] == "rather" && words[j+1] == "than" || words[j] == "instead" && words[j+1] == "of")
}

// subject reports the i-th word a subject, not a name joined to another
// ("between Putin and Trump were not") or after a preposition.
func subject(words []string, i int) bool {
	if i == 0 {
		return true
	}
	switch words[i-1] {
	case "and", "or", "between", "with", "of", "by", "for", "to", "from", "on", "at", "in", "than":
		return false
	}
	return true
}

func auxiliariesOnly(words []string) bool {
	for _, w := range words {
		if !auxiliaries[w] {
			return false
		}
	}
	return true
}

// placePrepositions name a place, not a side aimed at: "crossed from
// Ukraine", "strikes in Yemen".
var placePrepositions = map[string]bool{"from": true, "in": true, "into": true, "across": true, "at": true,
	"near": true, "inside": true, "within": true, "through": true, "toward": true, "towards": true}

// victim reports a side named as what an act was done to: after "on" or
// "against" that follow an act ("the attack on Houthis", "aggression
// against Yemen"), never after a verb of blame ("blamed the fire on the
// company", where the company is accused).
func victim(folded []string, i int) bool {
	if i < 2 || folded[i-1] != "on" && folded[i-1] != "against" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if st := lex.StanceOf(folded[k]); st == lex.Accusation && blameVerbs[folded[k]] {
			return false
		}
	}
	return true
}

// blameVerbs put a fault on someone, who is the object of "on".
var blameVerbs = map[string]bool{"blame": true, "blamed": true, "blames": true, "blaming": true}

// targetReach is how many words from a word of accusation, denial or
// rejection the side it is aimed at may be named ("called the union's
// decision grossly irresponsible").
const targetReach = 8

// turnsOn returns the statement of claim w that takes a stand against the
// side named by words: one that names the side and accuses, denies or
// rejects, or one where the side is the subject of a negation or refusal
// ("Ford refuses to make further movement"); nil if none does.
func turnsOn(w *claimWords, words []string) *statement {
	if !slices.ContainsFunc(words, func(x string) bool { return w.words[x] }) {
		return nil // the claim never names the side
	}
	key := strings.Join(words, "\x00")
	if m, ok := w.turns[key]; ok {
		return m
	}
	m := turnsOnNamed(w, words)
	w.turns[key] = m
	return m
}

// turnsOnNamed is turnsOn for a claim that names the side somewhere.
func turnsOnNamed(w *claimWords, words []string) *statement {
	for _, m := range w.c.members {
		tn := w.tone[m]
		named := make([]bool, len(tn.folded))
		any := false
		var s taggedWords
		for i, f := range tn.folded {
			if !slices.Contains(words, f) {
				continue
			}
			if s.toks == nil {
				s = tagged(m.st.Text)
			}
			named[i] = !inCompound(s, i)
			any = any || named[i]
		}
		if !any {
			continue
		}
		for j, st := range tn.stances {
			switch st {
			case lex.Accusation, lex.Denial, lex.Rejection:
				if chargedAct(tn.folded, j) {
					continue
				}
				for i := max(0, j-targetReach); i < len(named) && i <= j+targetReach; i++ {
					if named[i] && (i == 0 || !placePrepositions[tn.folded[i-1]] && !victim(tn.folded, i)) &&
						(i > j && afterInClause(m.st.Text, j, i) && !ofAnotherNoun(s, named, i, j) && !pastAccused(tn.folded, st, j, i) || i < j && !accuser(m.st.Text, i, j)) {
						return m
					}
				}
			case lex.Negation, lex.Refusal:
				// The side is the subject: "Twitter failed or
				// refused"; "but Ford has not", with only auxiliaries
				// between the name and a negation, and a reporter's
				// contrast or a word against it in the statement.
				for i := max(0, j-subjectReach); i < j; i++ {
					if named[i] && subject(tn.folded, i) && (st == lex.Refusal || auxiliariesOnly(tn.folded[i+1:j]) && (tn.contrast || tn.against)) {
						return m
					}
				}
			case lex.Contrast:
				// "Rather than continuing to negotiate, the union has
				// put us on a course...": what the other side did,
				// set against what the speaker would have had.
				if !counterfactual(tn.folded, j) {
					continue
				}
				for i := j + 2; i < len(named) && i <= j+counterReach; i++ {
					if named[i] && subject(tn.folded, i) {
						return m
					}
				}
			}
		}
	}
	return nil
}

// pastAccused reports a side named at the i-th word after a verb of
// accusation at the j-th past the one it accuses, its object: "accused
// Maskan of ignoring warnings about the bank" charges Maskan, not the
// bank: the accused stands before any preposition after the verb
// ("accused the government of", "accusations against the board over").
func pastAccused(folded []string, st lex.Stance, j, i int) bool {
	if st != lex.Accusation {
		return false
	}
	for k := j + 1; k < i; k++ {
		if objectPrepositions[folded[k]] {
			return true
		}
	}
	return false
}

// objectPrepositions, between a verb of accusation and a side named after
// it, show the side is no object of the verb ("accused Maskan of
// ignoring warnings about the bank").
var objectPrepositions = map[string]bool{"of": true, "about": true, "over": true, "on": true, "in": true, "with": true, "at": true, "for": true}

// ofAnotherNoun reports a side named at the i-th word in an "of" phrase
// of a noun other than the word of accusation at the j-th: "breached the
// rules of the Global Commerce Organization" charges whoever breached
// them, not the organisation; "critical of the union", "accused of" and
// "the boss of Wagner Group" keep their target.
func ofAnotherNoun(s taggedWords, named []bool, i, j int) bool {
	k := i - 1
	for k >= 0 && named[k] {
		k-- // the name's first word
	}
	if k >= 0 && s.toks[k].Lower == "the" {
		k--
	}
	if k < 1 || s.toks[k].Lower != "of" || k-1 == j {
		return false
	}
	head := s.toks[k-1].Lower
	// "the boss of Wagner Group", "members of the union": its people.
	return s.tags[k-1].Noun() && !attrib.IsRoleWord(head) && !attrib.IsPersonNoun(head)
}

// chargePrepositions open the act a person is charged with, pleads to or
// is held for ("pleaded guilty to threatening", "charged with
// attacking", "jailed for threatening").
var chargePrepositions = map[string]bool{"to": true, "with": true, "for": true, "of": true}

// chargedAct reports a word of accusation at the j-th word that is a
// gerund after a preposition, which names an act someone is charged with
// or owns up to ("pleaded guilty to threatening a federal official"),
// not a stand the speaker takes against whom it names.
func chargedAct(folded []string, j int) bool {
	return j > 0 && lex.Gerund(folded[j]) && chargePrepositions[folded[j-1]]
}

// stemOf returns the one term a word gives, or "" when it gives none or
// more than one.
func stemOf(w string) string {
	return stemMemo.Get(w, func(w string) string {
		if ts := terms(strings.TrimSuffix(w, "'s")); len(ts) == 1 {
			return ts[0]
		}
		return ""
	}, func(s string) int { return len(s) })
}

// stemMemo keeps the term of each word: the disputes read the words of
// the same statements for each pair of claims.
var stemMemo = lex.NewMemo[string](stemMemoBytes)

// stemMemoBytes bounds the memory of the terms of words kept: a large
// vocabulary.
const stemMemoBytes = 2 << 20
