package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize/tag"
)

// span is a quotation inside a sentence: the byte range with its marks,
// and the quoted words.
type span struct {
	start, end int
	text       string
}

// quotes finds the quotations of a sentence: text between curly double
// quotes, between straight double quotes paired in order, and between
// curly single quotes that open after a space. Two closing single marks
// in a row (curly or straight) close a double quotation too: some typesetting
// writes the closing double mark so.
func quotes(s string) []span {
	var out []span
	open := -1
	var closeWith rune
	for i, r := range s {
		switch {
		case open < 0 && (r == '“' || r == '"' || r == '‘' && opensSingle(s, i)):
			open, closeWith = i, map[rune]rune{'“': '”', '"': '"', '‘': '’'}[r]
		case open >= 0 && (r == closeWith || closeWith == '"' && r == '”' || closeWith == '”' && r == '"' || closeWith != '’' && doubledSingle(s, i)):
			if closeWith == '’' && !closesSingle(s, i) {
				continue
			}
			end := i + utf8.RuneLen(r)
			if r == '’' || r == '\'' {
				end += utf8.RuneLen(r) // the second mark of a doubled pair
			}
			_, n := utf8.DecodeRuneInString(s[open:])
			text := strings.TrimSpace(s[open+n : i])
			if text != "" {
				out = append(out, span{start: open, end: end, text: text})
			}
			open = -1
		}
	}
	return out
}

// doubledSingle reports two closing single marks of one kind at i ("’’"
// or "”") standing as a closing double quotation mark.
func doubledSingle(s string, i int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	if r != '’' && r != '\'' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i+n:])
	return next == r
}

func opensSingle(s string, i int) bool {
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(prev) || prev == '('
}

func closesSingle(s string, i int) bool {
	rest := s[i+len("’"):]
	if rest == "" {
		return true
	}
	next, _ := utf8.DecodeRuneInString(rest)
	return !unicode.IsLetter(next)
}

// tok is a word or punctuation mark of a sentence whose quotations are
// masked as one placeholder word.
type tok struct {
	text  string
	lower string
	punct bool // , : ; . ! ? ( ) — – …
	quote int  // index+1 of the quotation this placeholder stands for, or 0
	cap   bool
	start int     // byte offset in the sentence
	tag   tag.Tag // part of speech, or tag.Invalid when not tagged (see tags.go)
}

// tokenize splits a sentence into words and punctuation, each quotation
// becoming one placeholder token.
func tokenize(s string, qs []span) []tok {
	// About one token in five bytes of prose: one allocation, not several,
	// for a sentence of up to 64 tokens; a longer one grows from there.
	out := make([]tok, 0, min(len(s)/5+1, 64))
	q := 0
	i := 0
	for i < len(s) {
		if q < len(qs) && i == qs[q].start {
			out = append(out, tok{text: "QUOTE", lower: "\x00quote", quote: q + 1, start: i})
			i = qs[q].end
			q++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case strings.ContainsRune(",:;.!?()—–…", r):
			out = append(out, tok{text: string(r), lower: string(r), punct: true, start: i})
			i += n
		case r == '-' && spacedHyphen(s, i):
			// "Marl - Tarnland and Vesk - also": a hyphen between spaces
			// is a dash, typed without one, and reads as one.
			out = append(out, tok{text: "–", lower: "–", punct: true, start: i})
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '€' || r == '£':
			j := i + n
			for j < len(s) {
				c, m := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					j += m
					continue
				}
				if strings.ContainsRune("'’-.&", c) && j+m < len(s) {
					d, _ := utf8.DecodeRuneInString(s[j+m:])
					if unicode.IsLetter(d) || unicode.IsDigit(d) {
						j += m
						continue
					}
				}
				if c == '.' && (isInitials(s[i:j]) || middleInitial(s, i, j, out) || nameSuffix(s[i:j], out)) { // "U.S.", "Jane Q. Doerr"
					j += m
				}
				if (c == '\'' || c == '’') && s[j-1] == 's' && (j+m == len(s) || !unicode.IsLetter(rune(s[j+m]))) {
					j += m // "Workers' Union"
				}
				break
			}
			w := s[i:j]
			first, _ := utf8.DecodeRuneInString(w)
			out = append(out, tok{text: w, lower: strings.ToLower(strings.ReplaceAll(w, "’", "'")), cap: unicode.IsUpper(first), start: i})
			i = j
		default:
			i += n
		}
		if q < len(qs) && i > qs[q].start { // a quote mark inside a word
			i = qs[q].start
		}
	}
	if len(out) == 0 {
		return nil
	}
	capitaliseParticles(out)
	return out
}

