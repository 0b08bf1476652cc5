package attrib

import "strings"

// maxFirmDistance is how many sentences back a firm that spoke is what
// "the company" stands for: the sentence before and the one before that,
// as a reader keeps the last speaker in mind across a sentence of detail.
const maxFirmDistance = 2

// firmThatSpoke returns the body that has just spoken, when a firm noun
// ("the company") would otherwise go to org, a firm of that kind the
// article named only in passing: "Corvane called the walkout reckless.
// The company said ..." is Corvane, not Brisk Motors named in a list
// before. The speaker must be a bare name the article gives no kind (a
// registered organisation of another kind is no firm), and not named in
// the sentence being read outside its quotations ("The company said it
// had met Corvane"). It returns "" otherwise.
func (a *article) firmThatSpoke(head, org string) string {
	b := a.lastSpeaker
	if !firmNouns[head] || b == nil || b.Kind != Body || b != a.lastBody || a.sent-a.lastStated > maxFirmDistance {
		return ""
	}
	if b.Name == org || !startsUpper(b.Name) || strings.Contains(b.Name, " ") || a.findOrg(b.Name) != "" {
		return ""
	}
	for _, t := range a.curToks {
		if t.quote == 0 && Fold(t.text) == Fold(b.Name) {
			return "" // named outside a quotation: the company is another
		}
	}
	return b.Name
}
