package attrib

// The organisations an article has named, looked up by a common noun of
// their kind ("the union"), by a word of their name ("Tessaro"), or as the
// capitalised subject that opens a sentence.

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/tag"
)

// maxBodyWords is how long a body's name opening a sentence may be.
const maxBodyWords = 4

// clauseBody returns the capitalised name that opens a sentence as the
// subject of its finite verb ("Tarnco has cut", "Vantor Rail was
// pulled"), when it is no person the article names, no pronoun, no place
// and no common word capitalised only to open the sentence ("Shares
// fell"): a body. It returns "" otherwise.
// openingOrg returns the organisation the article names whose name opens
// the sentence as the subject of its verb ("The Chief Prosecutor's Office
// says ..."), or "".
func (a *article) openingOrg(toks []tok) string {
	start := 0
	if len(toks) > 1 && toks[0].lower == "the" {
		start = 1
	}
	for n := min(len(toks)-1, start+maxBodyWords); n > start; n-- {
		run := toks[start:n]
		if !run[len(run)-1].cap || run[len(run)-1].punct || !finiteTag(toks[n].tag) {
			continue
		}
		if org := a.findOrg(joinText(run)); org != "" {
			return org
		}
	}
	return ""
}

func (a *article) clauseBody(toks []tok) string {
	start := 0
	if len(toks) > 1 && toks[0].lower == "the" {
		start = 1 // "The Orla Prison Service has updated the toll."
	}
	n := start
	for n < len(toks) && n-start < maxBodyWords && toks[n].cap && !toks[n].punct && toks[n].quote == 0 {
		n++
	}
	if n == start || n >= len(toks) || !finiteTag(toks[n].tag) {
		return ""
	}
	run := toks[start:n]
	n -= start
	if nonNames[run[0].lower] || personPronouns[run[0].lower] || bodyPronouns[run[0].lower] || isPlace(run) ||
		roleWords[run[0].lower] || titles[run[0].lower] {
		return ""
	}
	if _, person := a.persons[surnameKey(run[n-1].text)]; person {
		return ""
	}
	if n == 1 && (run[0].tag == tag.NNS || a.writtenLower(run[0].lower) || !a.namedMidSentence(run[0].lower)) {
		return ""
	}
	return joinText(run)
}

// possessiveName returns the capitalised words from the start of ts up
// to the one in "'s" ("Kessler Freight Group's" of "Kessler Freight
// Group's lawsuit"), or the first word when no such run ends in "'s".
func possessiveName(ts []tok) string {
	for k, t := range ts {
		if !t.cap || t.punct {
			break
		}
		if strings.HasSuffix(t.lower, "'s") {
			return joinText(ts[:k+1])
		}
	}
	return ts[0].text
}

// bodyModifier returns the body noun that modifies a document noun ("a
// union statement", "the company's filing"), or "".
func bodyModifier(np []tok) string {
	for _, t := range np[:len(np)-1] {
		if w := strings.TrimSuffix(t.lower, "'s"); bodyNouns[w] && !t.cap {
			return w
		}
	}
	return ""
}

// findOrg returns the organisation the article named whose name is or
// starts with word ("Tessaro" for "Tessaro Holdings").
func (a *article) findOrg(word string) string {
	f := Fold(word)
	for i := len(a.orgs) - 1; i >= 0; i-- {
		if Fold(a.orgs[i]) == f {
			return a.orgs[i] // "Kesvan Rail", not the "Kesvan Rail Passengers' Association" named since
		}
	}
	for i := len(a.orgs) - 1; i >= 0; i-- {
		if strings.HasPrefix(Fold(a.orgs[i]), f+" ") {
			return a.orgs[i]
		}
	}
	return ""
}

