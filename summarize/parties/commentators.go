package parties

// Who comments or reports rather than takes a side: analysts, seats of
// learning, news outlets and their journalists.

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// isCommentator reports words for a person or body that comments on a
// story rather than takes a side in it: an analyst, a professor, or a
// seat of learning by its head noun ("Carrow Business School", "the
// Institute of Fiscal Studies", not "Save Our Schools" or "the school
// board").
func isCommentator(text string) bool {
	return commentatorWord(text) || isAcademy(text)
}

// commentatorWord reports a word of commentators, or a scholar's
// "-ologist", in text that heads its phrase: not one that only says what a body does ("the head of the
// observer mission", "an expert panel"), whose people are that body's.
func commentatorWord(text string) bool {
	words := strings.Fields(attrib.Fold(commaDotSpaces.Replace(text)))
	for i, w := range words {
		// A scholar named by a discipline's "-ologist": "a hydrologist",
		// "seismologists at the institute".
		if (strings.HasSuffix(w, "ologist") || strings.HasSuffix(w, "ologists")) &&
			(i+1 == len(words) || !attrib.IsBodyNoun(words[i+1])) {
			return true
		}
	}
	for _, cw := range commentatorWords() {
		for i := 0; i+len(cw) <= len(words); i++ {
			last := words[i+len(cw)-1]
			if !slices.Equal(words[i:i+len(cw)-1], cw[:len(cw)-1]) ||
				last != cw[len(cw)-1] && last != cw[len(cw)-1]+"s" {
				continue
			}
			if next := i + len(cw); next < len(words) && attrib.IsBodyNoun(strings.TrimSuffix(strings.TrimSuffix(words[next], "'s"), "’s")) {
				continue // "observer mission": a body, not a commentator
			}
			return true
		}
	}
	return false
}

// commentatorWords are the words of each of commentators.
var commentatorWords = sync.OnceValue(func() [][]string {
	out := make([][]string, len(commentators))
	for i, c := range commentators {
		out[i] = strings.Fields(c)
	}
	return out
})

// isAcademy reports the name of a seat of learning or research by its
// head noun; a body's name holding a commentator's word is not one ("the
// UN Observer Mission" is a side).
func isAcademy(text string) bool {
	if hasWord(text, []string{"think tank", "consultancy"}) {
		return true
	}
	words := strings.Fields(attrib.Fold(commaDotSpaces.Replace(text)))
	if len(words) > 1 && (words[len(words)-1] == "research" || words[len(words)-1] == "securities") {
		return true // "Brightwater Logistics Research", a research firm; "Kellerby Securities", a broker
	}
	for i := 0; i+1 < len(words); i++ {
		if (words[i] == "analytics" || words[i] == "research") && firmKinds[words[i+1]] {
			return true // "an app analytics company", "a market research firm"
		}
	}
	for i, w := range words {
		if !academies[w] {
			continue
		}
		if i == len(words)-1 || words[i+1] == "of" || w == "institute" && words[i+1] == "for" {
			return true // "the Selby Institute for Education Research" too
		}
	}
	return false
}

// firmKinds are the nouns that say a body is a business.
var firmKinds = map[string]bool{"company": true, "firm": true, "group": true, "house": true, "consultancy": true}

func hasWord(text string, words []string) bool {
	f := attrib.Fold(text)
	for _, w := range words {
		if containsWord(f, w) || containsWord(f, w+"s") {
			return true
		}
	}
	return false
}

// containsWord reports w in f between spaces or f's ends.
func containsWord(f, w string) bool {
	for from := 0; ; {
		i := strings.Index(f[from:], w)
		if i < 0 {
			return false
		}
		i += from
		if (i == 0 || f[i-1] == ' ') && (i+len(w) == len(f) || f[i+len(w)] == ' ') {
			return true
		}
		from = i + 1
	}
}

func isOutlet(name string) bool {
	f := strings.Fields(attrib.Fold(name))
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	if last == "agency" { // a news agency, not an environment agency
		return len(f) >= 2 && (f[len(f)-2] == "news" || f[len(f)-2] == "press")
	}
	// "The Chronicle says": a newspaper's word alone names the paper.
	return lex.IsOutletWord(last)
}

