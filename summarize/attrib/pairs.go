package attrib

// People named together as the subject of a clause ("Lena Varo and her
// brother Tomas Varo agreed ...", "Tomas and Lena disputed ...", "he and
// his wife Ines explained ...") are what a later "they" stands for: the
// statement is theirs jointly, made by both, not by the one named first
// or last, nor by a body that spoke before them.

import (
	"strings"

	"github.com/storybot/storybot/summarize/tag"
)

// maxPairDistance is how many sentences back people named together may
// be for "they" to stand for them.
const maxPairDistance = 4

// maxPairRoleWords bounds the lower-case words between "and" and the
// second name ("his wife", "her younger brother").
const maxPairRoleWords = 3

// pairPronoun returns the joint speaker that "they" stands for: the people
// named together as the subject of a clause in the sentence before or up
// to maxPairDistance sentences back, when no body or group other than one
// of them has spoken since. It reports false when there is none.
func (a *article) pairPronoun(low string) (*Speaker, bool) {
	if low != "they" {
		return nil, false
	}
	for k := a.sent - 1; k >= 0 && a.sent-k <= maxPairDistance; k-- {
		first, second, _, ok := a.pairIn(a.tokens(a.sentences[k]))
		if !ok {
			continue
		}
		if b := a.lastBody; b != nil && a.lastBodyAt > k && !sameName(b.Name, first) && !sameName(b.Name, second) {
			return nil, false // "Officials said ... They said": the body that spoke since
		}
		sp := &Speaker{Name: first + " and " + second, Kind: Person}
		return a.noted(sp, "pronoun '%s' -> %s (people named together as a subject)", low)
	}
	if a.sent == 0 || a.lastBody != nil && a.lastBodyAt >= a.sent-1 {
		return nil, false
	}
	if first, second, ok := a.pairInApposition(a.tokens(a.sentences[a.sent-1])); ok {
		sp := &Speaker{Name: first + " and " + second, Kind: Person}
		return a.noted(sp, "pronoun '%s' -> %s (people named together after a plural, the sentence's subject being one thing)", low)
	}
	return nil, false
}

// pairInApposition returns two people joined by "and" who close a
// sentence in apposition to a plural noun of people after a colon or a
// comma ("drew the attention of two lawmakers: Senator Ilsa Warrow and
// congresswoman Dana Ocks."), when the sentence's subject is one thing
// that a later "they" cannot stand for ("Her letter"): no body, no
// plural, no pronoun. At least one of the two must be a person the
// article names, or both must be full names.
func (a *article) pairInApposition(toks []tok) (first, second string, ok bool) {
	subj := clauseSubject(toks)
	if len(subj) == 0 || a.subjectBody(subj) != nil {
		return "", "", false
	}
	for _, t := range subj {
		if t.cap && t.lower != "her" && t.lower != "his" && t.lower != "its" && t.lower != "the" && t.lower != "a" {
			return "", "", false // a name: a body or a person the subject may be
		}
		if t.tag == tag.NNS || t.tag == tag.NNPS || t.tag == tag.PRP {
			return "", "", false
		}
	}
	n := len(toks)
	for n > 0 && (toks[n-1].text == "." || toks[n-1].quote > 0) {
		n--
	}
	for c := 1; c+1 < n; c++ {
		if (toks[c].text != ":" && toks[c].text != ",") || toks[c-1].tag != tag.NNS || toks[c-1].cap {
			continue
		}
		k := c + 1
		for k < n && toks[k].lower != "and" {
			k++
		}
		if k >= n-1 {
			return "", "", false
		}
		j := k + 1
		for m := 0; j < n && m < maxPairRoleWords && !toks[j].cap && (titles[toks[j].lower] || roleWords[toks[j].lower]); m++ {
			j++ // "and congresswoman Dana Ocks"
		}
		p1, known1 := a.pairMember(toks[c+1 : k])
		p2, known2 := a.pairMember(toks[j:n])
		if p1 == "" || p2 == "" || p1 == p2 || !known1 && !known2 && (!strings.Contains(p1, " ") || !strings.Contains(p2, " ")) {
			return "", "", false
		}
		return p1, p2, true
	}
	return "", "", false
}

// sameName reports a speaker's name that is one of a pair's names or a
// part of it ("Tomas" of "Tomas Varo").
func sameName(name, member string) bool {
	n, m := Fold(name), Fold(member)
	return n == m || strings.HasPrefix(m, n+" ") || strings.HasSuffix(m, " "+n)
}

