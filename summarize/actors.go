package summarize

import (
	"slices"
	"sort"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/parties"
)

// The sides of a dispute: the words that name each side in a text, and
// which two sides are one actor under two names.

// sideNames returns, for each side, the words that name it in a text: the
// words of its name (and its members' plural, "the Liberals" of the
// Liberal Party), the surnames of its speakers, the kind noun its
// articles call it by when it speaks ("the company said") if no other
// side is called so or is of that kind by its name, and for a country the
// gazetteer's names, demonyms and seats ("Kremlin" for Russia).
func sideNames(claims []*claim) map[string][]string {
	out := map[string][]string{}
	kindOf := map[string]map[string]bool{} // a kind noun -> the sides it was said of
	for _, c := range claims {
		for _, m := range c.members {
			if g := m.speaker.Generic; m.speaker.Kind == attrib.Body && attrib.IsKindNoun(g) {
				if kindOf[g] == nil {
					kindOf[g] = map[string]bool{}
				}
				kindOf[g][c.party] = true
			}
		}
	}
	add := func(side, w string) {
		w = attrib.Fold(strings.Trim(w, ",.'’"))
		if len(w) < 3 || lex.IsStop(w) || slices.Contains(out[side], w) {
			return
		}
		out[side] = append(out[side], w)
	}
	for _, c := range claims {
		if _, seen := out[c.party]; !seen {
			out[c.party] = nil
			for _, w := range strings.Fields(c.party) {
				if !genericNameWord(w) {
					add(c.party, w)
				}
			}
			if f := strings.Fields(c.party); len(f) == 1 && !bodyHeads[strings.ToLower(f[0])] {
				// "Government", "Police": a side named by its kind alone
				// ("Board" may be any side's board).
				add(c.party, f[0])
			}
			if f := strings.Fields(c.party); len(f) == 2 && strings.EqualFold(f[1], "party") && !strings.HasSuffix(f[0], "s") {
				add(c.party, f[0]+"s") // "the Liberals", "the Greens": a party named by its members
			}
			if p, ok := parties.Lookup(c.party); ok {
				for _, list := range [][]string{p.Aliases, p.Demonyms, p.Seats} {
					for _, w := range list {
						add(c.party, w)
					}
				}
			}
		}
		for _, m := range c.members {
			if m.speaker.Kind == attrib.Person {
				if f := strings.Fields(m.speaker.Name); len(f) > 0 {
					add(c.party, f[len(f)-1])
				}
			}
			if g := m.speaker.Generic; m.speaker.Kind == attrib.Body && len(kindOf[g]) == 1 && kindOf[g][c.party] && !otherOfKind(claims, c.party, g) {
				add(c.party, g) // "accused the company", the one side "the company" spoke for
			}
		}
	}
	// "the board": the kind of body a side's name ends with names it,
	// when no other side's name ends so.
	// So does a kind inside the name ("Carrow Trade Union Federation":
	// "the union").
	heads := map[string][]string{}
	for side := range out {
		f := strings.Fields(side)
		if len(f) < 2 {
			continue
		}
		for _, w := range f[1:] {
			if h := strings.ToLower(w); bodyHeads[h] && !slices.Contains(heads[h], side) {
				heads[h] = append(heads[h], side)
			}
		}
	}
	for h, sides := range heads {
		if len(sides) == 1 {
			add(sides[0], h)
		}
	}
	// "the union" of the one side whose name is a union's of another
	// word ("Castamar Pilots' Association", the pilots' union), "the
	// group" of the one armed group.
	for _, noun := range kindsOfSides {
		var of []string
		for side := range out {
			if attrib.GenericOrg(noun, []string{side}) != "" {
				of = append(of, side)
			}
		}
		if len(of) == 1 {
			add(of[0], noun)
		}
	}
	return out
}

// kindsOfSides are the nouns a text names a side by that its name may
// not hold ("the union" of a pilots' association).
var kindsOfSides = []string{"union", "group"}

