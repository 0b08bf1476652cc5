package parties

// A ministry named by its portfolio alone ("the Interior Ministry",
// "Interior Minister Ola Brandt") is one country's government, the same
// actor as "Norway's interior minister".

import (
	"regexp"
	"strings"
)

// ministryCountry returns the country whose ministry p is, when p names a
// portfolio and no place: the story's one country, else the one country
// the texts give that portfolio ("Norway's interior minister", "the
// Norwegian interior ministry"). A ministry that names a place or a
// people is theirs, and an office is a side of its own; it returns ""
// then, or when no one country holds the portfolio.
func (s *Story) ministryCountry(p string) string {
	if p == "" || !hasWord(p, governmentWords) || office(p) != "" {
		return ""
	}
	if _, place := Lookup(p); place || s.placeIn(p, 0) != "" {
		return ""
	}
	for _, w := range strings.Fields(p) {
		if isDemonymShape(w) || s.demonymOf(w) != "" {
			return ""
		}
	}
	if s.home != "" {
		return s.home
	}
	if s.stateless && len(s.country) == 0 && portfolio(p) != "" && !s.portfolioOwned(portfolio(p)) {
		// "Ministry of Transport" in a story that names no country and
		// gives no one its portfolio: the government's, as "Transport
		// Minister Ilse Brandvik" is.
		return Government
	}
	return s.portfolioCountry(portfolio(p))
}

// portfolio returns the words of a ministry's name that say its remit
// ("interior" of "Interior Ministry"), in lower case, or "".
func portfolio(p string) string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(trimThe(p))) {
		if w == "of" || hasWord(w, governmentWords) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// portfolioCountry returns the one country the texts give a portfolio's
// minister or ministry by its name or people ("Norway's interior
// minister"), or "".
func (s *Story) portfolioCountry(remit string) string {
	if remit == "" {
		return ""
	}
	if c := remember(&s.byName.portfolios, remit, s.readPortfolio); c != severalOwners {
		return c
	}
	return ""
}

// portfolioOwned reports a portfolio the texts give one country or more
// ("Norway's interior minister", "Sweden's interior minister").
func (s *Story) portfolioOwned(remit string) bool {
	return remit != "" && remember(&s.byName.portfolios, remit, s.readPortfolio) != ""
}

// severalOwners is what readPortfolio finds of a portfolio two countries
// hold.
const severalOwners = "\x00several"

// readPortfolio is portfolioCountry, read from the texts.
func (s *Story) readPortfolio(remit string) string {
	re := regexp.MustCompile(portfolioPattern(remit))
	found := ""
	for _, t := range s.texts {
		for _, m := range re.FindAllStringSubmatch(t, -1) {
			name := ""
			if pl, ok := Lookup(m[1]); ok {
				name = pl.Name
			} else if s.country[m[1]] || s.org(m[1]) == m[1] {
				// "Belastan's Interior Minister": a state the gazetteer
				// does not hold, read as a body where it acts alone
				// ("Belastan accused Mirovia"); a portfolio makes it a state.
				name = m[1]
			} else if c := s.demonymOf(m[1]); c != "" {
				name = c
			} else {
				continue
			}
			if found != "" && found != name {
				return severalOwners // two countries' ministers of one portfolio
			}
			found = name
		}
	}
	return found
}

// portfolioPattern matches a country's name or people before a
// portfolio's minister or ministry: "Norway's interior minister". The
// class lists its characters before \p{L}, which compiles faster than
// the other way round and means the same.
func portfolioPattern(remit string) string {
	return `(\p{Lu}[-.\p{L}]+)(?:'s|’s)? (?i:` + regexp.QuoteMeta(remit) + `) (?i:minist(?:er|ry))`
}

// reMinisterOf finds a minister's portfolio in a post that names no
// place: "Justice Minister", "minister of justice", "the health
// minister".
var reMinisterOf = regexp.MustCompile(`(?i)^(?:the )?(?:([a-z]+) minister|minister (?:of|for) ([a-z]+))$`)

// ministryOfPost returns the ministry the story names whose portfolio a
// minister's post holds ("Justice Minister Irena Kovalenko", the story
// naming the Ministry of Justice), or "": the minister and the ministry
// are one side, whichever state it turns out to be of, unless it is a
// state the minister accuses (statesTurnedOn).
func (s *Story) ministryOfPost(name string, roles []string) string {
	for _, r := range roles {
		m := reMinisterOf.FindStringSubmatch(strings.TrimSpace(currentPosts(r)))
		if m == nil {
			continue
		}
		remit := strings.ToLower(m[1] + m[2])
		if remit == "prime" || remit == "deputy" || remit == "former" ||
			s.portfolioOwned(remit) && s.portfolioCountry(remit) == "" {
			continue // two states' defence ministers: whose is not said
		}
		found := ""
		for _, o := range s.orgs {
			if hasWord(o, []string{"ministry"}) && portfolio(o) == remit && s.placeIn(o, 0) == "" {
				if found != "" && found != o {
					return "" // two ministries of that portfolio
				}
				found = trimThe(o)
			}
		}
		if c := s.ministryCountry(found); found != "" && (c == "" || !s.statesTurnedOn(name)[c]) {
			return found // not the ministry of a state the minister accuses
		}
	}
	return ""
}
