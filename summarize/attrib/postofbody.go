package attrib

import "strings"

// postOfBody reports whether a role holds the post noun as a post of a
// body it names after "of", "at" or "for" ("the president of the Tarn Farm
// Bureau", "president at Tarnco Bank"). A post of a place ("the mayor of
// Tarnby") is no body's.
func postOfBody(role, noun string) bool {
	words := strings.Fields(Fold(role))
	for i, w := range words {
		if w != noun || i+2 >= len(words) {
			continue
		}
		switch words[i+1] {
		case "of", "at", "for":
			for _, x := range words[i+2:] {
				if orgHeads[x] || bodyNouns[x] || servingHeads[x] {
					return true
				}
			}
		}
	}
	return false
}

// otherHolder reports whether a bare "the president" may not mean a
// person who holds the post noun of a named body: the article also writes
// the post as a title before a name ("President Arlo Venn"), a holder of
// the post as such, whom the bare noun means rather than "the president
// of the Tarn Farm Bureau" (the article's "the bureau president").
func (a *article) otherHolder(role, noun string) bool {
	return postOfBody(role, noun) && a.titledName(noun)
}

// titledName reports whether the article writes the noun as a
// capitalised title just before a capitalised name ("President Venn").
func (a *article) titledName(noun string) bool {
	if a.titled == nil {
		a.titled = map[string]bool{}
		for _, s := range a.sentences {
			toks := tokenize(s, nil)
			for i := 0; i+1 < len(toks); i++ {
				t, next := toks[i], toks[i+1]
				if t.cap && titles[t.lower] && next.cap && !next.punct && !roleWords[next.lower] && !nonNames[next.lower] {
					a.titled[t.lower] = true
				}
			}
		}
	}
	return a.titled[noun]
}

// headPosts are role nouns for whoever heads a body, whatever the post is
// called: "the UN chief" may be "the Secretary-General".
var headPosts = setOf("chief", "head", "leader", "boss", "official")

// otherPost reports a role that names a post of its own ("House Speaker",
// "police commissioner"): its holder is no one a bare different post noun
// ("the governor") stands for. A role that names none, or only a head of
// something ("UN chief"), may be any post.
func otherPost(role string) bool {
	for _, w := range strings.Fields(Fold(role)) {
		if personRoles[w] && !headPosts[w] {
			return true
		}
	}
	return false
}
