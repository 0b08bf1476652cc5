package attrib

import "testing"

// An inverted cue whose speaker is a phrase with no name and no noun
// phrase the cue can take ("said one legal expert, as reported by ...")
// is read without failing.
func TestInvertedCueWithoutNounPhrase(t *testing.T) {
	for _, text := range []string{
		"“The prince is not entitled to any form of immunity,” said one legal expert, as reported by the Tarn Herald newspaper.",
		"“It was a great success,” said one.",
		"“We will not back down,” said, as reported by the Tarn Herald.",
	} {
		Extract([]string{text})
	}
}
