package attrib

// Where the speaker of a cue stands: the noun phrase before it, after it
// when the order is inverted, its appositive role, and the clauses and
// parentheses skipped on the way.

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// sentenceAdverbs open a sentence without being its subject.
var sentenceAdverbs = setOf("so", "thus", "then", "also", "and", "but", "yet", "now", "here", "there", "as")

// inverted reports a cue verb that follows a quotation or a comma after
// one: `"...," said Brandt`.
func inverted(toks []tok, v int) bool {
	i := v - 1
	if i >= 0 && toks[i].punct && toks[i].text == "," {
		i--
	}
	return i >= 0 && toks[i].quote > 0
}

// questioned reports a subject that follows "whether" or "if": the
// clause is a question put to the speaker, not what they said.
func questioned(toks []tok, np []tok) bool {
	for i := range toks {
		if &toks[i] == &np[0] {
			return i > 0 && (toks[i-1].lower == "whether" || toks[i-1].lower == "if")
		}
	}
	return false
}

// relativeStart returns the comma that opens a relative clause (", which
// ...", ", who ...") closed by the comma at end, or -1.
func relativeStart(toks []tok, end int) int {
	for c := end - 2; c > 0 && end-c < 40; c-- {
		if toks[c].quote > 0 || toks[c].punct && toks[c].text != "," && toks[c].text != "." {
			return -1
		}
		if toks[c].text == "," && c+1 < end && (toks[c+1].lower == "which" || toks[c+1].lower == "who" || toks[c+1].lower == "whose") {
			return c
		}
	}
	return -1
}

// invertedAfterClause reports a plain cue after a comma that ends a
// reported clause, with a name after it and nothing more: "Talks will
// go on, said Peskov." or "..., said Peskov, adding ...".
func invertedAfterClause(toks []tok, v int) bool {
	if v < 3 || toks[v-1].text != "," {
		return false
	}
	if name, _ := invertedName(toks, v+1); len(name) > 0 {
		return true // "..., says certified planner Ola Brandt."
	}
	np := rightNP(toks, v+1)
	end := v + 1 + len(np)
	return len(np) > 0 && len(np) <= 6 && (np[0].cap || np[0].lower == "the" || roleThenName(np)) &&
		(end >= len(toks) || toks[end].punct)
}

// roleThenName reports a noun phrase of lower-case words that describe
// a name after them, and the name: "study co-author Ana Solberg", "union
// organiser Tom Reyes".
func roleThenName(np []tok) bool {
	i := 0
	for i < len(np) && !np[i].cap {
		if isFunctionWord(np[i].lower) || np[i].quote > 0 {
			return false
		}
		i++
	}
	for _, t := range np[i:] {
		if !t.cap {
			return false
		}
	}
	return i > 0 && len(np)-i >= 2
}

// appositivePunct may stand inside an appositive role: "a spokesman for
// Yemen's Ansar Allah (Houthi) rebel movement", "chair — since May — of".
var appositivePunct = setOf("—", "–", "(", ")")

