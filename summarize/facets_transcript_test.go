package summarize

import (
	"reflect"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A transcript's line that is the speaker's own words, written without
// quotation marks, goes on with the point before it, as a quoted sentence
// does; a sentence that is no quotation stays a point of its own.
func TestFacetsOfTranscriptLines(t *testing.T) {
	tests := []struct {
		name, text, quote string
		want              []string
	}{
		{"one line after the introduction",
			"Mayor Ada Renn says the bridge must reopen before the winter. We have to finish the deck by May.",
			"We have to finish the deck by May.",
			[]string{"Mayor Ada Renn says the bridge must reopen before the winter. We have to finish the deck by May."}},
		{"two lines after the introduction",
			"Farmers say the milk price must rise. We have to cover the feed. We've got to pay the vet as well.",
			"We have to cover the feed. … We've got to pay the vet as well.",
			[]string{"Farmers say the milk price must rise. We have to cover the feed. We've got to pay the vet as well."}},
		{"a line that is no quotation is a point",
			"Mayor Ada Renn says the bridge must reopen before the winter. Commuters who cross it daily are the ones who pay.",
			"",
			[]string{"Mayor Ada Renn says the bridge must reopen before the winter.", "Commuters who cross it daily are the ones who pay."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range facets(attrib.Statement{Text: tc.text, Quote: tc.quote}) {
				got = append(got, f.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("facets =\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}
