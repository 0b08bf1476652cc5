package facts

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A death toll is a count of the dead however an outlet tells it:
// "killed at least 23 people", "the death toll has risen to 31", "the
// toll reached 17", "16 people have died", "11 deaths", "13 killed". Each
// counts the dead (the class Dead), so any two of them are values of one
// count, whatever verb or noun carries it.

// Dead is the class of a count of the dead (Counted), and the outcome of
// dying (Outcome).
const Dead = "dead"

// tollWindow is how many words before its link a toll's noun may stand
// ("the death toll from the blast at the Vesk mine has risen to 31").
const tollWindow = 12

// tollLead are the words between a toll's link and its figure ("rose to
// at least 31", "stood at more than 40").
var tollLead = map[string]bool{"at": true, "least": true, "more": true, "than": true, "over": true, "as": true,
	"many": true, "about": true, "around": true, "nearly": true, "almost": true, "some": true, "roughly": true,
	"approximately": true, "an": true, "estimated": true, "up": true}

// tollLinks link a toll to its figure: "the toll rose to 14", "stood at
// 40", "reached 17", "a death toll of 23", "the toll is 9".
var tollLinks = map[string]bool{"to": true, "at": true, "of": true, "reached": true, "reaches": true, "hit": true,
	"hits": true, "is": true, "was": true, "stood": true, "stands": true, "topped": true, "passed": true,
	"exceeded": true, "now": true}

// killing are the verbs whose bare figure counts the dead: "the blast
// killed at least 23, officials said".
var killing = map[string]bool{"killed": true, "killing": true, "kills": true, "kill": true}

// tollCompounds follow "toll" when it names a charge, not the dead ("toll
// road", "toll charges").
var tollCompounds = map[string]bool{"road": true, "roads": true, "booth": true, "booths": true, "bridge": true,
	"plaza": true, "charge": true, "charges": true, "fee": true, "fees": true, "lane": true, "lanes": true,
	"free": true, "collection": true, "operator": true}

// readToll reads a number that counts no noun as a count of the dead when
// a toll reaches it or a verb of killing takes it: "the death toll has
// risen to 31", "the toll from the floods reached 17", "killed at least
// 23,". i is the number's token, next the first token after it.
func readToll(s string, toks []lex.Token, i, next int, n float64) (Fact, bool) {
	k := i - 1
	for k >= 0 && tollLead[toks[k].Lower] && !punctBefore(toks, k+1) {
		k--
	}
	if k < 0 || punctBefore(toks, k+1) {
		return Fact{}, false
	}
	end := toks[next-1].End
	f := Fact{Kind: Count, Value: n, Of: Dead, Text: s[toks[i].Start:end], Start: toks[i].Start, End: end}
	if killing[toks[k].Lower] {
		return f, true
	}
	if !tollLinks[toks[k].Lower] && toks[k].Lower != "toll" { // "put the toll at 40"
		return Fact{}, false
	}
	for m := k; m >= 0 && m >= k-tollWindow; m-- {
		if m < k && clauseBreak(s, toks, m+1) {
			break
		}
		if toks[m].Lower == "toll" && !(m+1 < len(toks) && tollCompounds[toks[m+1].Lower]) {
			return f, true
		}
	}
	return Fact{}, false
}

// deathNouns are the nouns that count the dead themselves.
var deathNouns = map[string]bool{"deaths": true, "death": true, "dead": true, "fatalities": true,
	"killed": true, "dying": true, "lives": true}

// peopleNouns count people of no kind: what befell them says what they
// count ("23 people killed" counts the dead).
var peopleNouns = map[string]bool{"people": true, "persons": true, "person": true, "individuals": true}

// countClasses map the nouns that count one kind of thing or people to
// one word: "2.1 million users" and "2.4 million customers" of one
// service count the same people.
var countClasses = map[string]string{"users": "customer", "customers": "customer", "subscribers": "customer",
	"clients": "customer", "protesters": "protester", "demonstrators": "protester",
	"marchers": "protester", "protestors": "protester", "supporters": "supporter", "fans": "supporter",
	"passengers": "passenger", "travellers": "passenger", "travelers": "passenger", "holidaymakers": "passenger",
	"workers": "worker", "employees": "worker", "miners": "worker", "labourers": "worker", "laborers": "worker",
	"staff": "worker", "staffers": "worker", "personnel": "worker", "crew": "worker"}

// Counted returns what a count counts, for telling whether two counts
// told in other words count one thing: Dead for a count of the dead
// (a toll, "11 deaths", "13 killed", "16 people have died"), the class of
// a noun of one kind of people (countClasses), else the stem of its noun
// (Fact.Of).
func Counted(s string, f Fact) string {
	if f.Kind != Count {
		return ""
	}
	w := strings.ToLower(f.Noun)
	if f.Of == Dead || deathNouns[w] || peopleNouns[w] && Outcome(s, f) == Dead {
		return Dead
	}
	if c, ok := countClasses[w]; ok {
		return c
	}
	if o := Outcome(s, f); peopleNouns[w] && (o == "crowd" || o == "" && protestContext(s)) {
		return "protester" // "200 people protested", "400 people joined a protest march" and "400 protesters": one crowd
	}
	return f.Of
}

// protestWords say a sentence is about a protest.
var protestWords = map[string]bool{"protest": true, "protests": true, "protested": true, "protesting": true,
	"march": true, "marched": true, "marching": true, "rally": true, "rallied": true, "demonstration": true,
	"demonstrated": true, "demonstrating": true, "vigil": true, "picket": true, "sit-in": true}

// protestContext reports a sentence about a protest.
func protestContext(s string) bool {
	for _, t := range lex.Tokens(s) {
		if protestWords[t.Lower] {
			return true
		}
	}
	return false
}