// orgWithLink returns the organisation named in the article that ends
// the noun phrase np and holds a lower-case word ("Parents for Safe
// Medicines", "Mothers Against Drunk Driving", "Centre for Fiscal
// Studies"), and where in np its name starts; "" when there is none.
func (a *article) orgWithLink(np []tok) (string, int) {
	for i := 0; i+2 < len(np); i++ {
		if !np[i].cap || i > 0 && np[i-1].cap {
			continue
		}
		linked := false
		for _, t := range np[i+1 : len(np)-1] {
			if !t.cap {
				linked = true
			}
		}
		if !linked || !np[len(np)-1].cap {
			continue
		}
		name := joinText(np[i:])
		for _, o := range a.orgs {
			if Fold(o) == Fold(name) {
				return o, i
			}
		}
	}
	return "", 0
}

// genericOrg returns the organisation last named whose kind a generic noun
// names ("the union").
func (a *article) genericOrg(noun string) string {
	// "The company said Tessaro's plans...": the company is not one the
	// sentence names.
	var orgs []string
	text := " " + Fold(a.curText) + " "
	if a.note.cue == "according to" && a.note.mention != "" {
		// "SAG-AFTRA and the AMPTP failed to agree, according to the
		// actors' union": a source after what it says may be a body
		// that what it says named.
		if i := strings.Index(a.curText, a.note.mention); i > 0 {
			text = " " + Fold(a.curText[i:]) + " "
		}
	}
	if org := a.kindBeforeMention(noun); org != "" {
		return org
	}
	for _, o := range a.orgsSoFar() {
		// By its name, its possessive or, for a one-word name, the word:
		// "Russian" in a sentence does not name the Russian Defence Ministry.
		f := strings.Fields(Fold(o))
		if named := strings.Contains(text, " "+Fold(o)) || !demonymLike(f[0]) && strings.Contains(text, " "+f[0]); !named {
			orgs = append(orgs, o)
		}
	}
	for i := len(orgs) - 1; i >= 0; i-- {
		if a.orgKind[orgs[i]] == noun {
			return orgs[i]
		}
	}
	return GenericOrg(noun, orgs)
}

// kindBeforeMention returns the organisation of the noun's kind that the
// sentence names in a clause before the mention, after a comma and a
// conjunction ("Kestrel's calculation is 310 million crowns, and the
// company said ...": Kestrel Lines, not a company named further back),
// or "".
func (a *article) kindBeforeMention(noun string) string {
	m := a.note.mention
	if m == "" {
		return ""
	}
	i := strings.Index(a.curText, m)
	before := a.curText[:max(i, 0)]
	if i <= 0 || !strings.HasSuffix(strings.TrimSpace(before), ", and") && !strings.HasSuffix(strings.TrimSpace(before), ", but") {
		return ""
	}
	best, at := "", -1
	for _, o := range a.orgsSoFar() {
		first := strings.Fields(o)[0]
		words := strings.Fields(Fold(o))
		ofKind := GenericOrg(noun, []string{o}) != "" || a.orgKind[o] == noun ||
			(noun == "company" || noun == "firm") && !slices.ContainsFunc(words, func(w string) bool { return bodyNouns[w] && !firmNouns[w] })
		if j := strings.LastIndex(before, first); j > at && ofKind {
			best, at = o, j
		}
	}
	return best
}

// firmByTrade returns the last business named so far, and not in the
// sentence, whose name ends in its trade ("Kestrel Biopharma",
// "Halvard Minerals"), for "the company" or "the firm" that no other
// reading finds; else "".
func (a *article) firmByTrade(noun string) string {
	if noun != "company" && noun != "firm" {
		return ""
	}
	text := " " + Fold(a.curText) + " "
	orgs := a.orgsSoFar()
	for i := len(orgs) - 1; i >= 0; i-- {
		words := strings.Fields(Fold(orgs[i]))
		if len(words) > 1 && IsFirmTrade(words[len(words)-1]) && !strings.Contains(text, " "+words[0]) && !publicBodyName(words) {
			return orgs[i]
		}
	}
	return ""
}