// leftNP returns the noun phrase that is the subject of the cue verb at v,
// with a role from an appositive ("X, ROLE, said").
func leftNP(toks []tok, v int) ([]tok, string, bool) {
	i := v - 1
	for i >= 0 && adverbBeforeCue(toks[i]) {
		i--
	}
	if i < 0 || toks[i].quote > 0 {
		return nil, "", false
	}
	if np, role, ok := whoAntecedent(toks, i); ok && plainCues[toks[v].lower] && lemmaOf(toks[v].lower) != "write" {
		return np, role, true // not "James Rigney, who wrote as Robert Jordan"
	}
	// "Lt. Mira Sandor, a spokeswoman for Operation Lantern, the joint
	// patrol against smugglers, told": a chain of appositives.
	if c, ok := appositiveChain(toks, i); ok && (c.appositives >= 2 || c.leader || c.postFirst || dashes[toks[i].text]) {
		return c.name, c.role, true
	}
	role := ""
	// "The union, which represents 160,000 actors, said": the relative
	// clause is skipped, and its subject is the phrase before it.
	if toks[i].text == "," {
		if c := relativeStart(toks, i); c > 0 {
			// "Marek Szell, who lectures in computer security, said": the
			// clause says what he does, a commentator's role; "Liv
			// Haugen, who farms 90 cows and chairs the federation's
			// Selvik branch, said": the post it gives, unless a title
			// before the name gives one ("Council member Carla Jansen,
			// who led the opposition,").
			if v := c + 2; v+1 < i && (toks[v].lower == "now" || toks[v].lower == "also") && scholarVerbs[toks[v+1].lower] {
				role = roleText(toks[c+1 : i]) // "who now advises event organisers on security"
			} else if c+2 < i && scholarVerbs[toks[c+2].lower] && scholarsClause(toks[c+2:i]) {
				role = roleText(toks[c+1 : i])
			} else if k := heldPostAt(toks[c+1 : i]); k > 0 && !titledName(collectLeft(toks, c-1)) {
				role = roleText(toks[c+1+k : i])
			}
			i = c - 1
		}
	}
	if toks[i].text == "," {
		if i > 0 && toks[i-1].quote > 0 {
			return nil, "", false
		}
		k := i - 1
		for k >= 0 && toks[k].text != "," && toks[k].quote == 0 && !(toks[k].punct && !appositivePunct[toks[k].text] && !titleDot(toks, k)) && i-k < 18 {
			k--
		}
		if k <= 0 || toks[k].text != "," {
			return chainOnly(toks, i)
		}
		seg := toks[k+1 : i]
		if clauseSegment(seg) {
			// "Rain falls on Kallisto, but the poles are drier, said
			// Ana Solberg": a clause between the commas, not an
			// appositive, so the speaker is not before it.
			return nil, "", false
		}
		role = roleText(seg)
		i = k - 1
		i = skipParenthetical(toks, i)
		// "Northwind's chair, Helen Strand, said": the name is between the
		// commas and the role before them.
		// The phrase before the commas, back to the clause start, is
		// the role: "The head of the UN mission, Maria Olsen, said".
		j := i
		for j > 0 && !toks[j-1].punct && toks[j-1].quote == 0 && i-j < 10 {
			j--
		}
		// A name ending a relative clause there is no speaker: "The
		// company that runs the Vell Awards, Orla Sound, denies".
		if i >= 0 && (isName(untitledSeg(seg)) && (!toks[i].cap || roleOpening(toks[j:i+1])) || capitalRun(seg) && relativeDescription(toks[j:i+1])) {
			return seg, joinText(dropDeterminers(dropConjunctions(toks[j : i+1]))), true
		}
	}
	i = skipParenthetical(toks, i)
	np := kindBeforeName(collectLeft(toks, i))
	if start := i - len(np) + 1; len(np) > 0 && (placeObject(toks, start) || placeIn(toks, start)) {
		// "killed when the flight plunged into farmland east of Korva on
		// Tuesday have accused": a place a preposition of place takes is
		// no subject ("Protesters ... outside the Vell Embassy said": the
		// subject is before it).
		np = nil
	}
	if start := i - len(np) + 1; role == "" && len(np) > 0 && start > 0 && objectPrepositions[toks[start-1].lower] {
		if head := prepositionalSubject(toks, start-1); len(head) > 0 {
			// "The star witness in the trial of former minister Dorian
			// Pask says": the name is the object of a preposition; the
			// subject is the person the phrase opens with.
			return head, "", true
		}
	}
	if role != "" {
		// "Ada Renn, an analyst at Northfield, the Carrow-based
		// research firm, told": the commas held the firm's
		// description; the firm is the object of "at" in the name's own
		// appositive, and the name before it speaks.
		if name, r, ok := nestedAppositive(toks, i-len(np)+1, i); ok {
			return name, r, true
		}
	}
	if head, link, ok := modifiedSubject(toks, i); ok && (len(np) == 0 || !affiliationLinks[toks[link].lower]) {
		// "Scientists using a telescope atop Mount Verrin have
		// confirmed", "Two people familiar with the talks said": the
		// subject is the noun before its modifier, which, when it says
		// whom they work for or know, is their role.
		if affiliationLinks[toks[link].lower] {
			role = joinText(toks[link : i+1])
		}
		return head, role, true
	}
	if len(np) == 0 {
		np = epithetLeft(toks, i) // "The 52-year-old said"
	}
	if len(np) == 0 {
		np = reducedRelative(toks, i)
	}
	if len(np) == 0 {
		np = definiteNoun(toks, i) // "The glaciologist said"
	}
	if len(np) == 0 {
		np = definiteNouns(toks, i) // "In a statement, the coast guard said": a body named before, by its last words
	}
	if !hasCap(np) {
		// "Arvid Kostel of the Belgoran general staff said": a name, then
		// "of" and the body it belongs to.
		for k := i; k > 0 && i-k < 8 && !toks[k].punct && toks[k].quote == 0; k-- {
			if toks[k].lower == "of" && toks[k-1].cap {
				if head := collectLeft(toks, k-1); len(head) > 0 {
					return append(append([]tok(nil), head...), toks[k:i+1]...), role, true
				}
			}
		}
	}
	if len(np) == 0 {
		return nil, "", false
	}
	// "Varenia and Belgora accused each other": two speakers, no one claim.
	// "Drescher and Crabtree-Ireland wrote in their statement": a joint
	// statement, which, when the two are not both people the article
	// names (pairSubject), is the first-named speaker's as much as the
	// other's.
	if start := i - len(np) + 1; start >= 2 && toks[start-1].lower == "and" && roleWords[np[0].lower] && hasCap(np) {
		if first := collectLeft(toks, start-2); len(first) > 0 && titlesOnly(first) {
			// "chairman, CEO and president Ivo Marsh said": the titles
			// of one person before the name, which are the role.
			return np, titlesBefore(toks, start-2), true
		}
	}
	if start := i - len(np) + 1; start >= 2 && toks[start-1].lower == "and" && toks[start-2].cap {
		// "Employment and Workplace Relations Minister Rachel Denholm
		// said": the portfolios of one minister, not two speakers.
		if first := collectLeft(toks, start-2); len(first) > 0 && remitAnd(toks, start-1-len(first), start-1, i+1) {
			whole := toks[start-1-len(first) : i+1]
			if of := slices.IndexFunc(whole, func(t tok) bool { return t.lower == "of" }); of > 0 && postOf(whole[of-1]) && departmentAndName(whole[of+1:]) {
				// "Minister of Environment and Water Teodor Valsic said":
				// the post and its remit, then the name.
				return whole[len(whole)-2:], joinText(whole[:len(whole)-2]), true
			}
			return whole, role, true
		}
		if reciprocal(toks, v) || slices.ContainsFunc(np, func(t tok) bool { return orgHeads[strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s")] }) {
			return nil, "", false // "The National Waters and Environment Agency": one name
		}
		if first := collectLeft(toks, start-2); len(first) > 0 && hasCap(first) {
			return first, role, true
		}
		return nil, "", false
	}
	return np, role, true
}

// titlesOnly reports words that are all words of titles ("CEO",
// "chief executive").
func titlesOnly(ts []tok) bool {
	for _, t := range ts {
		if !roleWords[t.lower] || determiners[t.lower] {
			return false
		}
	}
	return true
}

// titleJoin reports a comma or "and" between two titles of one person:
// "chairman, CEO and president Ivo Marsh".
func titleJoin(toks []tok, k int) bool {
	return (toks[k].text == "," || toks[k].lower == "and") && k > 0 && k+1 < len(toks) &&
		roleWords[toks[k-1].lower] && !determiners[toks[k-1].lower] && roleWords[toks[k+1].lower] && !determiners[toks[k+1].lower] &&
		!honorifics[toks[k+1].lower] // "secretary-general, Dr Livia Banner": the name's title
}

// honorifics are titles of address, which hold no post.
var honorifics = setOf("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame")

// titlesBefore returns the titles before "and" of a person whose
// first titles end at k, back over commas: "chairman, CEO" of "chairman,
// CEO and president Ivo Marsh".
func titlesBefore(toks []tok, k int) string {
	j := k
	for j > 0 && (roleWords[toks[j-1].lower] && !determiners[toks[j-1].lower] || toks[j-1].text == "," && j > 1 && roleWords[toks[j-2].lower]) {
		j--
	}
	return joinText(toks[j : k+1])
}

// nestedAppositive finds "NAME, ROLE at BODY," where BODY runs from
// start to end: the name and its role, or false.
func nestedAppositive(toks []tok, start, end int) ([]tok, string, bool) {
	if start < 2 || end < start {
		return nil, "", false
	}
	switch toks[start-1].lower {
	case "at", "of", "for", "with", "from":
	default:
		return nil, "", false
	}
	c := start - 2
	for c >= 0 && toks[c].text != "," && start-c <= maxRoleWords {
		if toks[c].punct || toks[c].quote > 0 {
			return nil, "", false
		}
		c--
	}
	if c <= 0 || toks[c].text != "," {
		return nil, "", false
	}
	name := collectLeft(toks, c-1)
	if !isName(name) {
		return nil, "", false
	}
	return name, roleText(toks[c+1 : end+1]), true
}

// maxRoleWords is how long the role of a nested appositive may be ("a
// senior military analyst at").
const maxRoleWords = 10

// affiliationLinks open a modifier after a subject's head that says whom
// they belong to or speak for ("engineers working for Norwood Rail",
// "people close to him"); locationLinks one that says where they are or
// what they know ("people familiar with the talks"), which is no part of
// whose side they are on.
var (
	affiliationLinks = setOf("working", "employed", "speaking", "representing", "close", "at", "for",
		"from", "with", "of", "in")
	locationLinks = setOf("atop", "outside", "inside", "near", "beside", "across", "around", "behind",
		"under", "above", "below", "along", "on", "using", "carrying", "holding", "wearing", "standing",
		"marching", "gathered", "waving", "familiar", "briefed", "involved",
		// who put the question to them: "former officers interviewed by
		// FSR", "suppliers contacted by HealthTech Bulletin"
		"interviewed", "contacted", "polled", "surveyed", "questioned", "approached", "consulted")
)

// modifiedSubject finds a subject whose head noun, opening the clause
// that ends at i, has a modifier after it: "Scientists using a telescope
// atop Mount Verrin", "Two people familiar with the Harlow talks". It
// returns the head (with its determiner or number) and where the
// modifier starts.
func modifiedSubject(toks []tok, i int) ([]tok, int, bool) {
	c := i
	for c > 0 && !toks[c-1].punct && toks[c-1].quote == 0 {
		c--
	}
	h := c
	if h < i && (nounMarkers[toks[h].lower] || quantifiers[toks[h].lower] || startsFigure(toks[h].text) || numberWords[toks[h].lower]) {
		h++
	}
	// "Tarnco engineers working on the line": a name may modify the head.
	k := h
	for k < i && k-h < maxNameModifiers && toks[k].cap && !headNoun(toks[k].lower) {
		k++
	}
	if k > h && k < i && headNoun(toks[k].lower) {
		h = k
	}
	start := h
	for h < i && h-start < 2 && headNoun(toks[h].lower) {
		h++
	}
	if h == start || h >= i {
		return nil, 0, false
	}
	link := toks[h].lower
	if !affiliationLinks[link] && !locationLinks[link] {
		return nil, 0, false
	}
	for _, t := range toks[h : i+1] {
		if clauseWords[t.lower] || t.lower == "who" || t.lower == "that" || t.lower == "which" || t.quote > 0 {
			return nil, 0, false
		}
	}
	return toks[c:h], h, true
}

// kindBeforeName drops a lowercase noun of a body's kind before a body's
// name of two words or more that ends in a body's head ("the
// environmental group Agua Viva Foundation said"): the name speaks, and
// the noun only says what it is.
func kindBeforeName(np []tok) []tok {
	if len(np) < 3 || np[0].cap || !bodyNouns[np[0].lower] || !np[1].cap || !orgHeads[np[len(np)-1].lower] {
		return np // "group Yevgeny Prigozhin": a person, whose body comes before
	}
	for _, t := range np[1:] {
		if !t.cap && !isConnector(t.lower) {
			return np // "officials Kyiv sent": no name after a kind
		}
	}
	return np[1:]
}

// placeIn reports a phrase at start that "in" takes after the noun it
// places ("Doctors at the hospital in Tacloban said", "Researchers at the
// University of Lund in Sweden said"): where the subject is, never the
// subject. A phrase that opens with "in" lost its head ("the hospital")
// on the way left.
func placeIn(toks []tok, start int) bool {
	if toks[start].lower == "in" {
		return true
	}
	return start > 1 && toks[start-1].lower == "in" && !toks[start-2].punct && toks[start-2].quote == 0
}

// maxNameModifiers is how many capitalised words may stand before the head
// of a modified subject ("Vantor Space Office scientists" would be three:
// a longer run is a name, not a modifier).
const maxNameModifiers = 2

// numberWords count a group: "two people familiar with the talks"; one
// that opens a sentence is no word of a name after it ("Two Tesselmark
// soldiers died").
var numberWords = setOf("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"twenty", "thirty", "forty", "fifty", "dozens", "hundreds", "thousands")

// headNoun reports a noun that heads a group of speakers: "officials",
// "people", "scientists", "the union".
func headNoun(w string) bool {
	return unnamedHeads[w] || bodyNouns[w] || occupations[w] || occupations[strings.TrimSuffix(w, "s")]
}

// clauseWords open a clause or make one finite: a stretch between commas
// that holds one is a clause of the sentence, not an appositive.
var clauseWords = setOf("but", "and", "or", "yet", "while", "although", "though", "because", "is", "are",
	"was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "may", "might", "must")

// clauseSegment reports a stretch between commas that is a clause ("but
// the poles are drier") rather than an appositive role ("the union's
// chair").
//
// "And" or "or" inside the stretch makes it a clause only when it opens
// it or a finite verb is in it: "deputy director of the water testing
// and supply office", "Renn's brother and the Post's sports editor" join
// nouns.
func clauseSegment(seg []tok) bool {
	joins := false
	for k, t := range seg {
		if t.lower == "and" || t.lower == "or" {
			if k == 0 {
				return true
			}
			joins = true
			continue
		}
		if clauseWords[t.lower] {
			return true
		}
	}
	return joins && slices.ContainsFunc(seg, func(t tok) bool { return finiteTag(t.tag) })
}

// reciprocal reports "each other" or "one another" just after the cue at
// v: speakers addressing each other make no one claim.
func reciprocal(toks []tok, v int) bool {
	for k := v + 1; k+1 < len(toks) && k <= v+4; k++ {
		if (toks[k].lower == "each" && toks[k+1].lower == "other") || (toks[k].lower == "one" && toks[k+1].lower == "another") {
			return true
		}
	}
	return false
}

// reducedRelative finds a subject that a participle phrase follows
// ("Ukrainian military units still operating inside the city have
// said"): the unnamed head before the participle, and its modifiers.
func reducedRelative(toks []tok, i int) []tok {
	for k := i; k > 0 && i-k < 8; k-- {
		if toks[k].punct || toks[k].quote > 0 {
			return nil
		}
		w := toks[k].lower
		if !(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
			continue
		}
		h := k - 1
		if h > 0 && (toks[h].lower == "still" || toks[h].lower == "now" || toks[h].lower == "currently") {
			h--
		}
		if unnamedHeads[toks[h].lower] {
			return collectLeft(toks, h)
		}
	}
	return nil
}

// skipParenthetical steps back over "(UNOMT)" that ends at i.
func skipParenthetical(toks []tok, i int) int {
	if i < 0 || toks[i].text != ")" {
		return i
	}
	for j := i - 1; j >= 0 && i-j < 8; j-- {
		if toks[j].text == "(" {
			return j - 1
		}
	}
	return i
}

func hasCap(ts []tok) bool {
	for _, t := range ts {
		if t.cap {
			return true
		}
	}
	return false
}

// isName reports words that are all capitalised, as a person's name.
func isName(ts []tok) bool {
	for len(ts) > 2 && ts[0].cap && (titles[ts[0].lower] || roleWords[ts[0].lower]) {
		ts = ts[1:] // "Deputy Prime Minister Hedda Lomm": a name after its titles
	}
	if len(ts) < 2 || len(ts) > 4 {
		return false
	}
	for _, t := range ts {
		if !t.cap || t.punct || t.quote > 0 || orgHeads[t.lower] {
			return false
		}
	}
	return true
}

// collectLeft gathers the words of a noun phrase ending at i.
// whoAntecedent returns the name a relative "who" just before a cue
// stands for ("backed by Tomas Reyk, a lecturer in French, who said",
// "from Professor Dray, who has told a radio station"), with the role
// between them, when the word at i ends ", who" (or ", who has").
func whoAntecedent(toks []tok, i int) ([]tok, string, bool) {
	if i >= 1 && (toks[i].lower == "has" || toks[i].lower == "had" || toks[i].lower == "have") && toks[i-1].lower == "who" {
		i--
	}
	if i < 2 || toks[i].lower != "who" || toks[i-1].text != "," {
		return nil, "", false
	}
	k := i - 2
	if np := collectLeft(toks, k); hasCap(np) && isName(untitledSeg(np)) {
		return np, "", true
	}
	// An appositive between the name and "who".
	for c := k; c > 0 && k-c < 10; c-- {
		if toks[c].quote > 0 {
			return nil, "", false
		}
		if toks[c].text != "," {
			continue
		}
		if np := collectLeft(toks, c-1); hasCap(np) && isName(untitledSeg(np)) {
			return np, roleText(dropDeterminers(toks[c+1 : k+1])), true
		}
		return nil, "", false
	}
	return nil, "", false
}

// definiteNouns returns "the" and up to three lower-case nouns ending at
// i that open a clause ("the coast guard" in "In a statement, the coast
// guard said"), or nil: words that can name a body named before by the
// last words of its name (orgByTail).
func definiteNouns(toks []tok, i int) []tok {
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		if toks[k].lower == "the" {
			if k > 0 && !toks[k-1].punct {
				return nil
			}
			return toks[k : i+1]
		}
		if toks[k].cap || toks[k].punct || toks[k].quote > 0 || !toks[k].tag.Noun() {
			return nil
		}
	}
	return nil
}

func collectLeft(toks []tok, i int) []tok {
	if k := remitWithAnd(toks, i); k >= 0 {
		return toks[k : i+1] // "Tarvania's water and energy ministry"
	}
	j := i
	for j >= 0 && i-j < 9 {
		t := toks[j]
		if t.punct || t.quote > 0 {
			break
		}
		low := t.lower
		// "Competition and Markets Commission": "and" inside a body's name.
		if (low == "and" || low == "&") && orgHeads[toks[i].lower] && toks[i].cap && j > 0 && toks[j-1].cap && j < i {
			j--
			continue
		}
		if low == "and" || low == "that" || low == "but" || low == "which" || low == "who" {
			break
		}
		// "Diplomats in Drenov said", "the Observer Mission in the Tesna
		// Valley said": a place after sources or a body.
		// "the High Commissioner for Coastal Affairs said": an office's
		// remit after its title.
		if j > 0 && (low == "in" || low == "at" || low == "from" || low == "to" || low == "for" && toks[j-1].cap) &&
			(unnamedHeads[toks[j-1].lower] || orgHeads[toks[j-1].lower] || (low == "to" || low == "for") && roleWords[toks[j-1].lower]) && j < i {
			j--
			continue
		}
		if !(t.cap || roleWords[low] || unnamedHeads[low] || j == i && bodyNouns[low] || j == i-1 && (bodyNouns[low] || orgHeads[low]) && voiceHeads[toks[i].lower] ||
			documentNouns[low] || strings.HasSuffix(low, "'s") ||
			low == "of" || personPronouns[low] || bodyPronouns[low] || j == i && agentAfterPossessive(toks, j) ||
			j == i && j > 0 && orgHeads[low] && toks[j-1].cap && !toks[j-1].punct) {
			// "the Farmers' Union party said": a body's kind after its name.
			// "the UN monitoring mission": a modifier between a name and
			// the head noun.
			// "the group's political bureau": one between a body's
			// possessive and the head noun.
			if j > 0 && (toks[j-1].cap || possessiveBody(toks[j-1].lower)) && !toks[j-1].punct && i-j < 3 && j < i && !lex.IsStop(low) && !lex.IsStop(toks[j-1].lower) ||
				j > 0 && (toks[j-1].lower == "its" || toks[j-1].lower == "their") && j < i && i-j < 3 && bodyNouns[toks[i].lower] && !lex.IsStop(low) {
				// "its media wing": a modifier between a body's possessive
				// pronoun and the head noun.
				j--
				continue
			}
			if j < i && agentAfterPossessive(toks, i) {
				j-- // "her longtime attorneys": a modifier of an agent after its possessive
				continue
			}
			break
		}
		j--
		if personPronouns[low] || bodyPronouns[low] {
			break
		}
	}
	if k := nameBeforeOf(toks, j+1); k >= 0 {
		return toks[k : i+1] // "Ivo Maric of the Tarnian Department of Health and Human Services"
	}
	if k := nameBeforeKindOf(toks, j); k >= 0 {
		return toks[k : i+1] // "Anna Berg of the consultancy Halden Partners"
	}
	np := toks[j+1 : i+1]
	// A phrase cannot start with "of".
	for len(np) > 0 && np[0].lower == "of" {
		np = np[1:]
	}
	return np
}

// rightNP gathers the noun phrase that starts at i (after an inverted cue
// or "according to").
func rightNP(toks []tok, i int) []tok {
	j := i
	for j < len(toks) && j-i < 9 {
		t := toks[j]
		if t.punct || t.quote > 0 {
			break
		}
		low := t.lower
		if low == "for" && j > i && toks[j-1].cap && orgHeads[toks[j-1].lower] && j+1 < len(toks) && toks[j+1].cap {
			j++ // "the Centre for Coastal Research": a body named with what it serves
			continue
		}
		head := j == i || j == i+1 && toks[i].lower == "the" // "according to the university"
		if !(t.cap || roleWords[low] || unnamedHeads[low] || head && (bodyNouns[low] || orgHeads[low]) || documentNouns[low] || strings.HasSuffix(low, "'s") ||
			strings.HasSuffix(low, "s'") || low == "of" || personPronouns[low] || bodyPronouns[low] || low == "him" || low == "her" || low == "them" ||
			j == i && low == "the" && j+1 < len(toks) && (bodyNouns[toks[j+1].lower] || orgHeads[toks[j+1].lower])) {
			break
		}
		j++
	}
	return toks[i:j]
}

// voiceFor returns the body after "for" that a spokesperson, the phrase
// np at toks[at:], speaks for ("a spokeswoman for the Ministry of
// Transport"), or nil.
func voiceFor(toks []tok, at int, np []tok) []tok {
	end := at + len(np)
	if len(np) == 0 || !voiceHeads[np[len(np)-1].lower] || end+1 >= len(toks) || toks[end].lower != "for" {
		return nil
	}
	body := rightNP(toks, end+1)
	if !hasCap(body) && !(len(body) == 2 && body[0].lower == "the" && (bodyNouns[body[1].lower] || orgHeads[body[1].lower])) {
		return nil // "a spokeswoman for years"
	}
	return body
}

// bodyIn returns the place after "in" that a body noun phrase np at
// toks[at:] sits in ("the government in Sallowick"), or nil.
func bodyIn(toks []tok, at int, np []tok) []tok {
	end := at + len(np)
	if len(np) == 0 || !bodyNouns[np[len(np)-1].lower] || end+1 >= len(toks) || toks[end].lower != "in" || !toks[end+1].cap {
		return nil
	}
	j := end + 1
	for j < len(toks) && toks[j].cap && !toks[j].punct && toks[j].quote == 0 && j-end <= 3 {
		j++
	}
	return toks[end+1 : j]
}

// appositive returns the role after a name: `said Brandt, chair of the union.`
func appositive(toks []tok, i int) string {
	if i >= len(toks) || toks[i].text != "," {
		return ""
	}
	j := i + 1
	for j < len(toks) && !toks[j].punct && toks[j].quote == 0 {
		j++
	}
	if j == i+2 && isDigits(toks[i+1].text) && j+1 < len(toks) && toks[j].text == "," &&
		(toks[j+1].lower == "who" || indefiniteDeterminers[toks[j+1].lower] || toks[j+1].lower == "the") {
		// "Jan Ketteler, 58, who has led the coast guard", "Ana Roy, 61,
		// a retired teacher": past the age, to what she is; not where
		// she is from ("Singh Jabarjung, 24, from Bhatinda").
		return appositive(toks, j)
	}
	return roleText(toks[i+1 : j])
}

// dropConjunctions drops the conjunctions that open a role's words: "But
// the union's regional secretary, Marta Kelsey, says".
func dropConjunctions(ts []tok) []tok {
	for len(ts) > 1 && openingConjunctions[ts[0].lower] {
		ts = ts[1:]
	}
	return ts
}

// holdingVerbs say in a relative clause what post a person holds ("Ingrid
// Sorvik, who chairs the Northern Dairy Federation,").
var holdingVerbs = union(setOf("chairs", "heads", "leads", "runs", "represents", "founded", "co-founded",
	"directs", "manages", "oversees", "owns", "speaks", "chaired", "headed", "led", "started",
	"launched", "formed", "set"), scholarVerbs)

// predicateAux open a predicate, never a post, after a name between
// commas.
var predicateAux = setOf("is", "was", "will", "would", "could", "can", "did", "does")

// perfectAux are the auxiliaries of a perfect before a holding verb.
var perfectAux = setOf("has", "have", "had")

// scholarVerbs say in a relative clause that a person studies or teaches
// a subject ("Marek Szell, who lectures in computer security at the
// University of Korvath,"): the clause is the role of a commentator.
var scholarVerbs = setOf("lectures", "studies", "researches", "specialises", "specializes",
	"lectured", "studied", "researched", "teaches", "taught",
	// an analyst's beat: "who follows Andean miners for Northbridge
	// Capital", "who covers the company for Fenwick Securities"
	"follows", "covers",
	// a consultant's: "who now advises event organisers on security"
	"advises", "consults")

// heldPostAt returns where a relative clause ("who farms 90 cows and
// chairs the federation's branch") says what post its subject holds: a
// holding verb first in it or after "and"; 0 when none does.
func heldPostAt(clause []tok) int {
	for k := 1; k+1 < len(clause); k++ {
		p := k - 1
		if p > 1 && perfectAdverbs[clause[p].lower] && perfectAux[clause[p-1].lower] {
			p-- // "who has since set up the Families Group"
		}
		if k > 1 && clause[p].lower != "and" && !(perfectAux[clause[p].lower] && (p == 1 || clause[p-1].lower == "and")) {
			continue // "who has led the coast guard since 2020": the perfect too
		}
		w, next := clause[k].lower, clause[k+1].lower
		if holdingVerbs[w] && !scholarVerbs[w] && (w != "set" && w != "speaks" || namesBody(clause[k+1:], w, next)) {
			return k
		}
		// "and is the local branch secretary of the teachers' union"
		if (clause[k].lower == "is" || clause[k].lower == "was") && k+2 < len(clause) && indefiniteDeterminers[clause[k+1].lower] != (clause[k+1].lower == "the") &&
			slices.ContainsFunc(clause[k+2:], func(t tok) bool { return personRoles[t.lower] }) {
			return k + 1
		}
	}
	return 0
}

// perfectAdverbs may stand between a perfect's auxiliary and its verb.
var perfectAdverbs = setOf("since", "also", "now", "recently", "already", "just")

// namesBody reports, after "set" or "speaks" in a relative clause, the
// post of a body a capitalised name gives: "set up the MR418 Families
// Group", "speaks for the Families Group"; not "set out her case" or
// "speaks Russian".
func namesBody(rest []tok, verb, next string) bool {
	if verb == "set" && next != "up" || verb == "speaks" && next != "for" {
		return false
	}
	for _, t := range rest[1:min(len(rest), 5)] {
		if t.cap {
			return true
		}
	}
	return false
}

// scholarsClause reports a clause of what a scholar does: one who
// lectures or researches, or studies a subject at an institute or a
// centre ("who studies prisoner exchanges at the Halden Institute"), not
// at a university, as a student does; or teaches at a university, a
// college or a business school ("who teaches sports finance at Leckford
// Business School"), not at a school, as a teacher does.
func scholarsClause(clause []tok) bool {
	switch clause[0].lower {
	case "studies", "studied":
		return slices.ContainsFunc(clause, func(t tok) bool {
			return t.lower == "institute" || t.lower == "centre" || t.lower == "center" || t.lower == "tank"
		})
	case "teaches", "taught":
		for i, t := range clause {
			if t.lower == "and" {
				return false // "who teaches chemistry and is the union's branch secretary": a post after
			}
			if t.lower == "university" || t.lower == "college" || t.lower == "polytechnic" ||
				t.lower == "school" && i > 0 && (clause[i-1].lower == "business" || clause[i-1].lower == "law") {
				return true
			}
		}
		return false
	}
	return true
}

// titledName reports a name with a title or a post's word before it
// ("Council member Carla Jansen", "Dr Ada Renn").
func titledName(np []tok) bool {
	return len(np) > 2 && slices.ContainsFunc(np[:len(np)-2], func(t tok) bool { return roleWords[t.lower] || titles[t.lower] })
}

// circumstance reports appositive words that say where or how the
// subject speaks, not who they are: a participle of appearing or
// speaking ("appearing before the State Assembly's finance committee",
// "speaking at a rally in Vell"), unless it says whom they speak for
// ("speaking for the union", "on behalf of").
func circumstance(ts []tok) bool {
	if len(ts) < 2 || !circumstanceVerbs[ts[0].lower] {
		return false
	}
	return !slices.ContainsFunc(ts[1:], func(t tok) bool { return t.lower == "for" || t.lower == "behalf" })
}

// circumstanceVerbs are the participles of where and how a person speaks.
var circumstanceVerbs = setOf("appearing", "speaking", "testifying", "addressing", "visiting", "arriving",
	"answering", "responding", "talking", "standing", "writing", "giving", "briefing")

// roleText makes a role of appositive words, cutting a relative clause
// unless it says what post the person holds.
func roleText(ts []tok) string {
	if len(ts) == 1 && discourseWord(ts[0]) {
		return "" // "Ivo Maric, meanwhile, said": no role
	}
	ts = dropConjunctions(ts)
	if len(ts) == 1 && isDigits(ts[0].text) {
		return "" // "Leona Marsh, 44, said": an age, no role
	}
	if circumstance(ts) {
		return "" // "Ottilie Frambach, appearing before the Assembly's finance committee, said"
	}
	if len(ts) > 1 && (perfectAux[ts[0].lower] || predicateAux[ts[0].lower] || cueVerbs[ts[0].lower] && finiteTag(ts[0].tag)) {
		// "Skyvale's chief executive, Maurits Oldenkamp, has accused the
		// union of holding the season hostage, and ...": the name's
		// predicate, not a post.
		return ""
	}
	if len(ts) > 3 && ts[0].lower == "who" && perfectAux[ts[1].lower] && holdingVerbs[ts[2].lower] && !scholarVerbs[ts[2].lower] {
		ts = ts[2:] // "who has led the coast guard since 2020"
	} else if len(ts) > 2 && ts[0].lower == "who" && holdingVerbs[ts[1].lower] && (ts[1].lower != "set" || ts[2].lower == "up") &&
		(!scholarVerbs[ts[1].lower] || scholarsClause(ts[1:])) {
		ts = ts[1:] // "chairs the Northern Dairy Federation", "set up the campaign group"
	}
	n := 0
	for k, t := range ts {
		if t.lower == "who" && scholarsRelative(ts[k+1:]) {
			return joinText(ts) // "a former police commander who now advises event organisers on security": what they do now
		}
		if t.lower == "who" || t.lower == "which" || t.lower == "whose" || t.quote > 0 {
			break
		}
		n++
	}
	if n > 12 {
		return ""
	}
	return joinText(ts[:n])
}

// scholarsRelative reports the words after "who" that say what a
// commentator does, maybe after "now" or "also": "now advises event
// organisers on security", "lectures in law".
func scholarsRelative(ts []tok) bool {
	if len(ts) > 1 && (ts[0].lower == "now" || ts[0].lower == "also") {
		ts = ts[1:]
	}
	return len(ts) > 1 && scholarVerbs[ts[0].lower] && scholarsClause(ts)
}