// spacedHyphen reports a hyphen at i with a space on each side.
func spacedHyphen(s string, i int) bool {
	return i > 0 && i+1 < len(s) && s[i-1] == ' ' && s[i+1] == ' '
}

// middleInitial reports a single capital letter s[i:j], followed by a
// period, that stands between a capitalised word and another: the middle
// initial of "Jane Q. Doerr", which keeps its period so that the name
// stays one run of capitalised words.
func middleInitial(s string, i, j int, before []tok) bool {
	if j-i != 1 || s[i] < 'A' || s[i] > 'Z' || len(before) == 0 {
		return false
	}
	if prev := before[len(before)-1]; !prev.cap || prev.punct || prev.quote > 0 || prev.start+len(prev.text) != i-1 {
		return false
	}
	return j+2 < len(s) && s[j+1] == ' ' && s[j+2] >= 'A' && s[j+2] <= 'Z'
}

// generationSuffixes end a person's name: "Piet Alder Jr.", "Ada Renn III".
var generationSuffixes = setOf("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")

// maxNameWords is how many capitalised words at the end of a phrase
// make a person's name: three ("Jane Q. Doerr"), a generational suffix
// after them, and a run of particles counting as one word ("Ada Van Der
// Dorn", "Ursula von der Leyen").
func maxNameWords(ts []tok) int {
	n := 3
	if k := len(ts); k > 0 && generationSuffixes[ts[k-1].lower] {
		n++
	}
	for i := len(ts) - 1; i > 0 && len(ts)-i <= n; i-- {
		if nameParticles[ts[i].lower] && nameParticles[ts[i-1].lower] {
			n++
		}
	}
	return n
}

// nameSuffix reports a generational suffix w ("Jr") just after a
// capitalised word: its period is part of the name, not the sentence's
// end.
func nameSuffix(w string, before []tok) bool {
	if !generationSuffixes[strings.ToLower(w)] || len(before) == 0 {
		return false
	}
	prev := before[len(before)-1]
	return prev.cap && !prev.punct && prev.quote == 0
}

// capitaliseParticles marks the lower-case particles inside a name as
// part of it: "Abdulaziz bin Salman", "Ali al-Houthi", "Ursula von der
// Leyen". A particle counts only between capitalised words (or, joined
// by a hyphen, before one).
func capitaliseParticles(ts []tok) {
	for i := range ts {
		t := &ts[i]
		if t.cap || t.punct || t.quote > 0 {
			continue
		}
		if pre, rest, ok := strings.Cut(t.text, "-"); ok && nameParticles[pre] && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			t.cap = i > 0 && ts[i-1].cap && !ts[i-1].punct // "al-Houthi" after a first name
			continue
		}
		if !nameParticles[t.lower] || i == 0 || !ts[i-1].cap || ts[i-1].punct || ts[i-1].quote > 0 {
			continue
		}
		j := i + 1
		for j < len(ts) && nameParticles[ts[j].lower] && !ts[j].cap { // "von der"
			j++
		}
		if j < len(ts) && ts[j].cap && !ts[j].punct && ts[j].quote == 0 {
			for k := i; k < j; k++ {
				ts[k].cap = true
			}
		}
	}
}

// nameParticles are the lower-case words inside names.
var nameParticles = map[string]bool{"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "abu": true,
	"de": true, "del": true, "della": true, "di": true, "da": true, "dos": true, "das": true, "van": true,
	"von": true, "der": true, "den": true, "ter": true, "le": true, "la": true, "du": true}

// isInitials reports "U.S" or "U.K" (before their final period).
func isInitials(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}
