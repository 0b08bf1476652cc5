package attrib

// Capitalised runs that are no person: the page shows them to be a thing.
//
//   - A run named by "called", "named", "dubbed" or "titled" after a noun
//     that is no word for a person or a body names a thing of that kind:
//     "a ferry called Morning Star" (but "a farmer named Tomas Eld" is a
//     person, and "a group called Fair Fares" a body).
//   - A run whose first word the tagger reads as a gerund is a title, not a
//     name: "Growing Up Weightless, a story of ...". Given names that are
//     common words ("Mark", "Will", "Grant") are not gerunds, and a name
//     the tagger does not know ("Aisling") is not read as one by its
//     ending.
//   - A heading word glued to the sentence after it by the page's layout
//     ("Summary Studies show ...", "Summary Adhering to ...") is a label:
//     the same word opens several sentences, each time before a different
//     capitalised word, and it is no part of the name that follows.
//
// A thing's name and its words are remembered, so that a later mention
// ("Clipper will orbit Jupiter") does not become a speaker either.

import (
	"strings"

	"github.com/storybot/storybot/summarize/tag"
)

// namingVerbs introduce the name of what the noun before them stands for.
var namingVerbs = setOf("called", "named", "dubbed", "titled", "entitled", "nicknamed", "codenamed")

// personNouns are words for a person, before a naming verb: "a man
// called ...".
var personNouns = setOf("man", "woman", "boy", "girl", "person", "child", "son", "daughter", "friend",
	"guy", "lady", "gentleman", "baby", "husband", "wife", "brother", "sister", "mother", "father",
	"character", "player", "user", "author", "writer", "artist", "singer", "rapper", "actor", "actress")

// minLabelSentences is how many sentences a heading word must open, each
// before a different capitalised word, to be a label.
const minLabelSentences = 3

// headingLabels returns the words that open at least minLabelSentences
// sentences, each time before a different capitalised word: labels of the
// page's layout glued to the sentence after them ("Summary", "Update").
func headingLabels(sentences []string) map[string]bool {
	next := map[string]map[string]bool{}
	for _, s := range sentences {
		f := strings.Fields(s)
		if len(f) < 3 || !startsUpper(f[0]) || !startsUpper(f[1]) || !isLetters(f[0]) {
			continue
		}
		w := strings.ToLower(f[0])
		if nonNames[w] {
			continue
		}
		if next[w] == nil {
			next[w] = map[string]bool{}
		}
		next[w][strings.ToLower(f[1])] = true
	}
	labels := map[string]bool{}
	for w, followers := range next {
		if len(followers) >= minLabelSentences {
			labels[w] = true
		}
	}
	return labels
}

// thingRun reports a run of capitalised words at toks[at] that names a
// thing, not a person (see the package notes above).
func thingRun(toks []tok, at int, run []tok) bool {
	if at >= 2 && namingVerbs[toks[at-1].lower] {
		head := toks[at-2]
		if !head.cap && head.tag.Noun() && !personNouns[head.lower] && !roleWords[head.lower] &&
			!occupations[head.lower] && !occupations[strings.TrimSuffix(head.lower, "s")] &&
			!unnamedHeads[head.lower] && !bodyNouns[head.lower] {
			return true
		}
	}
	first := run[0]
	if len(run) >= 2 && weatherNames[first.lower] {
		return true // "Typhoon Haraya", "Hurricane Ida": a storm, no one who speaks
	}
	// The tag of a word the tagger does not know is a guess from its
	// shape: "Aisling" looks like a gerund.
	return len(run) >= 2 && first.tag == tag.VBG && strings.HasSuffix(first.lower, "ing") && tag.Known(first.lower) &&
		(at == 0 || !roleBefore(toks[at-1]) && !titles[toks[at-1].lower])
}

// weatherNames open the name of a storm.
var weatherNames = setOf("typhoon", "hurricane", "cyclone", "storm", "tropical")

// noteThing remembers a thing's name and its words.
func (a *article) noteThing(run []tok) {
	if a.things == nil {
		a.things = map[string]bool{}
	}
	a.things[Fold(joinText(run))] = true
	for _, t := range run {
		if !isFunctionWord(t.lower) && !isConnector(t.lower) {
			a.things[Fold(t.text)] = true
		}
	}
}

// namesThing reports a capitalised mention that is a thing's name, or a
// word of one, and no person's or body's.
func (a *article) namesThing(np []tok) bool {
	if len(a.things) == 0 {
		return false
	}
	words := dropDeterminers(np)
	if len(words) == 0 || !allCap(words) {
		return false
	}
	name := joinText(words)
	if a.findOrg(name) != "" {
		return false
	}
	if len(words) == 1 {
		if _, person := a.persons[surnameKey(words[0].text)]; person {
			return false
		}
	}
	return a.things[Fold(name)]
}

// writtenAsThing reports a name the article also writes after a
// determiner, alone or as the start of a longer name ("the Tarnco Vela
// Founder's Edition" for "Tarnco Vela"): a product or a thing, however a
// sentence opening with it reads, so that "Tarnco" alone is no part of
// a person's name.
func (a *article) writtenAsThing(name string) bool {
	f := Fold(name)
	for _, t := range a.thingNames {
		if t == f || strings.HasPrefix(t, f+" ") {
			return true
		}
	}
	return false
}
