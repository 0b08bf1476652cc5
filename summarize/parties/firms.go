package parties

// A descriptive noun phrase for a company speaks for the story's company
// of that kind: "the social media giant", "the tech firm", "the Tarsian
// carmaker", "the airline". The phrase's head is a firm noun (companyNouns)
// and its modifiers ("social media", "tech", "Tarsian") narrow it: the
// company is the one the texts describe with those words ("the social
// media company Brenlo", "Brenlo, the social media giant,"), else the
// story's one company, else the one company-like organisation that speaks
// in the story. Two candidates and nothing to choose between them is said
// in the evidence, never guessed.

import (
	"strings"
	"unicode"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// maxDescriptorWords is how many modifiers a firm noun keeps ("social
// media", "Tarsian state-owned").
const maxDescriptorWords = 3

// Described returns a statement's speaker with a bare firm noun ("giant",
// "firm") widened to the words its sentence gives it ("social media
// giant", "tech firm"), so that the modifiers can pick the story's company
// they fit. Any other speaker is returned as it is.
func Described(st attrib.Statement) attrib.Speaker {
	sp := st.Speaker
	if sp.Kind != attrib.Body || !companyNouns[sp.Generic] || attrib.Fold(sp.Name) != sp.Generic {
		return sp
	}
	if mods := descriptor(st.Text, sp.Generic); mods != "" {
		sp.Name = mods + " " + sp.Generic
	}
	return sp
}

// descriptor returns the lower-case modifiers written before the first
// "the"/"a"-led occurrence of a firm noun in a sentence, outside its
// quotations ("social media" of "the social media giant called"), or "".
func descriptor(sentence, noun string) string {
	words := firmWords(sentence)
	for i, w := range words {
		if attrib.Fold(w) != noun {
			continue
		}
		j := i
		for j > 0 && i-j < maxDescriptorWords && descriptive(words[j-1]) {
			j--
		}
		if j < i && j > 0 && determiners[attrib.Fold(words[j-1])] {
			return attrib.Fold(strings.Join(words[j:i], " "))
		}
	}
	return ""
}

// determiners open a descriptive phrase.
var determiners = map[string]bool{"the": true, "a": true, "an": true}

// descriptive reports a word that may describe a company: a lower-case
// modifier ("tech", "state-owned") or a capitalised adjective of origin
// ("Tarsian").
func descriptive(w string) bool {
	if isModifier(w) {
		return !determiners[w]
	}
	return originAdjective(w)
}

// firmWords splits a text into words, with each comma, full stop or other
// stop as a word of its own, so that an apposition ("Brenlo, the social
// media giant,") can be read.
func firmWords(text string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’' || r == '&':
			cur.WriteRune(r)
		case unicode.IsSpace(r):
			flush()
		default:
			flush()
			out = append(out, string(r))
		}
	}
	flush()
	return out
}

