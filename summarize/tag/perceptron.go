package tag

import (
	"strings"
	"unicode/utf8"
)

// fnv is an FNV-1a 64 hash state. A feature's hash is that of prose's
// feature string ("i-1 tag+i word NN house"), built here piece by piece
// from a precomputed prefix state, so no feature string is ever made.
type fnv uint64

const (
	fnvOffset fnv = 14695981039346656037
	fnvPrime  fnv = 1099511628211
)

func (h fnv) str(s string) fnv {
	for i := 0; i < len(s); i++ {
		h ^= fnv(s[i])
		h *= fnvPrime
	}
	return h
}

func (h fnv) byte(c byte) fnv { return (h ^ fnv(c)) * fnvPrime }

// The hash states after each feature's name and its space.
var (
	hBias      = fnvOffset.str("bias")
	hSuffix    = fnvOffset.str("i suffix ")
	hPref1     = fnvOffset.str("i pref1 ")
	hPrevTag   = fnvOffset.str("i-1 tag ")
	hPrev2Tag  = fnvOffset.str("i-2 tag ")
	hTagPair   = fnvOffset.str("i tag+i-2 tag ")
	hWord      = fnvOffset.str("i word ")
	hTagWord   = fnvOffset.str("i-1 tag+i word ")
	hPrevWord  = fnvOffset.str("i-1 word ")
	hPrevSuf   = fnvOffset.str("i-1 suffix ")
	hPrev2Word = fnvOffset.str("i-2 word ")
	hNextWord  = fnvOffset.str("i+1 word ")
	hNextSuf   = fnvOffset.str("i+1 suffix ")
	hNext2Word = fnvOffset.str("i+2 word ")
)

// maxClasses bounds the model's classes (6 bits of a packed entry).
const maxClasses = 1 << (32 - weightBits)

// tagger holds the scratch of one sentence.
type tagger struct {
	ctx    []string
	scores [maxClasses]int32
}

// suffix3 is the last three bytes of s (prose slices bytes, not runes).
func suffix3(s string) string {
	if len(s) > 3 {
		return s[len(s)-3:]
	}
	return s
}

func (t *tagger) tag(m *model, dst []Tag, words []string) []Tag {
	ctx := t.ctx[:0]
	ctx = append(ctx, "-START-", "-START2-")
	for _, w := range words {
		ctx = append(ctx, lower(w))
	}
	ctx = append(ctx, "-END-", "-END2-")
	t.ctx = ctx
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		tg, name := m.rule(w)
		if tg == Invalid {
			tg = m.predict(&t.scores, w, ctx[i:i+5], p1, p2)
			name = names[tg]
		}
		dst = append(dst, tg)
		p2, p1 = p1, name
	}
	return dst
}

// rule tags a word without the perceptron, as prose does: dashes,
// emoticons, addresses, empty elements, bracket tokens and the words of
// the dictionary. It returns Invalid for the other words, and the tag's
// name as the next word's features see it.
func (m *model) rule(w string) (Tag, string) {
	switch {
	case w == "":
		return NN, "NN"
	case w == "-":
		return Dash, "-"
	case emoticons[w]:
		return SYM, "SYM"
	case w[0] == '@' ||
		mayLink(w) && m.link.MatchString(w) ||
		strings.IndexByte(w, '@') >= 0 && m.email.MatchString(w):
		return NN, "NN"
	case (w == "0" || w[0] == '*') && m.none.MatchString(w):
		return None, "-NONE-"
	case len(w) == 5 && w[0] == '-' && w[4] == '-' && upper(w[1]) && upper(w[2]) && upper(w[3]):
		return Literal, w
	}
	if tg, ok := m.dict[w]; ok {
		return tg, names[tg]
	}
	return Invalid, ""
}

// mayLink reports what the link pattern needs: a period with a character
// before it and two after it.
func mayLink(w string) bool {
	if len(w) < 4 {
		return false
	}
	i := strings.IndexByte(w[1:], '.')
	return i >= 0 && i+1 <= len(w)-3
}

func upper(c byte) bool { return c >= 'A' && c <= 'Z' }

// predict scores the classes for word w, given the normalised words
// around it (c[2] is w's) and the two tags before it, and returns the
// best.
func (m *model) predict(scores *[maxClasses]int32, w string, c []string, p1, p2 string) Tag {
	clear(scores[:])
	add := func(h fnv) {
		ws := m.weights(uint64(h))
		for i := 0; i+4 <= len(ws); i += 4 {
			e := leUint32(ws[i:])
			scores[e>>weightBits] += int32(e<<(32-weightBits)) >> (32 - weightBits)
		}
	}
	add(hBias)
	add(hSuffix.str(suffix3(w)))
	if w[0] < utf8.RuneSelf {
		add(hPref1.byte(w[0]))
	} else { // prose's string(w[0]) encodes the byte as a rune
		var buf [2]byte
		utf8.EncodeRune(buf[:], rune(w[0]))
		add(hPref1.byte(buf[0]).byte(buf[1]))
	}
	add(hPrevTag.str(p1))
	add(hPrev2Tag.str(p2))
	add(hTagPair.str(p1).byte(' ').str(p2))
	add(hWord.str(c[2]))
	add(hTagWord.str(p1).byte(' ').str(c[2]))
	add(hPrevWord.str(c[1]))
	add(hPrevSuf.str(suffix3(c[1])))
	add(hPrev2Word.str(c[0]))
	add(hNextWord.str(c[3]))
	add(hNextSuf.str(suffix3(c[3])))
	add(hNext2Word.str(c[4]))
	best := 0
	for i := 1; i < len(m.classes); i++ {
		if scores[i] > scores[best] {
			best = i
		}
	}
	return m.classes[best]
}