// otherKind reports a body with a newspaper's word in its name that the
// story introduces as a body of another kind: "the watchdog, Open
// Ledger," is no paper.
func (s *Story) otherKind(name string) bool {
	k := s.kinds[name]
	return k != "" && !pressKinds[k]
}

// comments reports a speaker who comments or reports rather than takes a
// side: an analyst or a professor by their words or role, a seat of
// learning, a news outlet or agency. A body's own name may hold a
// commentator's word ("the UN Observer Mission" is a side).
//
// A professor or a university the story is about is a side all the same
// (principal): a commentator comments on another's story.
func (s *Story) comments(sp attrib.Speaker) bool {
	if s.commentsMemo == nil || s.clients > 0 {
		return s.readComments(sp)
	}
	c, ok := s.commentsMemo[sp]
	if !ok {
		c = s.readComments(sp)
		s.commentsMemo[sp] = c
	}
	return c
}

// readComments is comments, worked out: Side and partyOf both ask it of
// each speaker.
func (s *Story) readComments(sp attrib.Speaker) bool {
	words := sp.Role
	if sp.Kind != attrib.Body || !isProperName(sp.Name) || len(strings.Fields(sp.Name)) == 1 && commentatorWord(sp.Name) {
		words = sp.Name + " " + sp.Role // "Brokers said": a kind of commentator, capitalised to open the sentence
	}
	if s.outlet(sp.Name) || isAgency(sp.Name) ||
		sp.Kind == attrib.Person && (s.outletOwner(sp.Role) || s.outletOwner(sp.Name) || s.outletStaff(sp.Role) || ownJournalist(sp.Role)) {
		return true
	}
	if sp.Kind == attrib.Person && !s.principal(sp) && !hasWord(sp.Role, academicOffices) && !s.speaksForBody(sp) {
		// "Priya Raman of Brightwater Logistics Research" where another
		// sentence makes her "a supply chain analyst" there: any role
		// the story gives a commentator says so.
		for _, r := range s.roles[s.PersonKey(sp.Name)] {
			if hasWord(r, onlyCommentators) && commentatorWord(r) {
				return true
			}
		}
	}
	if sp.Kind == attrib.Person && !s.principal(sp) {
		for _, r := range append([]string{sp.Role}, s.roles[s.PersonKey(sp.Name)]...) {
			if expertLawyer(r) {
				return true // "Erik Jansma, a competition lawyer in Amsterdam"
			}
		}
	}
	return (isCommentator(words) || isAcademy(sp.Name)) && !s.principal(sp) && !hasWord(sp.Role, academicOffices)
}

// principalArticles is in how many of the story's articles a speaker must
// be named to be one of its principals.
const principalArticles = 2

// principal reports a named speaker of the story's own events: one that
// several of its articles name (a person by surname), one of them in its
// first paragraph, where a commentator is asked for a word further down
// (an analyst two outlets quote is still an analyst).
func (s *Story) principal(sp attrib.Speaker) bool {
	if sp.Kind != attrib.Person && sp.Kind != attrib.Body || !isName(sp.Name) || hasWord(sp.Role, onlyCommentators) {
		return false
	}
	name := sp.Name
	if sp.Kind == attrib.Person {
		f := strings.Fields(name)
		name = f[len(f)-1]
	}
	return s.textsNaming(name) >= min(principalArticles, len(s.texts)) && s.namedInLead(name)
}

// namedInLead reports a name that the first paragraph of one of the
// story's texts names, as whole words.
func (s *Story) namedInLead(name string) bool {
	return s.leadsNaming(name) > 0
}

// leadsNaming counts the first paragraphs of the story's texts that name
// a name, as whole words, up to two: whether one does, and whether more
// than one does.
func (s *Story) leadsNaming(name string) int {
	return remember(&s.byName.leadCount, name, func(name string) int {
		want := nameWords(name)
		if len(want) == 0 {
			return 0
		}
		if s.byName.leads == nil {
			for _, t := range s.texts {
				lead, _, _ := strings.Cut(strings.TrimSpace(t), "\n")
				s.byName.leads = append(s.byName.leads, textNameWords(lead))
			}
		}
		n := 0
		for _, words := range s.byName.leads {
			for i := 0; i+len(want) <= len(words); i++ {
				if hasRun(words, i, want) {
					n++
					break
				}
			}
			if n == 2 {
				break
			}
		}
		return n
	})
}