// publicBodyName reports the words of a public body's name: a ministry's,
// an authority's ("Kessaria's Ministry of Environment and Water", which
// ends in a trade's word but is no business).
func publicBodyName(words []string) bool {
	if n := len(words); n >= 2 && words[n-1] == "service" && (demonymLike(words[0]) || stateAdjectives[words[0]]) {
		return true // "Caldarian Conciliation Service", "National Health Service": a state's
	}
	return slices.ContainsFunc(words, func(w string) bool {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		return (bodyNouns[w] || orgHeads[w]) && !firmNouns[w] && !IsFirmTrade(w) && !slices.Contains(genericOrgs["company"], w)
	})
}

// stateAdjectives open the names of a state's services.
var stateAdjectives = setOf("national", "state", "public", "federal", "royal", "civil")

// PublicBodyName is publicBodyName for a name.
func PublicBodyName(name string) bool { return publicBodyName(strings.Fields(Fold(name))) }

// officersBody returns the organisation of the generic noun's kind whose
// officer spoke in the sentence just before, as their role names it
// ("Halvard chief executive Maren Holt"), or "".
func (a *article) officersBody(noun string) string {
	sp := a.lastSpeaker
	if sp == nil || sp.Kind != Person || sp.Role == "" || a.lastStated < a.sent-1 {
		return ""
	}
	role := " " + Fold(sp.Role) + " "
	orgs := a.orgsSoFar()
	for i := len(orgs) - 1; i >= 0; i-- {
		o := orgs[i]
		f := strings.Fields(Fold(o))
		if !strings.Contains(role, " "+f[0]+" ") && !strings.Contains(role, " "+f[0]+"'s ") {
			continue
		}
		if a.orgKind[o] == noun || GenericOrg(noun, []string{o}) != "" || businessHeads[noun] && !slices.ContainsFunc(f, func(w string) bool { return bodyNouns[w] && !firmNouns[w] }) {
			return o // not "the Ministry of Water and Energy" for "the company"
		}
	}
	return ""
}

