package redis

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/group"
)

// TestFeaturesRoundTrip checks that grouping features read back with the
// same bits as they were stored, in the compact form and from the JSON
// stored before it.
func TestFeaturesRoundTrip(t *testing.T) {
	at := time.Date(2026, 3, 4, 5, 6, 7, 8, time.UTC)
	extracted := group.Extract(group.Doc{Title: "Harbour pilots strike at Velmont",
		Text:      "Pilots of the Velmont harbour walked out on Monday. The Velmont Pilots Guild said 340 pilots joined; the port authority said 210.",
		Published: at})
	cases := []struct {
		name string
		f    group.Features
	}{
		{"extracted", extracted},
		{"undated", group.Features{Terms: map[string]float64{"strike": 1, "@velmont": 1 + math.Log(3)}}},
		{"other weights", group.Features{Terms: map[string]float64{"a": 0.5, "b": 1e-9, "c": 1 + math.Log(2) + 1e-15}, Published: at}},
		{"empty", group.Features{}},
		{"odd term", group.Features{Terms: map[string]float64{"tab\tterm": 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			raw, err := encodeFeatures(c.f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := decodeFeatures(raw)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Terms) != len(c.f.Terms) || !got.Published.Equal(c.f.Published) {
				t.Fatalf("got %+v, want %+v", got, c.f)
			}
			for term, w := range c.f.Terms {
				if math.Float64bits(got.Terms[term]) != math.Float64bits(w) {
					t.Errorf("%q: got %v, want %v", term, got.Terms[term], w)
				}
			}
			old, _ := json.Marshal(c.f)
			prev, err := decodeFeatures(old)
			if err != nil || !reflect.DeepEqual(prev.Terms, c.f.Terms) && len(c.f.Terms) > 0 {
				t.Errorf("JSON features: %v, %+v", err, prev)
			}
		})
	}
}

// TestDeflatedDigest checks that a digest stored deflated, and one stored
// as plain JSON before, read back the same.
func TestDeflatedDigest(t *testing.T) {
	d := summarize.Digest{ID: "s1", Title: "Harbour pilots strike", Overview: "Pilots walked out.",
		Articles: []summarize.ArticleRef{{ID: "a1", Outlet: "Velmont Courier"}},
		Parties:  []summarize.Party{{Name: "Velmont Pilots Guild", Claims: []summarize.Claim{{ID: "c1", Text: "340 pilots joined", Articles: []string{"a1"}}}}},
		Disputes: []summarize.Dispute{}}
	deflated, err := encodeJSON(d)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := json.Marshal(d)
	for name, raw := range map[string][]byte{"deflated": deflated, "plain": plain} {
		var got summarize.Digest
		if err := decodeJSON(raw, &got); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, d) {
			t.Errorf("%s: got %+v, want %+v", name, got, d)
		}
	}
}

// BenchmarkDigestDecode is what reading a stored digest costs: as it is
// stored (deflated) and as plain JSON, for the largest testdata/eval
// story's digest.
//
//	go test -run '^$' -bench DigestDecode ./adapters/redis/
func BenchmarkDigestDecode(b *testing.B) {
	var d summarize.Digest
	for _, story := range []string{"labour", "aviation", "conflict", "corporate", "diplomacy", "pollution", "portstrike"} {
		arts := variants(b, story, 4)
		if x := summarize.NewStory("", arts).Digest(); len(x.Parties)+len(x.Disputes) > len(d.Parties)+len(d.Disputes) {
			d = x
		}
	}
	plain, _ := json.Marshal(d)
	deflated, err := encodeJSON(d)
	if err != nil {
		b.Fatal(err)
	}
	for name, raw := range map[string][]byte{"plain": plain, "deflated": deflated} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				var got summarize.Digest
				if err := decodeJSON(raw, &got); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(raw)), "bytes")
		})
	}
}
