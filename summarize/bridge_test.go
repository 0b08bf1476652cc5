package summarize

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// Two points of one speaker that a cluster shows apart are one claim when
// they share words and a third statement of the speaker says both of
// them; points that share nothing, or another speaker's points, stay
// apart however a packed statement links them.
func TestDistinctPointsJoinedByAThird(t *testing.T) {
	type stmt struct{ who, text, quote string }
	tests := []struct {
		name  string
		stmts []stmt
		want  int
	}{
		{"one speaker, one point told three ways", []stmt{
			{"rina vance", `"There is no danger to anyone in Pellow from this water," she said, "and we are checking every pipe."`, "There is no danger to anyone in Pellow from this water, … and we are checking every pipe."},
			{"rina vance", "Vance insisted the water posed no danger to health. “My own family swims there every summer.”", "My own family swims there every summer."},
			{"rina vance", "Vance has said the lake poses no danger to anyone in the town.", ""},
		}, 1},
		{"one speaker, two points a packed sentence links", []stmt{
			{"rina vance", "Vance said the tariffs were a lawful safeguard under trade rules.", ""},
			{"rina vance", "Vance said foreign imports had surged 40 percent in a year.", ""},
			{"rina vance", "She insisted the tariffs were a lawful safeguard and said foreign imports had jumped 40 percent.", ""},
		}, 2},
		{"two speakers, one point each", []stmt{
			{"rina vance", `"There is no danger to anyone in Pellow from this water," she said, "and we are checking every pipe."`, "There is no danger to anyone in Pellow from this water, … and we are checking every pipe."},
			{"olek marr", "Marr insisted the water posed no danger to families in Pellow. “My own family swims there every summer.”", "My own family swims there every summer."},
			{"rina vance", "Vance has said the lake poses no danger to anyone in the town.", ""},
		}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			texts := append([]string(nil), filler...)
			for _, s := range tc.stmts {
				texts = append(texts, s.text)
			}
			weights := newIDF(texts, termMemo{})
			var pts []*point
			var g []int
			for i, s := range tc.stmts {
				st := &statement{st: attrib.Statement{Text: s.text, Quote: s.quote}, article: string(rune('a' + i)), party: "Pellow Water", who: s.who, idx: i}
				st.features = weights.featuresOf(s.text, s.quote, s.who, "Pellow Water")
				pts = append(pts, &point{rep: st, all: []*statement{st}})
				g = append(g, i)
			}
			got := distinctPoints(pts, g)
			if len(got) != tc.want {
				t.Errorf("%d claims %v, want %d (similarities: 0-1 %.3f, 0-2 %.3f, 1-2 %.3f)", len(got), got, tc.want,
					similarity(pts[0].rep.features, pts[1].rep.features), similarity(pts[0].rep.features, pts[2].rep.features),
					similarity(pts[1].rep.features, pts[2].rep.features))
			}
		})
	}
}
