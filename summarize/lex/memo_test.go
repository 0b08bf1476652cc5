package lex

import (
	"strconv"
	"testing"
)

// A memo made with NewStoryMemo holds what every article of the largest
// story gives, up to MaxFitArticles articles; one made with NewMemo keeps
// its budget.
func TestStoryMemoFitsStory(t *testing.T) {
	defer storyArticles.Store(storyArticles.Load())
	tests := []struct {
		name       string
		perArticle int
		stories    []int // the sizes of the stories digested, in turn
		texts      int   // the texts read twice
		wantCuts   int   // how often f is called
	}{
		{name: "no story: the budget holds 10 texts", perArticle: 100, texts: 20, wantCuts: 40},
		{name: "a story of 20 holds them all", perArticle: 100, stories: []int{20}, texts: 20, wantCuts: 20},
		{name: "a smaller story after it does not shrink it", perArticle: 100, stories: []int{20, 3}, texts: 20, wantCuts: 20},
		{name: "no budget per article: the budget stays", stories: []int{20}, texts: 20, wantCuts: 40},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			storyArticles.Store(0)
			for _, n := range tc.stories {
				FitStory(n)
			}
			// Each entry costs its text (2 bytes), memoEntryBytes and its
			// value's 34 bytes: 100 bytes, and the budget holds 10.
			m := NewStoryMemo[int](1000, tc.perArticle)
			cuts := 0
			f := func(string) int { cuts++; return 0 }
			for range 2 {
				for i := range tc.texts {
					m.Get(strconv.Itoa(10+i), f, func(int) int { return 100 - 2 - memoEntryBytes })
				}
			}
			if cuts != tc.wantCuts {
				t.Errorf("f called %d times, want %d", cuts, tc.wantCuts)
			}
		})
	}
	storyArticles.Store(0)
	FitStory(2 * MaxFitArticles)
	if got := storyArticles.Load(); got != MaxFitArticles {
		t.Errorf("after a story of %d, the memos fit %d articles, want %d", 2*MaxFitArticles, got, MaxFitArticles)
	}
}
