package bot

import (
	"cmp"
	"slices"

	"github.com/storybot/storybot/summarize"
)

// mergeStories makes one story of several: the oldest (created first,
// then lowest ID) survives with its ID, and takes the others' articles,
// grouping features and first-seen times (the earliest of each). A title
// people gave one of them is kept, the survivor's first. It returns the
// survivor (its Version and Terms still those it was read with), the
// removals of the others, and the articles that move into it.
func mergeStories(st *StoredStory, others []*StoredStory) (*StoredStory, []StoryRemoval, []summarize.Article) {
	all := append([]*StoredStory{st}, others...)
	slices.SortFunc(all, func(a, b *StoredStory) int {
		return cmp.Or(a.Created.Compare(b.Created), cmp.Compare(a.ID, b.ID))
	})
	survivor := all[0]
	var removes []StoryRemoval
	var moved []summarize.Article
	for _, o := range all[1:] {
		if !survivor.FixedTitle && o.FixedTitle {
			survivor.Title, survivor.FixedTitle = o.Title, true
		}
		moved = append(moved, absorb(survivor, o)...)
		removes = append(removes, StoryRemoval{ID: o.ID, Version: o.Version, Terms: o.Terms, Into: survivor.ID})
	}
	return survivor, removes, moved
}
