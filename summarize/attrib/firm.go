package attrib

import (
	"strings"
	"unicode"
)

// maxFirmDistance is how many sentences back an organisation that spoke
// is what "the company" stands for when the article names no company: the
// sentence before and the one before that, as a reader keeps the last
// speaker in mind across a sentence of detail.
const maxFirmDistance = 2

// firmThatSpoke returns the organisation that has just spoken, for a
// firm noun ("the company") that no organisation of its kind answers:
// "The group that runs the harbour ferries, Orla Sound, says ... But the
// company says ..." is Orla Sound. The speaker must be an organisation the
// article registered, of no kind or a business's, and not named in the
// sentence outside its quotations ("the company said it had met Big
// Machine" is another). It returns "" otherwise.
func (a *article) firmThatSpoke(head string) string {
	b := a.lastBody
	if !firmNouns[head] || b == nil || b.Kind != Body || a.sent-a.lastBodyAt > maxFirmDistance {
		return ""
	}
	org := a.findOrg(b.Name)
	if org == "" {
		return ""
	}
	// Of the noun's kind by its name, or of no kind the article gives and
	// no kind its name's last word says ("Orla Sound", not the "Civil
	// Aviation Authority" for "the airline").
	f := strings.Fields(Fold(org))
	kind := a.orgKind[org]
	if GenericOrg(head, []string{org}) == "" && !firmNouns[kind] && (kind != "" || orgHeads[f[len(f)-1]]) {
		return ""
	}
	if rebuts(a.note.cue) && pointsBack(a.curToks) && a.lastSpeaker == b {
		return "" // "The company disputes this.": not the body that said it
	}
	for _, t := range a.curToks {
		if t.quote == 0 && t.cap && Fold(t.text) == Fold(org) {
			return ""
		}
	}
	if a.namesOrg(org) {
		return ""
	}
	return org
}

// firmSubjectBefore returns the body that opened the sentence before as
// the subject of a verb that reports no speech, for a firm noun no
// organisation the article registered answers: "Tarnco sued Olek Varga
// on Tuesday. In its filing, the logistics giant called ..." is Tarnco.
// A body that spoke is firmThatSpoke's. It returns "" when there is none,
// or when the sentence being read names that body itself.
func (a *article) firmSubjectBefore(head string) string {
	if !firmNouns[head] || a.sent == 0 {
		return ""
	}
	prev := a.tokens(a.sentences[a.sent-1])
	if hasCue(prev) {
		return ""
	}
	b := a.clauseBody(prev)
	if b == "" || strings.Contains(Fold(a.curText), Fold(b)) {
		return ""
	}
	if org := a.findOrg(b); org != "" {
		return org // "Selvan" for the Selvan Port Company
	}
	return b
}

// subjectBodyBefore returns the organisation that opened the sentence
// before as the subject of a verb that reports no speech, by its name or
// its kind ("The ministry was having none of it."), when no person spoke
// or acted there, or "".
func (a *article) subjectBodyBefore() string {
	if a.sent == 0 || a.lastPerson != nil && a.lastPersonAt >= a.sent-1 {
		return ""
	}
	prev := a.tokens(a.sentences[a.sent-1])
	if hasCue(prev) {
		return ""
	}
	b := a.clauseBody(prev)
	if b == "" {
		// "The ministry was having none of it.": the body of that kind
		// the article has named.
		if kind := subjectKind(prev); kind != "" {
			return a.genericOrg(kind)
		}
		return ""
	}
	if org := a.findOrg(b); org != "" {
		return org
	}
	return ""
}

// kindBefore returns the body noun that opened the sentence before as
// the subject of a verb that reports no speech ("The ministry was having
// none of it."), when no person spoke or acted there, or "".
func (a *article) kindBefore() string {
	if a.sent == 0 || a.lastPerson != nil && a.lastPersonAt >= a.sent-1 {
		return ""
	}
	prev := a.tokens(a.sentences[a.sent-1])
	if hasCue(prev) {
		return ""
	}
	return subjectKind(prev)
}

