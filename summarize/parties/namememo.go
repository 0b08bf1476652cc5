package parties

// nameMemo keeps what the texts of a story say around each name a
// speaker goes by: each is found by reading every text, and a story of
// many articles asks it of the same name for many speakers.
type nameMemo struct {
	clauseRoles    map[string][]string
	partyMark      map[string]string
	contextCountry map[string]string
	turnedOn       map[string]map[string]bool // the states a name accuses by name (statesTurnedOn)
	contextCompany map[string][2]string
	mentions       map[string]int
	texts          map[string]int       // how many texts name a name (textsNaming)
	placed         map[string][2]string // a service's place and phrase (placedService)
	words          [][]string           // each text's words (nameWords)
	leads          [][]string           // each text's first paragraph's words (leadsNaming)
	leadCount      map[string]int       // how many leads name a name, up to two (leadsNaming)
	aged           map[string]agedName  // a name's age and what follows it (aged)
	agents         map[string]bool      // whether counsel speak for a name (hasAgents)
	doing          map[string]string    // what a name was doing when met (doing)
	works          map[string]bool      // whether a name works at a place (worksThere)
	forces         map[string]string    // the state of a force's noun (stateBodyOwner)
	portfolios     map[string]string    // the state of a portfolio (portfolioCountry)
	places         map[string]bool      // whether the texts name a name as a place (namedAsPlace)
}

// agedName is what aged finds of a name.
type agedName struct {
	aged      bool
	described string
}

// remember returns f(key), worked out once and kept in *m.
func remember[V any](m *map[string]V, key string, f func(string) V) V {
	if v, ok := (*m)[key]; ok {
		return v
	}
	if *m == nil {
		*m = map[string]V{}
	}
	v := f(key)
	(*m)[key] = v
	return v
}
