package attrib

// Speaker labels: an interview or a broadcast written down names who
// speaks at the start of each turn, in capitals, with their post in
// brackets ("JORAN METTLE (SKIPPER, ILKA MAY): They didn't fire any
// flares."). A turn by someone who asks or reports (an anchor, a
// presenter, also under the surname of the name in brackets after
// "PRESENTER", a correspondent, one who answers the anchor by name, or
// a label with no post most of whose turns tell what others said, not
// in the first person plural) is narration, read sentence by sentence as
// any other; the turn of anyone else is their own statement, every
// sentence of it, without the label, even where it says what another
// said ("Mr Brenner says supplies are safe") or what the law says.

import (
	"maps"
	"regexp"
	"slices"

	"github.com/storybot/storybot/summarize/lex"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// reSpeakerLabel is a turn's label: words in capitals (a title's dot
// and an apostrophe allowed), a post in brackets, and a colon.
var reSpeakerLabel = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([\p{Lu}][\p{Lu}.'’ -]{1,40}?)(?: \(([^()]{1,60})\)|, ([\p{Lu}][\p{Lu}.,'’ -]{1,50}?))?: +\S`)
})

// askingLabels are the labels of those who ask or report in a transcript.
var askingLabels = setOf("anchor", "presenter", "host", "interviewer", "reporter", "correspondent", "narrator",
	"voiceover", "voice-over", "q", "question", "editor")

// notSpeakers open labels of a page's furniture or a letter, never of
// who speaks: "DEAR ABBY:", "UPDATE:", "EDITOR'S NOTE:", "READ MORE:".
var notSpeakers = setOf("dear", "update", "updated", "note", "editor's", "editors", "breaking", "watch", "read",
	"related", "correction", "clarification", "disclaimer", "ps", "p.s", "live", "latest", "analysis", "opinion",
	"summary", "background", "context", "key", "what", "why", "how", "when", "where", "who", "source", "sources",
	"photo", "video", "listen", "contact", "warning", "advertisement", "sponsored", "exclusive")

// turn is a paragraph's speaker label.
type turn struct {
	name, role string
	start      int  // where the turn's own words start in the paragraph
	speaks     bool // the words are the speaker's, not narration
	// tells is set when the turn tells what someone else said (see
	// tellsSpeech): narration if most turns of the label do so.
	tells bool
	// asks is set for a label whose post is an asker's ("PRESENTER",
	// "ANCHOR (ALANA PRES)"): always narration.
	asks bool
}

// speakerLabel reads the label that opens a paragraph, if any.
func speakerLabel(p string) (turn, bool) {
	if c := strings.IndexByte(p, ':'); c < 2 || c > 110 {
		return turn{}, false // a label ends in a colon near the start
	}
	if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) {
		return turn{}, false // and opens with a capital (\p{Lu})
	}
	m := reSpeakerLabel().FindStringSubmatchIndex(p)
	if m == nil {
		return turn{}, false
	}
	label := strings.TrimSpace(p[m[2]:m[3]])
	if label != strings.ToUpper(label) || len(strings.Fields(label)) > 5 ||
		notSpeakers[strings.Trim(strings.ToLower(strings.Fields(label)[0]), ".'’")] {
		return turn{}, false
	}
	var post string
	if m[4] >= 0 {
		post = strings.TrimSpace(p[m[4]:m[5]])
	} else if m[6] >= 0 {
		post = strings.TrimSpace(p[m[6]:m[7]]) // "PETRA HALVIK, INTERIOR MINISTER:"
	}
	t := turn{start: m[1] - 1}
	words := strings.Fields(label)
	for len(words) > 1 && titles[strings.Trim(strings.ToLower(words[0]), ".")] {
		words = words[1:] // "CMDR. PIET HALLORAN": the rank is no part of the name
	}
	t.name = titleCased(strings.Join(words, " "))
	low := strings.ToLower(label + " " + post)
	asking := false
	for _, w := range strings.Fields(strings.NewReplacer("(", " ", ")", " ", ",", " ").Replace(low)) {
		asking = asking || askingLabels[w]
	}
	switch {
	case asking:
		t.asks = true
		if personsName(post) {
			t.name = titleCased(post) // "PRESENTER (Anna Voss):": her later "VOSS:" turns are hers
		}
	case post != "" && !strings.EqualFold(post, "recorded"):
		t.role = joinRoleWords(t.role, postCased(post))
		t.speaks = true
	default:
		// "TOMAS BREVIK: Ruth, the boat limped in.", "MIRA CAST: I spoke
		// to the premier. She told me ...": the reporter answers the
		// anchor and reports what others said; "KORVATH: We were
		// attacked", "DRAVIC: Stolen goods are not yours.": a speaker.
		t.tells = tellsSpeech(p[t.start:]) && !firstPersonTurn(p[t.start:])
		t.speaks = !vocative(p[t.start:]) && !t.tells
	}
	return t, true
}

// tellsSpeech reports a turn that tells what someone else said ("She
// told me", "Korv says", "The museum says"), as a reporter's does: a
// reporting verb after "he", "she", "they", a name or a noun after "the". An interviewee's "anyone who says" or
// "72 hours to tell us" reports no one.
func tellsSpeech(text string) bool {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	for i := 1; i < len(words); i++ {
		if !plainCues[strings.ToLower(words[i])] {
			continue
		}
		if i >= 3 && strings.EqualFold(words[i-3], "as") || i >= 2 && strings.EqualFold(words[i-2], "as") {
			continue // "set aside exactly as the law says", "as Korv says": an aside
		}
		prev := words[i-1]
		switch low := strings.ToLower(prev); {
		case low == "he" || low == "she" || low == "they":
			return true
		case unicode.IsUpper([]rune(prev)[0]) && !firstPersonWords[low]:
			return true
		case i >= 2 && strings.EqualFold(words[i-2], "the"):
			return true // "The museum says it bought them"
		}
	}
	return false
}

// vocative reports a turn that opens by addressing someone by first name
// ("Alana, the anger is real"): a reporter answering the anchor.
func vocative(text string) bool {
	first, _, ok := strings.Cut(text, ", ")
	if title, name, two := strings.Cut(first, " "); two && titles[strings.Trim(strings.ToLower(title), ".")] {
		first = name // "Dr Reyke, your association says ..."
	}
	return ok && !strings.Contains(first, " ") && len(first) > 1 && unicode.IsUpper([]rune(first)[0]) &&
		!answerWords[strings.ToLower(first)] && // "No, and I think that is unfair"
		!lex.IsStop(strings.ToLower(first)) // "Two, the number 4 and the number 9.", "Tuesday, the ..."
}

// personsName reports a bracket that holds a person's name, written as
// a name: two or three capitalised words ("Anna Voss").
func personsName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
			return false
		}
	}
	return true // "Anna Voss", "ANNA KOVIC"
}

// firstPersonSpeech reports a turn that speaks in the first person,
// singular or plural ("I", "we", "my", "our").
func firstPersonSpeech(text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch w {
		case "I", "I'm", "I’m", "I've", "I’ve", "my", "My", "me", "we", "We", "our", "Our", "us":
			return true
		}
	}
	return false
}

// firstPersonTurn reports a turn whose speaker speaks for a group they
// belong to ("Our members had no water for four days."): a guest's,
// whatever they say others said.
func firstPersonTurn(text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch strings.ToLower(w) {
		case "we", "our", "ours":
			return true
		}
	}
	return false
}

// reporters returns the names of the labels of an article's turns that
// mark a reporter's (a turn of narration: an anchor's, one that answers
// the anchor by name; most of the label's turns telling what others
// said; or a name the article gives a journalist's post): all their
// turns are narration. A guest who once says what another said ("Mr
// Brenner says supplies are safe. He is not the one ...") is no
// reporter.
func reporters(paragraphs []string, turns map[int]turn) map[string]bool {
	out := map[string]bool{}
	text := strings.ToLower(strings.Join(paragraphs, " "))
	tells, all := map[string]int{}, map[string]int{}
	for _, t := range turns {
		all[t.name]++
		if t.tells {
			tells[t.name]++
		}
	}
	asker := interviewer(paragraphs, turns)
	if asker != "" {
		out[asker] = true
	}
	// A label most of whose turns speak in the first person ("I have run
	// this company since 2019") is a guest's, even where a turn opens by
	// addressing the presenter by name ("Daniel, the contract is right").
	// That holds in an interview, where one label asks the questions.
	first := map[string]int{}
	if asker != "" {
		for pi, t := range turns {
			if t.name != asker && firstPersonSpeech(paragraphs[pi][min(t.start, len(paragraphs[pi])):]) {
				first[t.name]++
			}
		}
	}
	for _, t := range turns {
		if t.asks || t.tells && 2*tells[t.name] > all[t.name] || !t.speaks && !t.tells && 2*first[t.name] <= all[t.name] {
			out[t.name] = true
			continue
		}
		if !t.speaks {
			continue
		}
		low := strings.ToLower(t.name)
		for _, w := range []string{"correspondent ", "reporter ", "editor ", "presenter ", "anchor "} {
			if journalistNamed(text, w, low) {
				out[t.name] = true
			}
		}
	}
	// "FROST:" after "ANNA FROST (PRESENTER):": the reporter's surname.
	for _, t := range turns {
		for r := range out {
			if !strings.Contains(t.name, " ") && strings.Contains(r, " ") && strings.EqualFold(lastWord(r), t.name) {
				out[t.name] = true
			}
		}
	}
	return out
}

// interviewer returns the label of the one who interviews in a
// transcript with guests, or "": the label most of whose turns, and at
// least two, ask a question ("Mrs Kroon, did your company run a
// cartel?", "Which is it?"), a third of its turns at least, while every
// other label asks fewer; or the label that thanks the guests by name
// ("Marta Oksen, Tomas Reiner, thank you both"). The guests answer.
func interviewer(paragraphs []string, turns map[int]turn) string {
	asked, all := map[string]int{}, map[string]int{}
	thanks := ""
	for pi, t := range turns {
		all[t.name]++
		text := paragraphs[pi][min(t.start, len(paragraphs[pi])):]
		if strings.Contains(text, "?") {
			asked[t.name]++
		}
		if thanksGuests(text) {
			thanks = t.name
		}
	}
	if len(all) < 2 {
		return ""
	}
	best, n, second := "", 0, 0
	for _, name := range slices.Sorted(maps.Keys(asked)) {
		switch k := asked[name]; {
		case k > n:
			best, n, second = name, k, n
		case k > second:
			second = k
		}
	}
	if n >= 2 && n > second && 3*n >= all[best] {
		return best
	}
	return thanks
}

// reThanksGuests is a presenter's thanks to the guests: by two names
// before it ("Annelies Kroon, thank you.", "Minister Orlem, thank you"), "thank you both", "thank you for
// joining us".
var reThanksGuests = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'’-]+, thank you\b|(?i)\bthank you (?:both|all|for joining)|\bthanks for joining`)
})

