package attrib

import "strings"

// A quotation that fills its sentence goes on from the last speaker only
// when the sentence brings in no new speaker of its own. An indefinite
// noun phrase ("a Tarnco spokesperson", "an official") introduces someone
// not spoken of before; a pronoun, a definite description ("the group's
// leader") or a document ("a statement") may refer to the speaker before.

// newSpeaker reports a mention that is an indefinite noun phrase naming
// a person or a body, not a document.
func newSpeaker(mention string) bool {
	f := strings.Fields(strings.ToLower(mention))
	if len(f) < 2 || f[0] != "a" && f[0] != "an" {
		return false
	}
	return !documentNouns[f[len(f)-1]]
}
