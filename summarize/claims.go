package summarize

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/internal/linkage"
	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/parties"
)

// statement is one attributed statement of one article, with its side.
type statement struct {
	st      attrib.Statement
	article string
	order   int // article position in the story, for ordering
	party   string
	// evidence says why the statement shows under its side, for
	// `summarize --explain`: `role "Kremlin spokesman" points to ... (article 2)`.
	evidence string
	speaker  attrib.Speaker
	who      string // the speaker's folded name, to compare
	// voice is who, or the side's folded name for those who act for
	// the side under its possessive ("Musk's lawyers"): what they say
	// across articles is the side's own word.
	voice string
	idx   int    // position among the story's statements
	key   string // the same for statements of the same words (pointKey)
	features
	// answers is, for a rebuttal (attrib.Rebuttal), the statement of
	// another side it rejects; a rebuttal is no claim of its own.
	answers *statement
}

// claim gathers the statements that say one thing.
type claim struct {
	party string
	// points are the claim's statements, those of the same words as one
	// point, in story order; members are their first statements.
	points   []*point
	members  []*statement
	articles []string
	total    map[string]float64 // the sum of the points' term vectors, once needed
	// heads, when set, are the members the claim may show: those the
	// claims joined into it showed (see sameStatements).
	heads []*statement
	// rebuttals are the statements of other sides that reject one of
	// the claim's statements (statement.answers).
	rebuttals []*statement
	// account and own, when set, are a reporter's account of a point and
	// the speaker's own words on it, which the claim shows together
	// (withOwnWords).
	account, own *statement
}

// Parties finds the claims of a story's articles, says each once with the
// articles that carry it, and groups them by side, most prominent first.
func Parties(arts []Article) []Party {
	return byParty(storyClaims(arts))
}

// storyClaims returns the claims of a story's articles, each a group of
// statements of one side that say one thing.
func storyClaims(arts []Article) []*claim {
	stmts := statements(arts)
	if len(stmts) == 0 {
		return nil
	}
	// Statements of two sides are never one claim: cluster each side alone.
	var sides []string
	bySide := map[string][]*statement{}
	var rebuttals []*statement
	for _, s := range stmts {
		if s.answers != nil {
			rebuttals = append(rebuttals, s) // no claim: kept with the claim it answers
			continue
		}
		if _, ok := bySide[s.party]; !ok {
			sides = append(sides, s.party)
		}
		bySide[s.party] = append(bySide[s.party], s)
	}
	var claims []*claim
	for _, side := range sides {
		pts := points(bySide[side])
		var own []*claim
		for _, g := range clusterPoints(pts) {
			for _, sub := range distinctPoints(pts, g) {
				own = append(own, newClaim(side, pts, sub))
			}
		}
		claims = append(claims, sameStatements(samePoints(own))...)
	}
	sort.SliceStable(claims, func(i, j int) bool { return claims[i].members[0].order < claims[j].members[0].order })
	if len(rebuttals) > 0 {
		of := map[*statement]*claim{}
		for _, c := range claims {
			for _, p := range c.points {
				for _, s := range p.all {
					of[s] = c
				}
			}
		}
		for _, r := range rebuttals {
			if c := of[r.answers]; c != nil {
				c.rebuttals = append(c.rebuttals, r)
			}
		}
	}
	return claims
}

// pairBufs holds the lists of candidate pairs of points that clustering
// used, to list the next side's or story's in: a side of many points
// lists hundreds of thousands, and growing a new list each time cost
// more than comparing them. Cluster keeps none of them. Unlike a
// sync.Pool, which every collection of garbage empties, it keeps them
// from one refresh of a story to the next.
var pairBufs pairLists

// pairLists is a bounded free list of lists of pairs.
type pairLists struct {
	mu    sync.Mutex
	lists [][]linkage.Pair
}

// Bounds of pairLists: how many lists it keeps (a digest on each core),
// and the longest it keeps, some 50 MB, a side's pairs in a story of a
// few thousand articles.
const (
	maxPairLists    = 4
	maxPairListPair = 2 << 20
)

// get returns an empty list, with room when one was put back.
func (l *pairLists) get() []linkage.Pair {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.lists)
	if n == 0 {
		return nil
	}
	out := l.lists[n-1]
	l.lists[n-1] = nil
	l.lists = l.lists[:n-1]
	return out[:0]
}

// put keeps a list for a later get, unless too many or too long.
func (l *pairLists) put(list []linkage.Pair) {
	if cap(list) == 0 || cap(list) > maxPairListPair {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.lists) < maxPairLists {
		l.lists = append(l.lists, list)
	}
}