// firmFor returns the story's company a firm noun and its modifiers stand
// for ("social media giant"), with the evidence, or "" and why none is
// chosen.
func (s *Story) firmFor(phrase, noun string) (org, evidence string) {
	mods := strings.TrimSpace(strings.TrimSuffix(attrib.Fold(phrase), noun))
	the := strconvQuote("the " + strings.TrimSpace(trimThe(phrase)))
	var cands []string
	for _, o := range s.firmCandidates() {
		if s.kindFits(o, noun) {
			cands = append(cands, o)
		}
	}
	var kinded []string
	for _, o := range cands {
		if s.kinds[o] == noun || s.kinds["The "+o] == noun {
			kinded = append(kinded, o)
		}
	}
	if len(kinded) == 1 && !broadFirmNouns[noun] {
		return kinded[0], the + " is the story's " + noun + " " + strconvQuote(kinded[0])
	}
	if mods != "" {
		var fit []string
		for _, o := range cands {
			if s.describes(o, mods) {
				fit = append(fit, o)
			}
		}
		if len(fit) == 1 {
			return fit[0], the + " is the story's company the texts describe so, " + strconvQuote(fit[0])
		}
		if len(cands) > 1 && originWord(phrase) {
			// "The Tarsian carmaker", the story naming several companies
			// and describing none so: which is Tarsian is not said.
			return "", the + " fits none of the story's companies " + strings.Join(quoteEach(cands), ", ") + " by their description"
		}
	}
	var acting []string
	for _, o := range cands {
		if s.acting[attrib.Fold(o)] && !s.surnameLike(o) {
			acting = append(acting, o)
		}
	}
	// The story's one company, unless it never speaks and another
	// company-like organisation does.
	if o := s.storyCompany(); s.valid(o) && s.kindFits(o, noun) && (len(acting) == 0 || s.acting[attrib.Fold(o)]) {
		return o, the + " is the story's one company " + strconvQuote(o)
	}
	if len(acting) == 1 {
		return acting[0], the + " is the story's one company-like organisation that speaks, " + strconvQuote(acting[0])
	}
	if len(acting) > 1 {
		return "", the + " may be any of the story's companies " + strings.Join(quoteEach(acting), ", ") + ": whose is not said"
	}
	return "", the + " names no company of the story"
}

func quoteEach(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strconvQuote(x)
	}
	return out
}

// firmCandidates returns the story's organisations that may be a company:
// introduced as one or named so, or of no kind the story gives or the
// name says (not a union, court, ministry, party, outlet or place).
func (s *Story) firmCandidates() []string {
	var out []string
	for _, o := range s.orgs {
		if s.firmLike(o) {
			out = append(out, trimThe(o))
		}
	}
	return out
}

// kindFits reports an organisation a firm noun may stand for: one of no
// kind the story gives, of that kind, or where the noun or the kind is a
// broad one ("the company" is any; "the carmaker" is no airline).
func (s *Story) kindFits(o, noun string) bool {
	k := s.kinds[o]
	if k == "" {
		k = s.kinds["The "+o]
	}
	return k == "" || k == noun || broadFirmNouns[noun] || broadFirmNouns[k]
}

// firmLike reports an organisation that may be a company.
func (s *Story) firmLike(o string) bool {
	t := trimThe(o)
	if !s.valid(t) || office(o) != "" || hasWord(o, governmentWords) || s.commenting[attrib.Fold(o)] || s.commenting[attrib.Fold(t)] {
		return false // a brokerage whose analysts comment is no firm "the company" stands for
	}
	if _, place := Lookup(t); place {
		return false
	}
	if k := s.kinds[o]; k != "" {
		return companyNouns[k]
	}
	if s.isCompany(o) {
		return true
	}
	for _, w := range strings.Fields(attrib.Fold(t)) {
		if (orgHeads[w] || isGenericWord(w) || nonFirmWords[w]) && !companySuffixes[w] {
			return false // "Korvel Dockworkers' Union", "Delaware Court of Chancery"
		}
		if strings.HasSuffix(w, "s'") {
			return false // "Brennholt Residents' Action Group": a group of its members
		}
	}
	return true
}

// describes reports texts of the story that describe the organisation o
// with the modifiers mods, next to its name: "the social media company
// Brenlo", "Brenlo, the social media giant", "Brenlo is a social media
// platform".
func (s *Story) describes(o, mods string) bool {
	name := strings.Fields(attrib.Fold(o))
	want := strings.Fields(mods)
	for _, t := range s.texts {
		words := firmWords(t)
		folded := make([]string, len(words))
		for i, w := range words {
			folded[i] = attrib.Fold(w)
		}
		for i := range folded {
			if !hasRun(folded, i, name) {
				continue
			}
			if describedBefore(folded, i, want) || describedAfter(folded, i+len(name), want) {
				return true
			}
		}
	}
	return false
}

