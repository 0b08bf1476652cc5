package parties

// The side a person's surroundings give: the country or company named just
// before their name, for a title that names none.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// contextWindow is how many bytes before a mention of a person are read
// for the country whose title they hold: about one sentence ("Dornava's
// economy minister, Ilona Marsek," or "... in Dornava. The economy
// minister, Ilona Marsek,").
const contextWindow = 120

// contextCountry returns the country named most often just before the
// person's surname across the story's texts, for a government title that
// names no country in a story of several.
func (s *Story) contextCountry(name string) string {
	return remember(&s.byName.contextCountry, name, s.findContextCountry)
}

// findContextCountry is contextCountry, read from the texts.
func (s *Story) findContextCountry(name string) string {
	turnsOn := s.statesTurnedOn(name)
	return s.contextVote(name, func(t string) string { return s.lastCountryIn(narration(t), turnsOn) })
}

// statesTurnedOn returns the states a person accuses, rejects or denies
// by name just after their name ("Defence Minister Rashid al-Tamimi
// accused Marevia of escalating the situation"): no state's official
// turns on their own state, so a state named there and before their
// next mention is none of theirs.
func (s *Story) statesTurnedOn(name string) map[string]bool {
	return remember(&s.byName.turnedOn, name, s.readStatesTurnedOn)
}

// readStatesTurnedOn is statesTurnedOn, read from the texts.
func (s *Story) readStatesTurnedOn(name string) map[string]bool {
	var out map[string]bool
	s.eachSurname(name, func(t string, _, end int) {
		rest := t[end:]
		if stop := strings.IndexAny(rest, ".;\n"); stop >= 0 {
			rest = rest[:stop]
		}
		toks := lex.Tokens(rest)
		for k, tk := range toks {
			if k > 3 {
				break // the verb of the person's clause: "al-Tamimi accused", "Varga, the minister, blamed"
			}
			if st := lex.StanceOf(tk.Lower); st != lex.Accusation && st != lex.Rejection && st != lex.Denial {
				continue
			}
			if c := s.firstCountryIn(toks[k+1:]); c != "" {
				if out == nil {
					out = map[string]bool{}
				}
				out[c] = true
			}
			break
		}
	})
	return out
}

// eachSurname calls fn with each text of the story and the start and end
// of each place it writes the surname of name.
func (s *Story) eachSurname(name string, fn func(t string, at, end int)) {
	f := strings.Fields(name)
	if len(f) == 0 {
		return
	}
	sur := f[len(f)-1]
	for _, t := range s.texts {
		for i := 0; ; {
			j := strings.Index(t[i:], sur)
			if j < 0 {
				break
			}
			at := i + j
			i = at + len(sur)
			fn(t, at, i)
		}
	}
}

// firstCountryIn returns the state that the object opening toks names
// ("Marevia of escalating", "the Marevian navy"), or "".
func (s *Story) firstCountryIn(toks []lex.Token) string {
	for k, tk := range toks {
		if k == 0 && tk.Lower == "the" {
			continue
		}
		if !tk.Capitalized {
			return ""
		}
		return s.countryOfWord(strings.TrimSuffix(tk.Text, "'s"))
	}
	return ""
}

// contextCompany returns the company an unqualified corporate title
// belongs to in a story of several companies: the one named last in the
// two sentences or so before the person is first introduced with it
// ("Northwind Logistics reported... Chief executive Ada Renn said"), else
// the company the story names at least twice as often as any other.
func (s *Story) contextCompany(name string) (company, how string) {
	found := remember(&s.byName.contextCompany, name, func(name string) [2]string {
		company, how := s.findContextCompany(name)
		return [2]string{company, how}
	})
	return found[0], found[1]
}

// findContextCompany is contextCompany, read from the texts.
func (s *Story) findContextCompany(name string) (company, how string) {
	var companies []string
	for _, o := range s.orgs {
		if s.isCompany(o) {
			companies = append(companies, trimThe(o))
		}
	}
	aliases := func(o string) []string {
		words := strings.Fields(attrib.Fold(o))
		if short := shortName(words); short != "" {
			return []string{strings.Join(words, " "), short}
		}
		return []string{strings.Join(words, " ")}
	}
	for _, t := range s.texts {
		at := strings.Index(t, name)
		if at < 0 {
			continue
		}
		before := " " + attrib.Fold(t[:at])
		if from := len(before) - 2*contextWindow; from > 0 {
			before = before[from:]
		}
		best, last := "", -1
		for _, o := range companies {
			for _, a := range aliases(o) {
				if i := strings.LastIndex(before, " "+a); i > last {
					best, last = o, i
				}
			}
		}
		if best != "" {
			return best, "named just before the name"
		}
		break // the first introduction says nothing: ask the whole story
	}
	count := map[string]int{}
	for _, t := range s.texts {
		f := " " + attrib.Fold(t) + " "
		for _, o := range companies {
			count[o] += strings.Count(f, " "+aliases(o)[len(aliases(o))-1])
		}
	}
	best, n, second := leading(count)
	if n == 0 || n < 2*second {
		return "", ""
	}
	return best, "the company the story is about"
}