// pairIn returns the names of two people joined by "and" as the subject
// of a clause of toks (opening the sentence, or after a comma), with a
// finite verb after them: "Lena Varo and her brother Tomas Varo agreed",
// ", Tomas and Lena disputed". A personal pronoun as the first conjunct
// ("he and his wife Ines") stands for the person who last spoke or acted.
// A clause of reported speech ("Lena added that he and Tomas had
// written") names no subject of the article's own.
// At least one of the two must be a person the article names. verb is
// where the verb after them is.
func (a *article) pairIn(toks []tok) (first, second string, verb int, ok bool) {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].lower != "and" || toks[k].quote > 0 {
			continue
		}
		end := k // where the first conjunct ends
		if c := appositionBefore(toks, k); c > 0 {
			end = c // "Ilsa Warrow, a senator, and ..."
		}
		s := end - 1
		for s > 0 && toks[s-1].cap && !toks[s-1].punct && toks[s-1].quote == 0 {
			s--
		}
		if s == 0 && k > 1 && isFunctionWord(toks[0].lower) {
			s = 1 // "But Tomas and Lena said"
		}
		if t := s - 2; t >= 0 && toks[s-1].text == "." && (personalTitles[toks[t].lower] || titles[toks[t].lower]) {
			s = t // "Ms. Lena Varo and ...", "Gov. Ilka Dray and ...": the title opens the subject
		}
		if s > 0 && toks[s-1].text != "," && !(s == 1 && isFunctionWord(toks[0].lower)) {
			continue
		}
		if reportedBefore(toks[:s]) {
			continue // "Lena added that, before he left, he and Tomas had written": reported
		}
		left := toks[s:end]
		j := k + 1
		if j < len(toks) && (toks[j].lower == "his" || toks[j].lower == "her" || toks[j].lower == "their") {
			j++
			for n := 0; j < len(toks) && n < maxPairRoleWords && !toks[j].cap && !toks[j].punct && toks[j].quote == 0; n++ {
				j++
			}
		}
		for n := 0; j < len(toks) && n < maxPairRoleWords && !toks[j].cap && toks[j].quote == 0 && (titles[toks[j].lower] || roleWords[toks[j].lower]); n++ {
			j++ // "and congresswoman Dana Ocks"
		}
		e := j
		for e < len(toks) && toks[e].cap && !toks[e].punct && toks[e].quote == 0 {
			e++
		}
		if e == j || e >= len(toks) {
			continue
		}
		v := e
		if c := appositionAfter(toks, e); c > 0 {
			v = c // "and Dana Ocks, a congresswoman, met"
		} else if toks[e].text == "," && s > 0 && toks[s-1].text == "," {
			v = e + 1 // "Two lawmakers, Ilsa Warrow and Dana Ocks, met"
		}
		for v < len(toks) && adverbBeforeCue(toks[v]) {
			v++
		}
		if v >= len(toks) || !finiteTag(toks[v].tag) && toks[v].tag != tag.VBN {
			continue
		}
		p1, known1 := a.pairMember(left)
		p2, known2 := a.pairMember(toks[j:e])
		if p1 == "" || p2 == "" || !known1 && !known2 || p1 == p2 {
			continue
		}
		return p1, p2, v, true
	}
	return "", "", -1, false
}