// bodyHeads are the kinds of body a name ends with ("School Board",
// "Water Agency") by which a text may name it ("the board").
var bodyHeads = map[string]bool{"board": true, "union": true, "company": true, "council": true, "ministry": true,
	"authority": true, "agency": true, "department": true, "association": true, "federation": true,
	"commission": true, "alliance": true, "league": true}

// otherOfKind reports a side other than party whose name says it is of
// the kind the noun names ("Orvane Productions" for "company"): the noun
// then names no one side.
func otherOfKind(claims []*claim, party, noun string) bool {
	for _, c := range claims {
		if c.party != party && attrib.GenericOrg(noun, []string{c.party}) != "" {
			return true
		}
	}
	return false
}

// otherSide stands for "the other side" or "the other party" among the
// folded words of a statement: the speaker's opponent.
const otherSide = "\x00other"

// sideWords are the words that name each side, and the story's two
// principal sides, each "the other side" of the other.
type sideWords struct {
	names      map[string][]string
	principals [2]string
	// sidesOf counts, for each word, the sides whose names hold it.
	sidesOf map[string]int
}

// newSideWords indexes the words that name each side.
func newSideWords(names map[string][]string, principals [2]string) sideWords {
	w := sideWords{names: names, principals: principals, sidesOf: map[string]int{}}
	for _, ws := range names {
		for _, x := range ws {
			w.sidesOf[x]++
		}
	}
	return w
}

// of returns the words that name side in what speaker's side says: its
// names, and "the other side" when the two are the story's principals. A
// word the speaker's own name shares ("Northern" of the Northern Trade
// Alliance, speaking of the Northern Dairy Federation; a town both are
// named after) names the speaker as well, and so not the other side.
func (w sideWords) of(speaker, side string) []string {
	own := w.names[speaker]
	var out []string
	for _, x := range w.names[side] {
		if !slices.Contains(own, x) && !slices.ContainsFunc(own, func(o string) bool { return demonymPair(o, x) }) {
			out = append(out, x)
		}
	}
	p := w.principals
	if p[1] != "" && (speaker == p[0] && side == p[1] || speaker == p[1] && side == p[0]) {
		out = append(out, otherSide)
	}
	return out
}

// demonymPair reports two words of which one is the other with a
// demonym's ending ("belcaria" and "belcarian", "kestria" and
// "kestrian"): the state's word and its people's name one side, so
// "Belcarian" in what Belcaria says names no other side that holds it.
func demonymPair(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 || !strings.HasPrefix(b, a) {
		return false
	}
	switch b[len(a):] {
	case "n", "an", "ian", "ese", "i", "ish":
		return true
	}
	return false
}

// named returns the words that name side in what claim w of speaker's
// side says (of), or nil when the words of side it uses are all words of
// another side's name too, which it names by more of them: "blamed the
// Carrow Ferry Company" names the ferry company, not the Carrow Port
// Authority.
func (w sideWords) named(c *claimWords, speaker, side string) []string {
	ws := w.of(speaker, side)
	used := usedWords(c, ws)
	if len(used) == 0 || slices.ContainsFunc(used, func(x string) bool { return w.sidesOf[x] < 2 }) {
		return ws // a word of this side's names alone names it
	}
	if slices.ContainsFunc(used, func(x string) bool { _, ok := parties.Lookup(x); return ok }) {
		// A country's word names the country and its bodies alike
		// ("Russian" of Russia and of the Russian Defence Ministry).
		return ws
	}
	for other := range w.names {
		if other == side || other == speaker {
			continue
		}
		if more := usedWords(c, w.of(speaker, other)); len(more) > len(used) && subset(used, more) {
			return nil
		}
	}
	return ws
}

// usedWords returns the words of ws that claim c uses.
func usedWords(c *claimWords, ws []string) []string {
	var out []string
	for _, x := range ws {
		if c.words[x] {
			out = append(out, x)
		}
	}
	return out
}

// subset reports whether every word of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// principals returns the two sides with the most claims (the first to
// speak among equals): the story's two sides, when it has two.
func principals(claims []*claim) [2]string {
	count := map[string]int{}
	var order []string
	for _, c := range claims {
		if count[c.party] == 0 {
			order = append(order, c.party)
		}
		count[c.party]++
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	var p [2]string
	copy(p[:], order)
	return p
}

// genericNameWord reports words of a side's name that name no side alone
// ("Office", "Group", "of").
func genericNameWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, "'’s")) {
	case "office", "group", "of", "the", "and", "company", "council", "union", "board", "government",
		"city", "holdings", "association", "partners", "department", "ministry", "authority", "national":
		return true
	}
	return false
}

// oneActor reports two sides that are one actor under two names: one
// person speaks for both, their speakers share a surname ("Ali al-Houthi",
// "Abdul-Malik al-Houthi"), a speaker's name holds the other side's name
// ("al-Houthi" and the Houthis), or one side's name opens with the other's or its demonym
// ("Ford Expedition", "Russian Foreign Ministry"), unless it names a body
// of members ("Harth Nurses Union" and Harth).
//
// A speaker counts only where they give a third of a side's statements or
// more: one statement misread under the other side ("Skyvale's chief
// executive, ..., has accused the union" read as the union's) does not
// make two sides one.
func oneActor(a, b actorKeys) bool {
	for w := range a.speakers {
		if a.main(w) && (b.main(w) || b.name[w]) {
			return true
		}
	}
	for w := range b.speakers {
		if b.main(w) && a.name[w] {
			return true
		}
	}
	return opensWith(a.party, b.party) || opensWith(b.party, a.party)
}

// actorKeys are the words that identify a side's actor.
type actorKeys struct {
	party    string
	speakers map[string]int  // stems of its speakers' surnames, with how many statements each gives
	members  int             // the side's statements
	name     map[string]bool // stems of the words of the side's name
}

// main reports a speaker's surname stem that gives a third of the side's
// statements or more.
func (k actorKeys) main(w string) bool {
	return k.speakers[w] > 0 && 3*k.speakers[w] >= k.members
}

// actors returns the actor keys of each side of the claims.
func actors(claims []*claim) map[string]actorKeys {
	out := map[string]actorKeys{}
	for _, c := range claims {
		k, ok := out[c.party]
		if !ok {
			k = actorKeys{party: c.party, speakers: map[string]int{}, name: map[string]bool{}}
			for _, w := range strings.Fields(c.party) {
				if !genericNameWord(w) {
					for _, s := range terms(w) {
						k.name[s] = true
					}
				}
			}
			out[c.party] = k
		}
		for _, m := range c.members {
			k.members++
			sp := m.speaker
			if f := strings.Fields(sp.Name); len(f) > 1 && sp.Kind != attrib.Unnamed && sp.Kind != attrib.Document {
				last := strings.ToLower(f[len(f)-1])
				for _, p := range []string{"al-", "el-"} {
					last = strings.TrimPrefix(last, p)
				}
				if !genericNameWord(last) && !(sp.Kind == attrib.Body && attrib.IsFirmTrade(last)) {
					// "Tarvan Minerals": its trade is no key of who it is,
					// whatever the Miners' Federation is called.
					for _, s := range terms(last) {
						k.speakers[s]++
					}
				}
			}
		}
		out[c.party] = k
	}
	return out
}

// opensWith reports a side's name that opens with another side's name or
// the other's demonym, as a word: "Ford Expedition" with "Ford", "Russian
// Foreign Ministry" with "Russia".
func opensWith(name, other string) bool {
	if parties.MembersBody(name) {
		return false // "Harth Nurses Union" is not Harth, nor "Tarnco Workers Union" Tarnco
	}
	heads := []string{other}
	if p, ok := parties.Lookup(other); ok {
		heads = append(heads, p.Demonyms...)
	}
	for _, h := range heads {
		if rest, ok := strings.CutPrefix(name, h); ok && (rest == "" || rest[0] == ' ' || strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")) {
			return true
		}
	}
	return false
}