// demonymLike reports a word shaped like an adjective of a people
// ("russian", "chinese", "british"), which names no one body.
func demonymLike(w string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "an", "i"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// orgsSoFar returns the organisations named up to the sentence being read.
func (a *article) orgsSoFar() []string {
	n := 0
	for n < len(a.orgs) && a.orgSent[n] <= a.sent {
		n++
	}
	return a.orgs[:n]
}

// genericOrgs lists, for a generic noun, the heads of the organisation
// names it can stand for ("the union" for "United Nurses of Carrow").
var genericOrgs = map[string][]string{
	"union": {"union", "nurses", "workers", "guild", "federation", "confederation", "association"},
	"guild": {"guild", "union", "nurses"},
	"company": {"holdings", "group", "corp", "corporation", "inc", "ltd", "plc", "logistics", "foods", "motors", "airlines", "energy", "company", "partners", "capital", "industries", "systems", "technologies", "media", "services",
		"productions", "records", "entertainment", "pictures", "studios", "films", "broadcasting", "communications", "publishing", "games"},
	"label":         {"records", "recordings", "music"},
	"firm":          {"holdings", "group", "corp", "corporation", "inc", "ltd", "plc", "logistics", "partners", "capital", "company"},
	"group":         {"group", "holdings", "brigades", "brigade", "militia", "militias", "brotherhood", "faction", "front", "movement"},
	"bidder":        {"holdings", "group", "capital", "partners"},
	"council":       {"council"},
	"commission":    {"commission"},
	"regulator":     {"commission", "authority", "agency"},
	"authority":     {"authority"},
	"agency":        {"agency", "transit"},
	"ministry":      {"ministry"},
	"alliance":      {"alliance"},
	"bloc":          {"community", "alliance", "union"},
	"federation":    {"federation"},
	"confederation": {"confederation"},
	"board":         {"board"},
	"service":       {"service"},
	"trust":         {"trust", "hospitals"},
	"campaign":      {"campaign"},
	"committee":     {"committee"},
	"department":    {"department"},
	"bank":          {"bank"},
	"mission":       {"mission", "observers", "monitors"},
	"staff":         {"staff", "command"},
	"airline":       {"air", "airways", "airlines"},
	"club":          {"club", "fc", "afc", "athletic", "rovers", "wanderers", "rangers", "albion", "hotspur", "harriers", "united"},
	"college":       {"college"},
	"carrier":       {"air", "airways", "airlines"},
	"operator":      {"airports", "airport", "operator"},
	"carmaker":      {"motors", "motor", "cars", "automotive", "company", "group"},
	"automaker":     {"motors", "motor", "cars", "automotive", "company", "group"},
	"maker":         {"motors", "industries", "technologies", "systems", "company", "group"},
	"giant":         {"holdings", "group", "corp", "corporation", "inc", "company", "media", "technologies"},
	"studio":        {"studios", "pictures", "entertainment", "productions", "films"},
	"treasury":      {"treasury"},
	"embassy":       {"embassy"},
	"presidency":    {"presidency"},
	// A body named by its own kind: "the association" for the Vell
	// Patients Association.
	"association":  {"association"},
	"league":       {"league"},
	"coalition":    {"coalition"},
	"society":      {"society"},
	"institute":    {"institute"},
	"foundation":   {"foundation"},
	"chamber":      {"chamber"},
	"court":        {"court"},
	"hospital":     {"hospital"},
	"university":   {"university"},
	"organisation": {"organisation", "organization"},
	"organization": {"organisation", "organization"},
	"cooperative":  {"cooperative", "co-operative", "co-op"},
	// a state's agencies by their heads ("a directorate spokeswoman")
	"directorate":    {"directorate"},
	"inspectorate":   {"inspectorate"},
	"secretariat":    {"secretariat"},
	"bureau":         {"bureau"},
	"administration": {"administration"},
}

// nameHead returns the noun that heads an organisation's folded name:
// the word before "of" ("union" of the National Union of Classroom
// Teachers), else the last word ("union" of the Dockworkers' Union).
func nameHead(words []string) string {
	if i := slices.Index(words, "of"); i > 0 {
		return words[i-1]
	}
	return words[len(words)-1]
}

// employersWords name a body of employers or of business, which is never
// "the union" however its name ends ("National Employers' Federation",
// "Chamber of Commerce").
var employersWords = setOf("employer", "employers", "employer'", "business", "businesses", "industry", "industries",
	"chamber", "commerce", "manufacturer", "manufacturers", "retailer", "retailers", "owners")

// GenericOrg returns the last of orgs whose kind a generic noun names:
// "union" for "United Nurses of Carrow", "company" for "Tessaro
// Holdings"; "" when none is of that kind.
func GenericOrg(noun string, orgs []string) string {
	// The noun itself first: "the union" is the Dockworkers' Union before
	// it is the Exporters' Association.
	for i := len(orgs) - 1; i >= 0; i-- {
		if nameHead(strings.Fields(Fold(orgs[i]))) == noun && genericOrgs[noun] != nil {
			return orgs[i]
		}
	}
	heads := genericOrgs[noun]
	for i := len(orgs) - 1; i >= 0; i-- {
		words := strings.Fields(Fold(orgs[i]))
		if noun == "union" && slices.ContainsFunc(words, func(w string) bool { return employersWords[strings.TrimRight(w, "'’s")] }) {
			continue // "the union" is no National Employers' Federation
		}
		if slices.ContainsFunc(words, func(w string) bool { return bodyNouns[w] && w != noun && !slices.Contains(heads, w) && !firmNouns[w] }) {
			continue // "the airline" is no Air Safety Board, "the company" no Ministry of Water and Energy
		}
		if (noun == "company" || noun == "firm") && slices.ContainsFunc(words[:len(words)-1], func(w string) bool {
			return strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "'s") && w != words[0]
		}) {
			continue // "the company" is no Brennholt Residents' Action Group: a group of its members
		}
		for _, w := range words {
			for _, h := range heads {
				// A one-word name may end in its kind: "TarsAir" for "airline".
				if w == h || len(words) == 1 && len(w) > len(h)+2 && strings.HasSuffix(w, h) {
					return orgs[i]
				}
			}
		}
	}
	return ""
}
