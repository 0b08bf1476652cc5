package parties

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// Regions: a story of a region against its country (a referendum, a
// province's budget, a state's lawsuit against the federal government)
// names the region as one ("the northern region of Veldmark", "the
// Veldmark region", "the province of Ostra"). Such a region may be a
// side, its First Minister or premier its voice, but it is never the
// country the story happens in: the national government's "Prime
// Minister" with no country named is the country's, not the region's.

// regionNouns are the nouns that name a part of a country.
var regionNouns = map[string]bool{"region": true, "province": true, "canton": true, "oblast": true}

// regionsNamed returns the capitalised words the texts name as regions:
// after "region of" or "province of", or before "region" or
// "province".
func regionsNamed(texts []string) map[string]bool {
	out := map[string]bool{}
	for _, t := range texts {
		for _, r := range regionsMemo.Get(t, regionsIn, func(rs []string) int { return 16 * len(rs) }) {
			out[r] = true
		}
	}
	return out
}

// regionsMemo keeps the regions each article's text names; its budget,
// which counts each text's bytes too (its key), is that of
// stateCandidatesMemo.
var regionsMemo = lex.NewStoryMemo[[]string](4<<20, 12<<10)

// regionsIn returns the regions one text names: what regionsNamed reads
// of a text alone.
func regionsIn(t string) []string {
	// The nouns' letters after the first, in either case ("Region").
	if !strings.Contains(t, "egion") && !strings.Contains(t, "rovince") && !strings.Contains(t, "anton") && !strings.Contains(t, "blast") {
		return nil
	}
	var out []string
	words := strings.Fields(t)
	for i, w := range words {
		f := attrib.Fold(strings.TrimRight(w, ",.;:!?'’\"”)"))
		if !regionNouns[f] || strings.HasSuffix(w, ",") {
			continue
		}
		if i+2 < len(words) && words[i+1] == "of" && capitalised(words[i+2]) {
			out = append(out, strings.TrimRight(words[i+2], ",.;:!?'’\"”)")) // "the region of Veldmark"
		}
		if i > 0 && capitalised(words[i-1]) && !strings.ContainsAny(words[i-1], ",.;:") {
			if p := strings.TrimSuffix(strings.TrimSuffix(words[i-1], "'s"), "’s"); p == words[i-1] {
				out = append(out, p) // "the Veldmark region", not "Veldmark's region"
			}
		}
	}
	return out
}

// capitalised reports a word that opens with a capital letter and is a
// name's: letters only, past the punctuation after it.
func capitalised(w string) bool {
	w = strings.TrimRight(w, ",.;:!?'’\"”)")
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && utf8.RuneCountInString(w) >= 3 &&
		strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0
}

// regionalPosts are the posts of a region's own government; any other
// government title ("Prime Minister", "Justice Minister") is the
// country's, whatever region the sentences before it name.
var regionalPosts = []string{"first minister", "premier", "governor", "chief minister", "regional", "region's"}

// regionsPost reports whether the roles hold a region's post.
func regionsPost(roles []string) bool {
	for _, r := range roles {
		f := " " + attrib.Fold(r) + " "
		for _, p := range regionalPosts {
			if strings.Contains(f, " "+p+" ") {
				return true
			}
		}
	}
	return false
}