// clusterPoints groups the points of one side into claims, as indexes of
// pts, in the order of each group's first point. Only the
// MaxClusterPoints points carried by the most articles are clustered;
// any others stand alone.
func clusterPoints(pts []*point) [][]int {
	in := make([]int, 0, len(pts)) // the points clustered, in order
	var alone []int
	if len(pts) <= MaxClusterPoints {
		for i := range pts {
			in = append(in, i)
		}
	} else {
		rank := make([]int, len(pts))
		for i := range rank {
			rank[i] = i
		}
		sort.SliceStable(rank, func(a, b int) bool { return len(pts[rank[a]].perArticle) > len(pts[rank[b]].perArticle) })
		in = append(in, rank[:MaxClusterPoints]...)
		alone = append(alone, rank[MaxClusterPoints:]...)
		sort.Ints(in)
	}
	sub := make([]*point, len(in))
	sizes := make([]int, len(in))
	for k, i := range in {
		sub[k], sizes[k] = pts[i], len(pts[i].all)
	}
	var out [][]int
	pairs := pairSums(sub, pairBufs.get())
	groups := linkage.Cluster(sizes, pairs, unlistedMargin)
	pairBufs.put(pairs)
	for _, g := range groups {
		for k := range g {
			g[k] = in[g[k]]
		}
		sort.Ints(g)
		out = append(out, g)
	}
	for _, i := range alone {
		out = append(out, []int{i})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// coverSim is how alike a point of a cluster must be to one shown for the
// cluster to be said by it: below it, the point is distinct and is shown
// as a claim of its own.
const coverSim = 0.1

// bridgeSim is how alike two points shown apart in one cluster must be
// for a third point that says both of them to make them one.
const bridgeSim = 0.08

// distinctPoints splits a cluster of points (indexes of pts, in order) into
// the distinct points it holds: the points carried by the most statements
// stand for those like them (a paraphrase, the same quotation), and a point
// like none of them is one of its own ("6 percent this year" beside "no
// blank cheque"). Each is in order.
func distinctPoints(pts []*point, g []int) [][]int {
	if len(g) == 1 {
		return [][]int{g}
	}
	byWeight := append([]int(nil), g...)
	sort.SliceStable(byWeight, func(a, b int) bool { return len(pts[byWeight[a]].all) > len(pts[byWeight[b]].all) })
	var heads []int
	of := map[int]int{} // point -> the index in heads of the point that says it
	for _, i := range byWeight {
		at := -1
		for h, j := range heads {
			if covers(pts[i], pts[j]) {
				at = h
				break
			}
		}
		if at < 0 {
			at = len(heads)
			heads = append(heads, i)
		}
		of[i] = at
	}
	if len(heads) == 1 {
		return [][]int{g}
	}
	// says[i] lists the heads point i says: its own and any other of
	// its speaker it covers.
	says := map[int][]int{}
	for _, i := range g {
		for h, j := range heads {
			if h == of[i] || sameVoice(pts[j].rep, pts[i].rep) && covers(pts[i], pts[j]) {
				says[i] = append(says[i], h)
			}
		}
	}
	// Two heads of one speaker that share words, and that a third point
	// of the speaker in the cluster says both of, are one point told
	// twice ("no risk to anyone in Merrin", "no risk to public health",
	// "the river poses no risk to people").
	join := linkage.NewUnionFind(len(heads))
	for _, i := range g {
		for k, a := range says[i] {
			for _, b := range says[i][k+1:] {
				x, y := pts[heads[a]].rep, pts[heads[b]].rep
				if sameVoice(x, pts[i].rep) && sameVoice(y, pts[i].rep) && sameVoice(x, y) && join.Find(a) != join.Find(b) &&
					similarity(x.features, y.features) >= bridgeSim {
					join.Union(a, b)
				}
			}
		}
	}
	out := make([][]int, len(heads))
	for _, i := range g {
		out[join.Find(of[i])] = append(out[join.Find(of[i])], i)
	}
	out = slices.DeleteFunc(out, func(x []int) bool { return len(x) == 0 })
	sort.SliceStable(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// covers reports whether point p says what head says, never when the two
// give a measure of one kind values that share none: coverSim for one
// speaker's points; another speaker's point is theirs unless, taken whole,
// it says the same (otherSpeakerSim): one clause of a long quotation that
// shares its words ("the board voted unanimously for a walkout" inside a
// leader's minute of speech) does not make a body's statement that
// reports another vote the leader's.
func covers(p, head *point) bool {
	if measuresDiffer(measuresOf(p.rep.st.Text), measuresOf(head.rep.st.Text)) {
		return false // "four civilians" and, later, "five civilians": two points
	}
	if p.rep.speaks() != head.rep.speaks() {
		return wholeSimilarity(p.rep.features, head.rep.features) >= otherSpeakerSim
	}
	return similarity(p.rep.features, head.rep.features) >= coverSim
}

// newClaim makes a claim of the points g (indexes of pts, in order).
func newClaim(side string, pts []*point, g []int) *claim {
	c := &claim{party: side}
	var all []*statement
	for _, i := range g {
		c.points = append(c.points, pts[i])
		c.members = append(c.members, pts[i].rep)
		all = append(all, pts[i].all...)
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].idx < all[b].idx })
	for _, s := range all {
		if !slices.Contains(c.articles, s.article) {
			c.articles = append(c.articles, s.article)
		}
	}
	return c
}

// statements returns the attributed statements of a story's articles,
// each under its side (parties.Story.Side: the speaker's affiliation,
// else the speaker as a side of their own, else parties.Others), with the
// evidence for that side and what they are compared by. Only the words of
// commentators and of outlets that report are left out: they are no
// side's claims.
func statements(arts []Article) []*statement {
	texts := make([]string, len(arts))
	analyses := make([]attrib.Analysis, len(arts))
	for i, a := range arts {
		texts[i] = a.Text()
		analyses[i] = a.Analysis
	}
	story := parties.NewStory(analyses, texts)
	cut := facetCache{}
	type side struct {
		party    string
		evidence string
		ok       bool
		speaker  attrib.Speaker
		who      string
		voice    string
	}
	sides := map[attrib.Speaker]side{} // each speaker's side, worked out once
	sideOf := func(st attrib.Statement) side {
		described := parties.Described(st) // "the social media giant", not "giant"
		sd, ok := sides[described]
		if !ok {
			sd.party, sd.evidence, sd.ok = story.Side(described)
			sd.speaker = story.Canonical(st.Speaker)
			if sp := sd.speaker; sd.ok && (sp.Kind == attrib.Body || sp.Kind == attrib.Document) && sp.Generic != "" &&
				(strings.Contains(sd.evidence, "the story's") || attrib.Fold(sp.Name) == sp.Generic) {
				// "the company said", the story's one company being
				// TarsAir, "the group affirmed" after the Houthi
				// spokesman, or "the lawsuit said", TarsAir having
				// sued: the speaker is the body of the side.
				sd.speaker.Name = sd.party
			}
			if sp := sd.speaker; sd.ok && sp.Kind == attrib.Body && spells(sd.party, sp.Name) {
				// "Screen Actors Guild-American Federation of Television
				// and Radio Artists" speaks as SAG-AFTRA, the name its
				// side goes by.
				sd.speaker.Name = sd.party
			}
			sd.who = attrib.Fold(sd.speaker.Name)
			if f := attrib.Fold(sd.party); sd.ok && sd.speaker.Kind == attrib.Body && strings.HasPrefix(f, sd.who+" ") {
				// "Ford" and "Ford Motor Co": the side speaking under
				// its short name is one speaker.
				sd.who = f
			} else if rest, ok := strings.CutPrefix(sd.who, f+" "); ok && sd.ok && sd.speaker.Kind == attrib.Body && attrib.IsKindNoun(rest) {
				// "The United Auto Workers union announced": the side
				// named with what it is.
				sd.who, sd.speaker.Name = f, sd.party
			}
			sd.voice = sd.who
			if sd.ok && parties.AgentsOf(sd.speaker.Name, sd.party) {
				// "Musk's lawyers", "Russia's Permanent Mission to the
				// United Nations": the side's word, given by those
				// who act for it.
				sd.voice = attrib.Fold(sd.party)
			}
			sides[described] = sd
		}
		return sd
	}
	var stmts []*statement
	for i, an := range analyses {
		first := len(stmts)
		for _, st := range an.Statements {
			sd := sideOf(st)
			if !sd.ok {
				continue // a commentator or a reporting outlet: no side's claim
			}
			ev := sd.evidence + " (article " + strconv.Itoa(i+1) + ")"
			for _, f := range cut.facets(st) {
				if saysNothing(f, sd.speaker) {
					continue
				}
				stmts = append(stmts, &statement{
					st: f, article: arts[i].ID, order: i, party: sd.party, evidence: ev, speaker: sd.speaker, who: sd.who, voice: sd.voice,
				})
			}
		}
		for _, r := range an.Rebuttals {
			st := attrib.Statement{Speaker: r.Speaker, Text: r.Text, Sentence: r.Sentence}
			sd := sideOf(st)
			answered := answeredIn(stmts[first:], r)
			if !sd.ok || answered == nil || answered.party == sd.party {
				continue // no side's, or its own side's words
			}
			stmts = append(stmts, &statement{
				st: st, article: arts[i].ID, order: i, party: sd.party, speaker: sd.speaker, who: sd.who, voice: sd.voice,
				evidence: sd.evidence + " (article " + strconv.Itoa(i+1) + ")", answers: answered,
			})
		}
	}
	// Each text is cut into terms once (textTerms), and the features of
	// statements of the same words are computed once.
	lists := make([][]string, len(stmts))
	var claimLists [][]string // a rebuttal weighs no word of the claims
	for i, s := range stmts {
		lists[i] = textTerms(s.st.Text)
		if s.answers == nil {
			claimLists = append(claimLists, lists[i])
		}
	}
	weights := idfOf(claimLists)
	byKey := map[string]features{}
	for i, s := range stmts {
		s.idx = i
		s.key = pointKey(s)
		f, ok := byKey[s.key]
		if !ok {
			f = weights.featuresOfTerms(s.st.Text, lists[i], s.st.Quote,
				s.speaker.Name, s.speaker.Role, s.st.Speaker.Name, s.st.Speaker.Generic, s.party)
			byKey[s.key] = f
		}
		s.features = f
	}
	return stmts
}

// spells reports an acronym whose letters are the initials of name's
// words ("SAG-AFTRA" of "Screen Actors Guild-American Federation of
// Television and Radio Artists"), words like "of" and "and" left out.
func spells(acronym, name string) bool {
	letters := strings.ReplaceAll(acronym, "-", "")
	if len(letters) < 2 || strings.ToUpper(letters) != letters || !strings.Contains(name, " ") {
		return false
	}
	var ini strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch strings.ToLower(w) {
		case "of", "and", "the", "for", "&":
			continue
		}
		ini.WriteString(strings.ToUpper(w[:1]))
	}
	return ini.String() == letters
}

// saysNothing reports a statement with no quotation that has no word
// beyond its speaker's name and its reporting verb (a role may say what
// is at stake: "teachers" in "the teachers' union leader said teachers
// would march"): a sentence a
// page cut short ("Pompeo said that"), which no reader could weigh.
func saysNothing(f attrib.Statement, sp attrib.Speaker) bool {
	if pleasantry(f.Text) {
		return true // "Good morning, Paul.", "Thank you for having me."
	}
	if condolence(f, sp) {
		return true // "Our thoughts are with everyone affected," the company said.
	}
	if f.Quote != "" {
		return false
	}
	who := map[string]bool{}
	for _, w := range lex.Terms(sp.Name + " " + f.Speaker.Name) {
		who[w] = true
	}
	n := 0
	for _, w := range lex.Terms(f.Text) {
		if !who[w] && !reportingWords[w] && !leadInStems[w] {
			n++
		}
	}
	return n == 0
}

// condolence reports a statement that only offers sympathy ("Our
// thoughts are with everyone affected", "We send our deepest condolences
// to the families"): a formula every side says alike, no point of its
// own, which no reader weighs and no other side disputes.
func condolence(f attrib.Statement, sp attrib.Speaker) bool {
	text := f.Quote
	if text == "" {
		text = f.Text
	}
	who := map[string]bool{}
	for _, w := range lex.Terms(sp.Name + " " + f.Speaker.Name) {
		who[w] = true
	}
	core, n := false, 0
	for _, w := range lex.Terms(text) {
		switch {
		case sympathyCore[w]:
			core = true
		case sympathyWords[w] || who[w] || reportingWords[w]:
		default:
			return false
		}
		n++
	}
	return core && n <= maxCondolenceTerms
}

// maxCondolenceTerms bounds a formula of sympathy: a longer sentence
// says more.
const maxCondolenceTerms = 12

// sympathyCore are the stems that make a formula one of sympathy;
// sympathyWords those such a formula may hold besides.
var (
	sympathyCore  = map[string]bool{"thought": true, "prayer": true, "condol": true, "sympathi": true, "heart": true}
	sympathyWords = map[string]bool{"everyon": true, "affect": true, "famili": true, "victim": true, "love": true,
		"one": true, "go": true, "out": true, "deepest": true, "sincer": true, "heartfelt": true, "involv": true,
		"lost": true, "tragedi": true, "friend": true, "rel": true, "relat": true, "send": true, "sent": true, "offer": true,
		"extend": true, "statement": true, "brief": true, "compani": true, "passeng": true, "crew": true, "live": true}
)

// pleasantryWords are the words of a greeting or a thanks, which a
// guest opens or closes a turn with and which say nothing.
var pleasantryWords = map[string]bool{"good": true, "morning": true, "afternoon": true, "evening": true,
	"hello": true, "hi": true, "thank": true, "thanks": true, "you": true, "for": true, "having": true,
	"me": true, "us": true, "both": true, "all": true, "and": true, "pleasure": true, "welcome": true,
	"to": true, "be": true, "here": true, "nice": true, "great": true, "the": true, "invitation": true, "my": true}

// pleasantry reports a sentence that only greets or thanks, with at
// most the name of whom it addresses ("Good morning, Paul.", "Thanks for
// having me, Dana.").
func pleasantry(text string) bool {
	var buf [13]string
	words := buf[:0] // at most 13: a longer text is no pleasantry, and is not cut whole
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if words = append(words, w); len(words) > 12 {
			return false
		}
	}
	if len(words) == 0 {
		return false
	}
	greets := 0
	for _, w := range words {
		switch low := strings.ToLower(w); {
		case pleasantryWords[low]:
			if low == "morning" || low == "afternoon" || low == "evening" || low == "hello" || low == "hi" || low == "thank" || low == "thanks" || low == "welcome" {
				greets++
			}
		case unicode.IsUpper([]rune(w)[0]) && w != strings.ToUpper(w):
			// the name of whom it addresses
		default:
			return false
		}
	}
	return greets > 0
}

