package summarize

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A cluster shows every distinct point of its speakers: a point of one
// speaker stands for another speaker's point only when the two say the
// same (otherSpeakerSim), while for the same speaker coverSim is enough.
func TestDistinctPointsOfTwoSpeakers(t *testing.T) {
	tests := []struct {
		name       string
		whoA, whoB string
		a, b       string
		want       int
	}{
		{"two speakers, two points on one offer",
			"ivo brandt", "mara quell",
			"Brandt put the pay talks on hold until the mayor returns from abroad next week.",
			"Quell said the mayor's pay offer left nurses worse off.", 2},
		{"one speaker, the same point told twice",
			"ivo brandt", "ivo brandt",
			"Brandt said the talks with the harbour board were on hold until Sunday.",
			"Brandt said talks with the harbour board would stay on hold until Sunday.", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			weights := newIDF(append([]string{tc.a, tc.b}, filler...), termMemo{})
			var pts []*point
			for i, x := range []struct{ who, text string }{{tc.whoA, tc.a}, {tc.whoB, tc.b}} {
				st := &statement{st: attrib.Statement{Text: x.text}, article: "a", party: "Harbour Workers", who: x.who, idx: i}
				st.features = weights.featuresOf(x.text, "", x.who, "Harbour Workers")
				pts = append(pts, &point{rep: st, all: []*statement{st}})
			}
			if got := distinctPoints(pts, []int{0, 1}); len(got) != tc.want {
				t.Errorf("%d distinct points %v, want %d", len(got), got, tc.want)
			}
		})
	}
}
