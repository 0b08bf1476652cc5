package summarize

import (
	"reflect"
	"testing"
)

func TestChanges(t *testing.T) {
	prev := Digest{
		ID: "s1", Title: "Port strike", Overview: "Old overview.",
		Articles: []ArticleRef{{ID: "a1"}},
		Parties:  []Party{{Name: "Union", Claims: []Claim{{ID: "c1", Text: "We will strike."}}}},
		Disputes: []Dispute{{ID: "d1", Topic: "Pay", Status: Open}},
	}
	tests := []struct {
		name     string
		now      Digest
		articles []string
		claims   []string
		disputes []string
		empty    bool
	}{
		{"nothing new", prev, nil, nil, nil, true},
		{
			name: "a new article with a new claim of a new side",
			now: Digest{
				ID: "s1", Overview: "New overview.",
				Articles: []ArticleRef{{ID: "a1"}, {ID: "a2"}},
				Parties: []Party{
					{Name: "Union", Claims: []Claim{{ID: "c1", Text: "We will strike.", Articles: []string{"a1", "a2"}}}},
					{Name: "Company", Claims: []Claim{{ID: "c2", Text: "The offer is final."}}},
				},
				Disputes: []Dispute{{ID: "d1", Topic: "Pay", Status: Open}},
			},
			articles: []string{"a2"}, claims: []string{"c2"},
		},
		{
			name: "a dispute resolved and a new one",
			now: Digest{
				ID: "s1", Articles: prev.Articles, Parties: prev.Parties,
				Disputes: []Dispute{{ID: "d1", Topic: "Pay", Status: Resolved}, {ID: "d2", Topic: "Jobs", Status: Open}},
			},
			disputes: []string{"d1", "d2"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Changes(prev, tc.now)
			var arts, claims, disputes []string
			for _, a := range got.Articles {
				arts = append(arts, a.ID)
			}
			for _, p := range got.Parties {
				for _, c := range p.Claims {
					claims = append(claims, c.ID)
				}
			}
			for _, d := range got.Disputes {
				disputes = append(disputes, d.ID)
			}
			if !reflect.DeepEqual(arts, tc.articles) || !reflect.DeepEqual(claims, tc.claims) || !reflect.DeepEqual(disputes, tc.disputes) {
				t.Errorf("Changes: articles %v claims %v disputes %v; want %v %v %v", arts, claims, disputes, tc.articles, tc.claims, tc.disputes)
			}
			if got.Empty() != tc.empty {
				t.Errorf("Empty() = %v, want %v", got.Empty(), tc.empty)
			}
			if tc.empty && got.Overview != "" || !tc.empty && got.Overview != tc.now.Overview {
				t.Errorf("Overview = %q", got.Overview)
			}
		})
	}
}

// Claims keep their IDs when a later article joins them, so a digest of
// what changed does not report them again.
func TestClaimIDsHoldAsArticlesJoin(t *testing.T) {
	set := loadEvalSet(t, "../testdata/eval")
	for _, s := range Group(set.articles) {
		if len(s.Articles) < 3 {
			continue
		}
		before := NewStory(s.Title, s.Articles[:len(s.Articles)-1]).Digest()
		after := s.Digest()
		ids := map[string]bool{}
		for _, p := range after.Parties {
			for _, c := range p.Claims {
				ids[c.ID] = true
			}
		}
		kept, total := 0, 0
		for _, p := range before.Parties {
			for _, c := range p.Claims {
				total++
				if ids[c.ID] {
					kept++
				}
			}
		}
		// A claim may merge into another as an article joins; most keep
		// their ID.
		if total > 0 && float64(kept) < 0.8*float64(total) {
			t.Errorf("story %q: %d of %d claims kept their ID when an article joined", s.Title, kept, total)
		}
	}
}