// leadInStems are the stems of a sentence that only announces what a
// speaker will say ("The Kessarian side tells a very different story.",
// "Harwick agreed to speak to us."): no point of its own.
var leadInStems = map[string]bool{"differ": true, "stori": true, "account": true, "version": true,
	"pictur": true, "agre": true, "speak": true}

// byParty orders the claims: sides by how many articles carry their
// claims, claims by how many articles carry them, then by where they
// first appear.
func byParty(claims []*claim) []Party {
	if len(claims) == 0 {
		return []Party{}
	}
	claims = slices.Clone(withOwnWords(claims))
	weight := map[string]int{}
	first := map[string]int{}
	for i, c := range claims {
		weight[c.party] += len(c.articles)
		if _, ok := first[c.party]; !ok {
			first[c.party] = i
		}
	}
	sort.SliceStable(claims, func(i, j int) bool {
		a, b := claims[i], claims[j]
		if a.party != b.party {
			if weight[a.party] != weight[b.party] {
				return weight[a.party] > weight[b.party]
			}
			return first[a.party] < first[b.party]
		}
		return len(a.articles) > len(b.articles)
	})
	var out []Party
	for _, c := range claims {
		if len(out) == 0 || out[len(out)-1].Name != c.party {
			out = append(out, Party{Name: c.party})
		}
		p := &out[len(out)-1]
		p.Claims = append(p.Claims, c.render())
	}
	return out
}

