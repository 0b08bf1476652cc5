package attrib

import "strings"

// maxFirmDistance is how many sentences back an organisation that spoke
// is what "the company" stands for when the article names no company: the
// sentence before and the one before that, as a reader keeps the last
// speaker in mind across a sentence of detail.
const maxFirmDistance = 2

// firmThatSpoke returns the organisation that has just spoken, for a
// firm noun ("the company") that no organisation of its kind answers:
// "The group that runs the harbour ferries, Orla Sound, says ... But the
// company says ..." is Orla Sound. The speaker must be an organisation the
// article registered, of no kind or a business's, and not named in the
// sentence outside its quotations ("the company said it had met Big
// Machine" is another). It returns "" otherwise.
func (a *article) firmThatSpoke(head string) string {
	b := a.lastBody
	if !firmNouns[head] || b == nil || b.Kind != Body || a.sent-a.lastBodyAt > maxFirmDistance {
		return ""
	}
	org := a.findOrg(b.Name)
	if org == "" {
		return ""
	}
	// Of the noun's kind by its name, or of no kind the article gives and
	// no kind its name's last word says ("Orla Sound", not the "Civil
	// Aviation Authority" for "the airline").
	f := strings.Fields(Fold(org))
	kind := a.orgKind[org]
	if GenericOrg(head, []string{org}) == "" && !firmNouns[kind] && (kind != "" || orgHeads[f[len(f)-1]]) {
		return ""
	}
	for _, t := range a.curToks {
		if t.quote == 0 && t.cap && Fold(t.text) == Fold(org) {
			return ""
		}
	}
	if a.namesOrg(org) {
		return ""
	}
	return org
}

// namesOrg reports a sentence being read that names the organisation
// outside its quotations, by its first word.
func (a *article) namesOrg(org string) bool {
	first, _, _ := strings.Cut(Fold(org), " ")
	for _, t := range a.curToks {
		if t.quote == 0 && t.cap && Fold(t.text) == first {
			return true
		}
	}
	return false
}