// subjectKind returns the body noun that opens a sentence as the subject
// of its verb ("ministry" of "The ministry was having none of it."), or
// "".
func subjectKind(toks []tok) string {
	if len(toks) > 2 && toks[0].lower == "the" && bodyNouns[toks[1].lower] && finiteTag(toks[2].tag) {
		return toks[1].lower
	}
	return ""
}

// namesOrg reports a sentence being read that names the organisation
// outside its quotations, by its first word.
func (a *article) namesOrg(org string) bool {
	first, _, _ := strings.Cut(Fold(org), " ")
	for _, t := range a.curToks {
		if t.quote == 0 && t.cap && Fold(t.text) == first {
			return true
		}
	}
	return false
}

// facilityNouns are what only a firm owns: "Varo's truck plant",
// "Brisk's headquarters", "the Tesk subsidiary".
var facilityNouns = setOf("plant", "plants", "factory", "factories", "headquarters", "subsidiary",
	"subsidiaries", "dealerships", "shareholders", "stores", "brands", "mills", "refinery", "refineries")

// ownsFacility reports a possessive name at toks[i] with a facility of a
// firm within the two words after it ("Varo's profitable truck plant").
func ownsFacility(toks []tok, i int) bool {
	if i < 0 || !strings.HasSuffix(toks[i].lower, "'s") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].punct || toks[k].quote > 0 {
			return false
		}
		if facilityNouns[toks[k].lower] {
			return true
		}
	}
	return false
}

// exchanges name the stock markets a ticker may be given with.
var exchanges = setOf("nyse", "nasdaq", "lse", "tsx", "asx", "euronext")

// tickerAfter reports a stock ticker in brackets at toks[j] after a name:
// "(F)", "(TSLA)", "(NYSE: VRM)". Capitals in brackets that are the name's
// initials ("United Auto Workers (UAW)") are an acronym, not a ticker.
func tickerAfter(toks []tok, j int, name []tok) bool {
	if j+2 >= len(toks) || toks[j].text != "(" {
		return false
	}
	k := j + 1
	if exchanges[toks[k].lower] && k+2 < len(toks) && toks[k+1].text == ":" {
		k += 2
	}
	sym := toks[k].text
	if k+1 >= len(toks) || toks[k+1].text != ")" || len(sym) > 5 || strings.ToUpper(sym) != sym || !isLetters(sym) {
		return false
	}
	if strings.IndexFunc(sym, func(r rune) bool { return r > 'Z' }) >= 0 {
		return false // "(ÚOHS)": an exchange's symbol is plain letters, this an acronym
	}
	if at := j - len(name); at > 0 && (toks[at-1].lower == "of" || toks[at-1].lower == "for") {
		return false // "Office for the Protection of Competition (UOHS)": the tail of a longer name
	}
	if k > j+1 || len(sym) == 1 {
		return true
	}
	// "Dutch Authority for Consumers and Markets (ACM)": the initials of
	// the name after a word or two that say whose it is.
	for skip := 0; skip <= 2 && len(name)-skip >= 2; skip++ {
		if acronymOf(sym, name[skip:]) {
			return false
		}
	}
	return true
}

// acronymOf reports a symbol that spells the initials of a name's
// words in order, from the first word to the last, passing over some
// ("NYAG" for "New York State Attorney General"): an acronym, not a
// stock ticker.
func acronymOf(sym string, name []tok) bool {
	if len(name) < 2 || len(sym) < 2 || 2*len(sym) < len(name) {
		return false
	}
	initial := func(t tok) byte { return strings.ToUpper(t.text[:1])[0] }
	if sym[0] != initial(name[0]) || sym[len(sym)-1] != initial(name[len(name)-1]) {
		return false
	}
	i := 0
	for _, t := range name {
		if i < len(sym) && initial(t) == sym[i] {
			i++
		}
	}
	return i == len(sym)
}

// isLetters reports a word of letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}