// describedBefore reports the modifiers and one noun just before a name:
// "social media company Brenlo", "the tech giant, Brenlo".
func describedBefore(words []string, at int, want []string) bool {
	k := at - 1
	if k >= 0 && words[k] == "," {
		k--
	}
	k-- // the noun
	return k-len(want)+1 >= 0 && hasRun(words, k-len(want)+1, want)
}

// describedAfter reports the modifiers just after a name, after a comma,
// a copula or an article: "Brenlo, the social media giant", "Brenlo is a
// tech firm".
func describedAfter(words []string, at int, want []string) bool {
	k := at
	for k < len(words) && k-at < 3 && (words[k] == "," || words[k] == "is" || words[k] == "was" || determiners[words[k]]) {
		k++
	}
	return k > at && hasRun(words, k, want)
}

// hasRun reports the words run at position i of words.
func hasRun(words []string, i int, run []string) bool {
	if i < 0 || i+len(run) > len(words) || len(run) == 0 {
		return false
	}
	for j, w := range run {
		if words[i+j] != w {
			return false
		}
	}
	return true
}

// noteActing records the organisations that speak in the story's
// articles, by their own name, as the subject of a cue ("Brenlo said",
// "Brenlo argued" however short), or that sue ("Brenlo has sued"): a
// company-like organisation that does is what an unqualified firm noun
// may stand for.
func (s *Story) noteActing(analyses []attrib.Analysis) {
	s.acting = map[string]bool{}
	note := func(name string) {
		if o := s.org(name); o != "" {
			s.acting[attrib.Fold(o)] = true
		}
	}
	for _, a := range analyses {
		for _, st := range a.Statements {
			if st.Speaker.Kind == attrib.Body && st.Speaker.Generic == "" {
				note(st.Speaker.Name)
			}
		}
		for _, d := range a.Decisions {
			if d.Cue != "" && d.Speaker != "" && strings.Contains(attrib.Fold(d.Mention), attrib.Fold(d.Speaker)) {
				note(d.Speaker)
			}
		}
	}
	// "Brenlo has sued Oskar Varga": a party that sues acts too.
	for _, t := range s.texts {
		for _, f := range filings(t) {
			note(f.run)
		}
	}
}

// describing reports a speaker named by a firm noun and its modifiers
// ("tech firm", "Tarsian carmaker"), not by an organisation's name.
func describing(sp attrib.Speaker) bool {
	f := strings.Fields(attrib.Fold(trimThe(sp.Name)))
	return len(f) > 0 && f[len(f)-1] == sp.Generic && len(f) <= maxDescriptorWords+1
}

// surnameLike reports a one-word name that the texts also write after
// another capitalised word that is no stop word, place or organisation
// ("Lewis Ward" for "Ward"): a person's surname taken for a body, no
// company that speaks.
func (s *Story) surnameLike(o string) bool {
	if strings.Contains(o, " ") {
		return false
	}
	f := attrib.Fold(o)
	for _, t := range s.texts {
		words := firmWords(t)
		for i := 1; i < len(words); i++ {
			if attrib.Fold(words[i]) != f {
				continue
			}
			prev := words[i-1]
			if !startsUpper(prev) || lex.IsStop(attrib.Fold(prev)) || isDemonymShape(prev) || s.org(prev) != "" {
				continue
			}
			if _, place := Lookup(prev); !place {
				return true
			}
		}
	}
	return false
}

// originWord reports a phrase that holds a capitalised adjective of
// origin ("Tarsian carmaker"), which only one company of a story may fit.
func originWord(phrase string) bool {
	for _, w := range strings.Fields(trimThe(phrase)) {
		if originAdjective(w) {
			return true
		}
	}
	return false
}

// originAdjective reports a capitalised word of a people or place
// ("German", "Tarsian").
func originAdjective(w string) bool {
	if !startsUpper(w) {
		return false
	}
	_, place := Lookup(w)
	return place || isDemonymShape(w)
}