// ownJournalist reports a role an outlet gives its own journalist ("Our
// reporter in Askeby", "our political editor"): the outlet reports, no
// side speaks.
func ownJournalist(role string) bool {
	f := strings.Fields(attrib.Fold(role))
	return len(f) >= 2 && f[0] == "our" && hasWord(role, journalistWords)
}

// outletStaff reports a person's role that ends by placing them at an
// outlet: "of the Tarn Herald", "a reporter at Vell Television": the
// person is the outlet's journalist, who reports.
func (s *Story) outletStaff(role string) bool {
	f := strings.Fields(role)
	for i := len(f) - 2; i >= 0; i-- {
		switch strings.ToLower(f[i]) {
		case "of", "at", "for", "with":
			o := trimThe(strings.Join(f[i+1:], " "))
			return s.outlet(o) || isAgency(o) || lex.KnownOutlet(o)
		}
	}
	return false
}

// outletOwner reports a role or a name that opens with an outlet's
// possessive: "the Tarn Herald's Emily Vask" or "BBC's" is a journalist of
// the outlet.
func (s *Story) outletOwner(text string) bool {
	for _, pos := range []string{"'s", "’s"} {
		if o, _, ok := strings.Cut(text, pos); ok {
			o = trimThe(strings.TrimSpace(o))
			return o != "" && (s.outlet(o) || isAgency(o))
		}
	}
	return false
}

// reExpertLawyer finds a lawyer the story asks for a view, with no
// client: one named by a field of law no client is named by ("a
// competition lawyer", "a constitutional lawyer"; not "a family lawyer",
// who may be the family's) or by their law firm ("a partner at an Amsterdam law
// firm", "a competition partner at the law firm Fenwick Lowe").
var reExpertLawyer = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:(?:competition|antitrust|constitutional|media|sports|tax|insolvency|commercial|environmental|election|electoral) (?:lawyer|law specialist|law expert|solicitor|barrister|attorney)|(?:partner|lawyer|solicitor) at (?:an? |the )?(?:[\w-]+ )?law firm|law firm)\b`)
})

// expertLawyer reports a lawyer's role that names no client (see
// reExpertLawyer): a commentator.
func expertLawyer(role string) bool {
	low := strings.ToLower(role)
	if !lawyerWord(low) || !reExpertLawyer().MatchString(role) {
		return false
	}
	return !strings.Contains(low, " for ") && !strings.Contains(low, "represent") && !strings.Contains(low, "'s ") && !strings.Contains(low, "’s ")
}

// commentingFirms returns the folded organisations of orgs that a
// commentator's name or role names ("Analysts at Karsland brokerage
// Vestra Capital", "an analyst at Fenwick Securities"). Each speaker is
// read once.
func commentingFirms(analyses []attrib.Analysis, orgs []string) map[string]bool {
	out := map[string]bool{}
	seen := map[attrib.Speaker]bool{}
	for _, a := range analyses {
		for _, st := range a.Statements {
			sp := st.Speaker
			if seen[sp] {
				continue
			}
			seen[sp] = true
			if !commentatorWord(sp.Name) && !commentatorWord(sp.Role) {
				continue
			}
			words := " " + attrib.Fold(sp.Name+" "+sp.Role) + " "
			for _, o := range orgs {
				if f := attrib.Fold(o); strings.Contains(words, " "+f+" ") {
					out[f] = true
				}
			}
		}
	}
	return out
}

// lawyerWord reports lower-case text that holds a part of the word that
// ends every match of reExpertLawyer ("lawyer", "law firm", "solicitor",
// "barrister", "attorney"): most roles hold none, and are told so
// without the pattern. The parts chosen hold no "s" or "k", which the
// pattern's case folding also matches outside ASCII ("ſ", "K").
func lawyerWord(low string) bool {
	return strings.Contains(low, "law") || strings.Contains(low, "attorney") ||
		strings.Contains(low, "olicitor") || strings.Contains(low, "barri")
}
