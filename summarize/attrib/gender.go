package attrib

import (
	"strings"

	"github.com/storybot/storybot/summarize/tag"
)

// Pronouns are resolved to a person of their gender: what the article
// says of them, by a title ("Mr", "Ms"), a gendered role word
// ("spokeswoman", "chairman") or the pronoun a sentence that names only
// them uses for them ("Ibarra said she..."); failing that, what a list of
// given names says of their first name (givennames.go). The stories are
// full of names no list holds, so a name the list lacks says nothing.

type gender byte

const (
	unknown gender = iota
	male
	female
)

var maleWords = setOf("mr", "sir", "lord", "king", "prince", "duke", "emperor", "spokesman", "chairman", "businessman",
	"sportsman", "policeman", "headmaster", "widower", "grandfather", "uncle", "nephew", "boyfriend",
	"congressman", "councilman", "congressman", "father", "husband", "son", "brother", "he", "him", "his")

var femaleWords = setOf("mrs", "ms", "miss", "dame", "lady", "queen", "princess", "duchess", "empress", "spokeswoman",
	"sportswoman", "policewoman", "headmistress", "actress", "waitress", "heiress", "widow", "grandmother", "aunt",
	"niece", "girlfriend",
	"chairwoman", "businesswoman", "congresswoman", "councilwoman", "mother", "wife", "daughter",
	"sister", "she", "her", "hers")

// genderOfWords returns the gender the words mark, if they mark only one.
func genderOfWords(words []string) gender {
	g := unknown
	for _, w := range words {
		w = strings.Trim(strings.ToLower(w), ",.'’")
		var this gender
		switch {
		case maleWords[w]:
			this = male
		case femaleWords[w]:
			this = female
		default:
			continue
		}
		if g != unknown && g != this {
			return unknown
		}
		g = this
	}
	return g
}

// noteGender records the gender evidence of a sentence: titles and role
// words next to a name, and the pronouns of a sentence that names one
// person only.
func (a *article) noteGender(toks []tok) {
	var named []string // surname keys of the people the sentence names
	first := -1        // where the sentence first names one
	for i, t := range toks {
		if !t.cap || t.quote > 0 {
			continue
		}
		key := Fold(strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s"))
		if _, ok := a.persons[key]; !ok {
			continue
		}
		if i > 0 && toks[i-1].cap {
			// "Carla Quent" after "Dario Quent": the second bearer of
			// the surname is kept under the whole name (addPerson).
			if whole := "\x00" + Fold(toks[i-1].text) + " " + key; a.persons[whole] != nil {
				key = whole
			}
		}
		if first < 0 {
			first = i
		}
		if len(named) == 0 || named[len(named)-1] != key {
			named = append(named, key)
		}
		// "Mr Witkoff", "spokeswoman Lena Ortiz": the words before the name.
		var before []string
		for j := i - 1; j >= 0 && j >= i-4 && (!toks[j].punct || toks[j].text == "." && j > 0 && abbreviations[toks[j-1].lower]); j-- {
			before = append(before, toks[j].lower) // "Mr. Alder": the title's dot is no break
		}
		if g := genderOfWords(before); g != unknown && !isPronounList(before) {
			a.setGender(key, g)
		}
		// "Carla Quent, the victim's mother,": the appositive after.
		if i+1 < len(toks) && toks[i+1].text == "," {
			var after []string
			for j := i + 2; j < len(toks) && j <= i+7 && !toks[j].punct && !relativeWords[toks[j].lower] && toks[j].lower != "with"; j++ {
				after = append(after, toks[j].lower) // not "whose son was killed"
			}
			if g := genderOfWords(after); g != unknown && !isPronounList(after) {
				a.setGender(key, g)
			}
		}
	}
	if len(uniq(named)) != 1 {
		return
	}
	// Only a pronoun after the name: "Her rival, Tomas Brevik, said"
	// speaks of someone else's rival, and the pronouns after a name that
	// is someone's ("Asked by her barrister, Jonas Pell, how she had
	// felt") are that someone's.
	for _, t := range toks[max(0, first-4):first] {
		if t.lower == "his" || t.lower == "her" || t.lower == "their" {
			return
		}
	}
	var pronouns []string
	for k, t := range toks[first+1:] {
		if t.quote > 0 || t.lower != "he" && t.lower != "she" && t.lower != "his" && t.lower != "her" && t.lower != "him" {
			continue
		}
		if prev := toks[first+k]; (t.lower == "her" || t.lower == "him" || t.lower == "his") && (prev.tag == tag.IN || prev.tag == tag.TO) {
			continue // "Edwin Sallow agreed with her": someone else
		}
		pronouns = append(pronouns, t.lower)
	}
	if g := genderOfWords(pronouns); g != unknown {
		a.setGender(named[0], g)
	}
}

// isPronounList reports words that hold a pronoun: "his" before a name is
// someone else's ("his deputy Ana Ruiz").
func isPronounList(words []string) bool {
	for _, w := range words {
		switch w {
		case "he", "she", "his", "her", "him", "hers":
			return true
		}
	}
	return false
}

func (a *article) setGender(key string, g gender) {
	if old, ok := a.gender[key]; ok && old != g {
		a.gender[key] = unknown // conflicting evidence: say nothing
		return
	}
	a.gender[key] = g
}

// genderOf returns what the article says of a person's gender.
func (a *article) genderOf(p *Speaker) gender {
	if p == nil {
		return unknown
	}
	return a.gender[a.personKey(p)]
}

// personKey returns the key a person is kept under: the surname, or the
// whole name for a second bearer of a surname (addPerson).
func (a *article) personKey(p *Speaker) string {
	if k := surnameKey(p.Name); a.persons[k] == p {
		return k
	}
	return "\x00" + Fold(p.Name)
}

// fits reports whether a pronoun of gender g may stand for p: what the
// article says of p's gender, or else the gender of the pronouns that
// have stood for p, or else the gender of p's given name, must not be
// the other one.
func (a *article) fits(p *Speaker, g gender) bool {
	pg := a.knownGender(p)
	return g == unknown || pg == unknown || pg == g
}

// lastOfGender returns the person of gender g (or of no known gender)
// named last up to the sentence read.
func (a *article) lastOfGender(g gender) *Speaker {
	for i := len(a.mentions) - 1; i >= 0; i-- {
		if m := a.mentions[i]; m.sent <= a.sent && a.fits(m.person, g) {
			return m.person
		}
	}
	return nil
}

// knownGender is what the article, the pronouns that stood for p, or p's
// given name say of p's gender.
func (a *article) knownGender(p *Speaker) gender {
	g := a.genderOf(p)
	if g == unknown {
		g = a.heardAs[p]
	}
	if g == unknown && p != nil && p.Kind == Person {
		g = givenNameGender(p.Name)
	}
	return g
}

func uniq(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
