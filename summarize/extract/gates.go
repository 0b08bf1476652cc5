package extract

// Gates: a pattern is compiled the first time it is used, and compiling
// one costs more than reading a page's lines, so the costly patterns are
// tried only on a line holding a literal every match of theirs holds. A
// gate is a necessary condition, never a sufficient one: with it or
// without it a line matches alike (TestGatesKeepMatches).
//
// The patterns' words are matched regardless of case, and a letter's case
// folding reaches outside ASCII only for k (K, U+212A KELVIN SIGN) and s
// (S, U+017F LONG S): a gate's words have neither, so comparing their
// ASCII letters regardless of case finds every match.

import "strings"

// isReadTime reports a reading time ("4 min read") on a lower-cased line.
func isReadTime(low string) bool {
	return low != "" && (isASCIIDigit(low[0]) || strings.HasPrefix(low, "reading time")) &&
		reReadTime().MatchString(low)
}

// isRelTime reports a relative time ("2 hours ago") on a lower-cased line.
func isRelTime(low string) bool {
	return strings.HasSuffix(low, "ago") && reRelTime().MatchString(low)
}

// isCounter reports a count of comments, shares or views on a lower-cased
// line.
func isCounter(low string) bool {
	return strings.ContainsAny(low, "0123456789") && reCounter().MatchString(low)
}

// photoAgencyWords are held by every line rePhotoCredit matches: its
// agencies, or the part of their names without k or s.
var photoAgencyWords = []string{"getty image", "hutter", "epa-efe", "ap photo", "reuter"}

// isPhotoCredit reports an agency's photo credit on a lower-cased line.
func isPhotoCredit(low string) bool {
	return containsAny(low, photoAgencyWords) && rePhotoCredit().MatchString(low)
}

// isTagLine reports a line of tags or topics ("Tags: ...").
func isTagLine(s string) bool {
	return strings.Contains(s, ":") && reTagLine().MatchString(s)
}

// mayOwnCredit reports a line that may be a photo credit of two names:
// reOwnCredit needs one of its words, a colon and a slash.
func mayOwnCredit(s string) bool {
	return strings.Contains(s, "/") && strings.Contains(s, ":") &&
		(hasFoldASCII(s, "photo") || hasFoldASCII(s, "picture") || hasFoldASCII(s, "image"))
}

// mayByline reports a line that may open with a byline's words: every
// one of them but "author" ends in "by", within the first 16 bytes.
func mayByline(s string) bool {
	head := s[:min(len(s), 16)]
	return hasFoldASCII(head, "by") || hasFoldASCII(head, "author")
}

// callToActionHeads are the openings of reCallToAction's phrases, each
// cut before its first k or s; the phrases that open with an s are let
// through by their first letter.
var callToActionHeads = []string{"follow ", "clic", "tap here", "download ", "catch all the", "for ",
	"join our", "get ", "read our", "never mi", "want to read more", "to continue reading", "already a ",
	"you have reached", "create a free account", "we u", "by continuing", "thi", "li", "adverti",
	"watch", "al", "mu"}

// isCallToAction reports a call to action ("Sign up for ...").
func isCallToAction(s string) bool {
	if s == "" {
		return false
	}
	// A first byte outside ASCII may be a long s (U+017F).
	may := s[0] >= 0x80 || lowerASCII(s[0]) == 's'
	for i := 0; !may && i < len(callToActionHeads); i++ {
		may = hasPrefixFoldASCII(s, callToActionHeads[i])
	}
	return may && reCallToAction().MatchString(s)
}

// mayDatelineNoDash reports a line that may open with reDatelineNoDash: a
// place holds no comma, so its first comma comes before the bracket.
func mayDatelineNoDash(s string) bool {
	i := strings.IndexByte(s, ',')
	return i > 0 && strings.HasPrefix(strings.TrimLeft(s[i+1:], "\t\n\f\r "), "(")
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasFoldASCII reports whether s holds word, a lower-case ASCII word,
// regardless of the case of its ASCII letters.
func hasFoldASCII(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) && lowerASCII(s[i+j]) == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

// hasPrefixFoldASCII reports whether s opens with word, a lower-case
// ASCII word, regardless of the case of its ASCII letters.
func hasPrefixFoldASCII(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	for i := 0; i < len(word); i++ {
		if lowerASCII(s[i]) != word[i] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }
