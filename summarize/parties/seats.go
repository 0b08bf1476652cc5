package parties

import (
	"regexp"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// Seats: news names a government by its capital ("Harnaby denied it",
// "Moscow said"). The gazetteer knows the real capitals (Place.Seats);
// a capital the gazetteer does not know stands for its state when the
// texts say whose capital it is: "the Vellmark capital Harnaby",
// "Vellmark's capital, Harnaby", "Harnaby, the Vellmark capital",
// "Harnaby, the capital of Vellmark".

// reCapitalOf finds a state and its capital, in either order.
var reCapitalOf = regexp.MustCompile(`\b([A-Z][\p{L}-]+)(?:'s|’s)? capital,? ([A-Z][\p{L}-]+)\b|` +
	`\b([A-Z][\p{L}-]+), (?:the ([A-Z][\p{L}-]+) capital|the capital of ([A-Z][\p{L}-]+)|([A-Z][\p{L}-]+)(?:'s|’s) capital)\b`)

// seatsNamed returns each capital the texts name as a state's, for the
// states the story knows (isState), mapped to that state.
func seatsNamed(texts []string, isState func(string) bool) map[string]string {
	out := map[string]string{}
	for _, t := range texts {
		for _, cs := range capitalsMemo.Get(t, capitalsIn, func(cs [][2]string) int { return 32 * len(cs) }) {
			city, state := cs[0], cs[1]
			if !isState(state) {
				continue
			}
			if _, known := out[city]; !known {
				out[city] = state
			}
		}
	}
	return out
}

// capitalsMemo keeps the capitals each article's text names: a story's
// refresh reads every text again. Its budget, which counts each text's
// bytes too (its key), is that of stateCandidatesMemo.
var capitalsMemo = lex.NewStoryMemo[[][2]string](4<<20, 12<<10)

// capitalsIn returns the cities a text names as capitals, each with the
// name whose capital it is: what seatsNamed reads of a text alone.
func capitalsIn(t string) [][2]string {
	if !strings.Contains(t, "capital") {
		return nil
	}
	var out [][2]string
	for _, m := range reCapitalOf.FindAllStringSubmatch(t, -1) {
		city, state := m[2], m[1]
		if m[3] != "" {
			city, state = m[3], m[4]+m[5]+m[6]
		}
		if state == "" || city == state || strings.EqualFold(state, "the") {
			continue
		}
		out = append(out, [2]string{city, state})
	}
	return out
}

// reEmbassyIn finds a state's embassy in a city: "Korvany's embassy in
// Marovo", "the Korvanian embassy in Marovo".
var reEmbassyIn = regexp.MustCompile(`\b([A-Z][\p{L}-]+)(?:'s|’s)? (?:embassy|consulate|mission) in ([A-Z][\p{L}-]+)\b`)

// embassyHosts adds to the story's seats each city that holds one of its
// two states' embassy: an embassy sits in the capital of the state it is
// sent to, so in a story of two states the city is the other one's seat
// ("Korvany's embassy in Marovo": Marovo stands for Belastria).
func (s *Story) embassyHosts(texts []string) {
	var states []string
	for c := range s.country {
		if !s.regions[c] {
			states = append(states, c)
		}
	}
	if len(states) != 2 {
		return
	}
	for _, t := range texts {
		if !strings.Contains(t, " in ") {
			continue
		}
		for _, m := range reEmbassyIn.FindAllStringSubmatch(t, -1) {
			owner, city := m[1], m[2]
			if d := s.demonymOf(owner); d != "" {
				owner = d
			}
			if !s.country[owner] || s.country[city] || s.seats[city] != "" {
				continue
			}
			other := states[0]
			if other == owner {
				other = states[1]
			}
			if s.seats == nil {
				s.seats = map[string]string{}
			}
			s.seats[city] = other
		}
	}
}