// id names a claim by its first statement (the earliest article's, by
// position), which later articles joining the claim do not change.
func (c *claim) id() string {
	first := c.members[0]
	for _, m := range c.members[1:] {
		if m.order < first.order || m.order == first.order && m.st.Sentence < first.st.Sentence {
			first = m
		}
	}
	return shortHash(first.article, strconv.Itoa(first.st.Sentence), first.st.Text)
}

// facetCache cuts each distinct statement (text and quotation) into its
// points once: a story carries the same statements in many articles.
type facetCache map[string][]attrib.Statement

// facets returns facets(st), from the cache when a statement of the same
// words was cut before.
func (fc facetCache) facets(st attrib.Statement) []attrib.Statement {
	key := st.Text + "\x00" + st.Quote
	cached, ok := fc[key]
	if !ok {
		cached = facetsOf(st.Text, st.Quote)
		fc[key] = cached
	}
	out := make([]attrib.Statement, len(cached))
	for i, f := range cached {
		g := st
		g.Text, g.Quote, g.Sentence = f.Text, f.Quote, st.Sentence+f.Sentence
		out[i] = g
	}
	return out
}

// sameVoice reports two statements of one speaker, or of a side speaking
// as itself ("Marisca Line said") and one of its people or bodies (its
// spokesman): a body speaks through them.
func sameVoice(x, y *statement) bool {
	return x.speaks() == y.speaks() || x.party == y.party && (sideItself(x) || sideItself(y))
}

// speaks is whose word the statement gives: its voice, else its speaker.
func (s *statement) speaks() string {
	if s.voice != "" {
		return s.voice
	}
	return s.who
}

// sideItself reports a statement the side makes as itself ("Marisca Line
// said", "the company said" of the story's one company).
func sideItself(s *statement) bool {
	f := attrib.Fold(s.party)
	return s.speaker.Kind == attrib.Body && (s.who == f || strings.HasPrefix(f, s.who+" "))
}
