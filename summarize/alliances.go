package summarize

// alliances tells which sides take a stand against which: two sides that
// both accuse, deny or reject a third side and neither the other are on
// one side of the story ("Belcaria accused Tarvonia of using water as a
// weapon" and the Belcarian farmers' "Tarvonia is stealing the river"),
// however their words on one thing differ.
type alliances struct {
	byParty map[string][]*claimWords
	parties []string
	names   sideWords
	turned  map[[2]string]bool
}

// newAlliances indexes the claims of each side, for alliances to ask
// which sides turn on which.
func newAlliances(cw []*claimWords, names sideWords) *alliances {
	al := &alliances{byParty: map[string][]*claimWords{}, names: names, turned: map[[2]string]bool{}}
	for _, w := range cw {
		if _, ok := al.byParty[w.c.party]; !ok {
			al.parties = append(al.parties, w.c.party)
		}
		al.byParty[w.c.party] = append(al.byParty[w.c.party], w)
	}
	return al
}

// turnsOn reports a claim of side p that takes a stand against side t.
func (al *alliances) turnsOn(p, t string) bool {
	k := [2]string{p, t}
	if v, ok := al.turned[k]; ok {
		return v
	}
	v := false
	for _, w := range al.byParty[p] {
		if turnsOn(w, al.names.named(w, p, t)) != nil {
			v = true
			break
		}
	}
	al.turned[k] = v
	return v
}

// allies reports two sides that both turn on a third and neither on the
// other.
func (al *alliances) allies(a, b string) bool {
	if al.turnsOn(a, b) || al.turnsOn(b, a) {
		return false
	}
	for _, t := range al.parties {
		if t != a && t != b && al.turnsOn(a, t) && al.turnsOn(b, t) {
			return true
		}
	}
	return false
}
