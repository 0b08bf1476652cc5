package bot

import (
	"context"
	"fmt"
)

// list answers one page of the workspace's stories, most recently
// updated first, maxStories a page.
func (b *Bot) list(ctx context.Context, req Request) (Reply, error) {
	page := max(req.Page, 1)
	infos, total, err := b.store.Stories(ctx, req.Workspace, (page-1)*maxStories, maxStories)
	if err != nil {
		return Reply{}, b.storeErr("stories", err)
	}
	if total == 0 {
		return textReply("No stories yet. Add an article with add URL."), nil
	}
	pages := (total + maxStories - 1) / maxStories
	if page > pages {
		return Reply{}, Errorf(CodeNotFound, "There %s only %d %s of stories (%d in all): list %d is the last.",
			plural(pages, "is", "are"), pages, plural(pages, "page", "pages"), total, pages)
	}
	return Reply{Kind: KindStories, Stories: infos, Paging: Paging{Page: page, Pages: pages, Total: total}}, nil
}

// PageNote says where a page of a list stands and how to see the next
// one: "page 1 of 3 — list 2 for more". next formats the command that
// shows page N on the platform ("list %d", "/story list %d"). It is ""
// for a list that fits one page.
func PageNote(p Paging, next string) string {
	switch {
	case p.Pages <= 1:
		return ""
	case p.Page < p.Pages:
		return fmt.Sprintf("page %d of %d — %s for more", p.Page, p.Pages, fmt.Sprintf(next, p.Page+1))
	}
	return fmt.Sprintf("page %d of %d, the last — %s for the first", p.Page, p.Pages, fmt.Sprintf(next, 1))
}
