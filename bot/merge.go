package bot

import (
	"cmp"
	"slices"
	"time"

	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/group"
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
	if survivor.Features == nil {
		survivor.Features = map[string]group.Features{}
	}
	if survivor.Seen == nil {
		survivor.Seen = map[string]time.Time{}
	}
	var removes []StoryRemoval
	var moved []summarize.Article
	for _, o := range all[1:] {
		if !survivor.FixedTitle && o.FixedTitle {
			survivor.Title, survivor.FixedTitle = o.Title, true
		}
		for _, a := range o.Articles {
			if slices.ContainsFunc(survivor.Articles, func(x summarize.Article) bool { return x.ID == a.ID }) {
				continue
			}
			survivor.Articles = append(survivor.Articles, a)
			moved = append(moved, a)
			if f, ok := o.Features[a.ID]; ok {
				survivor.Features[a.ID] = f
			}
		}
		for k, t := range o.Seen {
			if old, ok := survivor.Seen[k]; !ok || t.Before(old) {
				survivor.Seen[k] = t
			}
		}
		removes = append(removes, StoryRemoval{ID: o.ID, Version: o.Version, Terms: o.Terms, Into: survivor.ID})
	}
	return survivor, removes, moved
}
