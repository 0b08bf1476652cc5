package attrib

// Speaker labels: an interview or a broadcast written down names who
// speaks at the start of each turn, in capitals, with their post in
// brackets ("JORAN METTLE (SKIPPER, ILKA MAY): They didn't fire any
// flares."). A turn by someone who asks or reports (an anchor, a
// presenter, a correspondent, or a label with no post whose words are
// not in the first person) is narration, read sentence by sentence as
// any other; the turn of anyone else is their own statement, every
// sentence of it, without the label.

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
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
}

// speakerLabel reads the label that opens a paragraph, if any.
func speakerLabel(p string) (turn, bool) {
	if c := strings.IndexByte(p, ':'); c < 2 || c > 110 {
		return turn{}, false // a label ends in a colon near the start
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
	case post != "" && !strings.EqualFold(post, "recorded"):
		t.role = joinRoleWords(t.role, postCased(post))
		t.speaks = true
	default:
		// "TOMAS BREVIK: Ruth, the boat limped in.", "MIRA CAST: I spoke
		// to the premier. She told me ...": the reporter answers the
		// anchor and reports what others said; "KORVATH: We were
		// attacked", "DRAVIC: Stolen goods are not yours.": a speaker.
		t.speaks = !vocative(p[t.start:]) && !tellsSpeech(p[t.start:])
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
	return ok && !strings.Contains(first, " ") && len(first) > 1 && unicode.IsUpper([]rune(first)[0])
}

// reporters returns the names of the labels of an article's turns that
// any turn marks as a reporter's (narration, or a name the article gives
// a journalist's post): all their turns are narration.
func reporters(paragraphs []string, turns map[int]turn) map[string]bool {
	out := map[string]bool{}
	text := strings.ToLower(strings.Join(paragraphs, " "))
	for _, t := range turns {
		if !t.speaks {
			out[t.name] = true
			continue
		}
		low := strings.ToLower(t.name)
		for _, w := range []string{"correspondent ", "reporter ", "editor ", "presenter ", "anchor "} {
			if strings.Contains(text, w+low) {
				out[t.name] = true
			}
		}
	}
	return out
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