// thanksGuests reports a turn that thanks the guests.
func thanksGuests(text string) bool {
	return reThanksGuests().MatchString(text)
}

// titleCased writes words in capitals with a capital first letter each
// ("PIET HALLORAN" as "Piet Halloran", "O'NEILL" as "O'neill").
func titleCased(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		if len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
		}
		for j := 1; j < len(r); j++ {
			if r[j-1] == '-' {
				r[j] = unicode.ToUpper(r[j])
			}
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// postCased writes a post given in capitals as titleCased does, keeping
// the initials of posts and unions ("CEO, VERIMONT" as "CEO, Verimont").
func postCased(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if !postInitials[strings.ToLower(strings.Trim(w, ",.;"))] {
			words[i] = titleCased(w)
		}
	}
	return strings.Join(words, " ")
}

// postInitials are the initials a post is written with.
var postInitials = setOf("ceo", "cfo", "coo", "cto", "mp", "mep", "msp", "un", "eu", "uk", "us", "nhs", "gp")

// joinRoleWords joins two parts of a role with a comma.
func joinRoleWords(a, b string) string {
	if a == "" {
		return b
	}
	return a + ", " + b
}

// askingTurn reports a paragraph that is the turn of one who asks or
// reports (an anchor, a presenter): narration, not the label's words.
func askingTurn(turns map[int]turn, para int) bool {
	t, ok := turns[para]
	return ok && !t.speaks
}

// addressesGuest reports a sentence that speaks to someone in the second
// person: "Varosia says you came with fourteen names".
func addressesGuest(toks []tok) bool {
	return slices.ContainsFunc(toks, func(t tok) bool { return t.lower == "you" || t.lower == "your" })
}

// journalistNamed reports a journalist's post in text followed by the
// label's name, whole or as the last of up to three words ("presenter
// Hannah Croft" for "CROFT:").
func journalistNamed(text, post, name string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], post)
		if i < 0 {
			return false
		}
		from += i + len(post)
		if strings.HasPrefix(text[from:], name) {
			return true
		}
		words := strings.Fields(text[from:min(len(text), from+60)])
		for k := 1; k < len(words) && k < 3; k++ {
			if strings.TrimRight(words[k], ",.;:") == name {
				return true
			}
		}
	}
}