// contextVote returns what pick finds most often in the words just before
// the person's surname across the story's texts, or "" on a tie.
func (s *Story) contextVote(name string, pick func(string) string) string {
	votes := map[string]int{}
	s.eachSurname(name, func(t string, at, _ int) {
		from := max(0, at-contextWindow)
		for from > 0 && from < at && !utf8.RuneStart(t[from]) {
			from++
		}
		if c := pick(t[from:at]); c != "" {
			votes[c]++
		}
	})
	best, n, tie := "", 0, false
	for _, k := range sortedKeys(votes) {
		switch {
		case votes[k] > n:
			best, n, tie = k, votes[k], false
		case votes[k] == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// lastCountryIn returns the country the last place word of text names,
// of those not in skip.
func (s *Story) lastCountryIn(text string, skip map[string]bool) string {
	words := strings.Fields(placePunct.Replace(text))
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.TrimSuffix(words[i], "'s")
		if !startsUpper(w) {
			continue
		}
		if c := s.countryOfWord(w); c != "" && !skip[c] {
			return c
		}
	}
	return ""
}

// countryOfWord returns the state a capitalised word names: its name, a
// seat of it the story names it by, or its demonym.
func (s *Story) countryOfWord(w string) string {
	if p, ok := Lookup(w); ok && (isState(p.Name) || p.Name == "European Union") {
		if slices.ContainsFunc(p.Seats, func(seat string) bool { return strings.EqualFold(seat, w) }) && !s.namesState(p) {
			return "" // "The dispute has also reached Washington": the IMF's seat, in a story no American takes part in
		}
		return p.Name // an armed group or an agency ("WHO") holds no government's titles
	}
	if s.country[w] {
		return w
	}
	return s.demonymOf(w)
}

// namesState reports a state the story's texts name by its name, an
// alias or a demonym, not only by a seat of power.
func (s *Story) namesState(p Place) bool {
	if named, ok := s.statesNamed[p.Name]; ok {
		return named
	}
	if s.statesNamed == nil {
		s.statesNamed = map[string]bool{}
	}
	named := false
	for _, t := range s.texts {
		f := attrib.Fold(t)
		for _, n := range slices.Concat([]string{p.Name}, p.Aliases, p.Demonyms) {
			switch {
			case strings.Contains(n, "."):
				named = named || strings.Contains(t, n) // "U.S."
			case strings.ToUpper(n) == n:
				named = named || nameAlone(t, n) // "US" as written, never the pronoun "us"
			default:
				named = named || containsWord(f, attrib.Fold(n)) && nameAlone(t, n)
			}
		}
	}
	s.statesNamed[p.Name] = named
	return named
}

// nameAlone reports n in text as a name of its own, not a part of a
// longer one ("Latin America"): between word boundaries, and after no
// capitalised word of the same phrase.
func nameAlone(text, n string) bool {
	isWordRune := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for from := 0; ; {
		i := strings.Index(text[from:], n)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(n)
		after, _ := utf8.DecodeRuneInString(text[end:])
		lastBefore, _ := utf8.DecodeLastRuneInString(text[:i])
		if (i == 0 || !isWordRune(lastBefore)) && (end == len(text) || !isWordRune(after)) {
			// The word before, when only a space stands between.
			before := strings.TrimRight(text[:i], " ")
			if len(before) == len(text[:i]) || before == "" {
				return true // punctuation or the start before it
			}
			if r, _ := utf8.DecodeLastRuneInString(before); !isWordRune(r) {
				return true
			}
			fields := strings.Fields(before)
			if !startsUpper(fields[len(fields)-1]) {
				return true
			}
		}
		from = i + 1
	}
}

// namedAsPlace reports a name the texts use as a place: after "in",
// "of" or "across", with no capitalised word after it ("in Vardena, ",
// "the mayor of Vardena said"), not as the first word of a body's name
// ("the Vardena Chamber of Commerce") nor as a possessive.
func (s *Story) namedAsPlace(name string) bool {
	return remember(&s.byName.places, name, s.readPlace)
}

// readPlace is namedAsPlace, read from the texts.
func (s *Story) readPlace(name string) bool {
	for _, t := range s.texts {
		for _, prep := range []string{" in ", " of ", " across "} {
			key := prep + name
			for from := 0; ; {
				i := strings.Index(t[from:], key)
				if i < 0 {
					break
				}
				from += i + len(key)
				rest := t[from:]
				if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (unicode.IsLetter(r) || r == '\'' || r == '’') {
					continue // "in Vardenan", "of Vardena's"
				}
				if next := strings.TrimLeft(rest, " "); next == "" || !startsUpper(next) || len(next) == len(rest) {
					return true // "in Vardena, the", "of Vardena said"
				}
			}
		}
	}
	return false
}

// leading returns the key of count with the highest count (the first in
// key order on a tie), that count, and the second highest.
func leading(count map[string]int) (best string, n, second int) {
	for _, k := range sortedKeys(count) {
		switch c := count[k]; {
		case c > n:
			best, n, second = k, c, n
		case c > second:
			second = c
		}
	}
	return best, n, second
}