// pairMember returns the name of a person a conjunct names and whether the
// article names that person: a person by surname or by a part of the full
// name, "he" or "she" for the last person who spoke or acted, or an
// unknown capitalised name that is no organisation or place. A title
// may open it ("Ms. Lena Varo"); a title of office ("Mayor Otto Renko")
// only the name of a person the article names.
func (a *article) pairMember(run []tok) (string, bool) {
	if len(run) == 1 && (run[0].lower == "he" || run[0].lower == "she") {
		if p := a.lastPerson; p != nil && a.fits(p, genderOfWords([]string{run[0].lower})) {
			return p.Name, true
		}
		return "", false
	}
	if len(run) > 1 && a.findOrg(joinText(run)) != "" {
		return "", false // "General Motors"
	}
	titled := false
	for len(run) > 1 && (personalTitles[strings.TrimSuffix(run[0].lower, ".")] || titles[strings.TrimSuffix(run[0].lower, ".")] || run[0].text == ".") {
		titled = titled || titles[strings.TrimSuffix(run[0].lower, ".")] && !personalTitles[strings.TrimSuffix(run[0].lower, ".")]
		run = run[1:] // "Ms. Lena Varo", "Mayor Otto Renko"
	}
	if titled {
		// A title of office opens only a person the article names.
		if name, known := a.pairMember(run); known {
			return name, true
		}
		return "", false
	}
	if len(run) == 0 || len(run) > 3 || !allCap(run) || isPlace(run) || a.findOrg(joinText(run)) != "" {
		return "", false
	}
	for _, t := range run {
		if nonNames[t.lower] || roleWords[t.lower] || titles[t.lower] || orgHeads[t.lower] || possessiveTok(t) {
			return "", false
		}
	}
	last := run[len(run)-1].text
	if p, ok := a.persons[surnameKey(last)]; ok && (len(run) > 1 || strings.HasSuffix(Fold(p.Name), " "+Fold(last))) {
		if len(run) > 1 && Fold(p.Name) != Fold(joinText(run)) {
			return joinText(run), true // "Dale Varo", another Varo than the one named
		}
		return p.Name, true
	}
	if len(run) == 1 {
		if p := a.byNamePart(last); p != nil {
			return p.Name, true
		}
	}
	return joinText(run), false
}

// reportedBefore reports words before a clause that make it reported
// speech: a complementiser "that" or a cue verb.
func reportedBefore(toks []tok) bool {
	for _, t := range toks {
		if _, cue := cueForms[t.lower]; cue && !t.cap || t.lower == "that" && t.tag != tag.DT && t.quote == 0 {
			return true
		}
	}
	return false
}

// jointSpeaker reports people speaking together (pairPronoun): no one
// person a later "he" or "she" may stand for.
func jointSpeaker(sp *Speaker) bool {
	return sp.Kind == Person && strings.Contains(sp.Name, " and ")
}

// pairSubject returns the joint speaker of a cue at v whose subject is
// two people joined by "and" ("Lena Varo and Tomas Brekke said", "he and
// his wife Ines explained"): the statement is theirs jointly, as the
// "they" after such a pair is (pairPronoun). The verb after the pair may
// be an auxiliary of the cue ("have said"). It reports false for any
// other subject: a person and a group ("Varo and leaders of the union")
// is left to the group's body.
func (a *article) pairSubject(toks []tok, v int) (*Speaker, bool) {
	first, second, at, ok := a.pairIn(toks)
	if !ok || at > v {
		return nil, false
	}
	for k := at; k < v; k++ {
		if !auxiliaries[toks[k].lower] && !adverbBeforeCue(toks[k]) {
			return nil, false
		}
	}
	sp := &Speaker{Name: first + " and " + second, Kind: Person}
	return a.noted(sp, "'%s' -> %s (people named together as the subject)", first+" and "+second)
}

// maxAppositionWords bounds the words of a role set off by commas after a
// name ("a senator", "the union's new treasurer").
const maxAppositionWords = 6

// appositionBefore returns where a role set off by commas that ends just
// before toks[k] opens (the comma after the name: "Ilsa Warrow, a
// senator, and"), or -1 when none does. The role opens with a
// determiner and holds only lower-case words.
func appositionBefore(toks []tok, k int) int {
	if k < 1 || toks[k-1].text != "," {
		return -1
	}
	for c := k - 2; c > 0 && k-1-c <= maxAppositionWords+1; c-- {
		if toks[c].text == "," {
			if c+1 < k-1 && determinerOpens(toks[c+1]) {
				return c
			}
			return -1
		}
		if toks[c].cap || toks[c].punct || toks[c].quote > 0 {
			return -1
		}
	}
	return -1
}

// appositionAfter returns the index after a role set off by commas that
// opens at toks[e] (", a congresswoman,"), or -1 when none does.
func appositionAfter(toks []tok, e int) int {
	if e+2 >= len(toks) || toks[e].text != "," || !determinerOpens(toks[e+1]) {
		return -1
	}
	for c := e + 2; c < len(toks) && c-e <= maxAppositionWords+1; c++ {
		if toks[c].text == "," {
			return c + 1
		}
		if toks[c].cap || toks[c].punct || toks[c].quote > 0 {
			return -1
		}
	}
	return -1
}

// determinerOpens reports an article opening a role ("a", "an", "the").
func determinerOpens(t tok) bool {
	return t.lower == "a" || t.lower == "an" || t.lower == "the"
}
