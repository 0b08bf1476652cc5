package summarize

// Changes returns what a story gained between two of its digests: the
// articles, claims and disputes of now that prev did not have, and the
// disputes whose status has changed since (a dispute resolved, or opened
// again). The result is now's story holding only those; its overview is
// now's when anything changed. It is what a scheduled digest posts.
//
// Claims and disputes are matched by ID, which holds while later articles
// join them (see Claim.ID and Dispute.ID).
func Changes(prev, now Digest) Digest {
	out := Digest{ID: now.ID, Title: now.Title, Updated: now.Updated,
		Articles: []ArticleRef{}, Parties: []Party{}, Disputes: []Dispute{}}
	oldArticles := map[string]bool{}
	for _, a := range prev.Articles {
		oldArticles[a.ID] = true
	}
	for _, a := range now.Articles {
		if !oldArticles[a.ID] {
			out.Articles = append(out.Articles, a)
		}
	}
	oldClaims := map[string]bool{}
	for _, p := range prev.Parties {
		for _, c := range p.Claims {
			oldClaims[c.ID] = true
		}
	}
	for _, p := range now.Parties {
		var fresh []Claim
		for _, c := range p.Claims {
			if !oldClaims[c.ID] {
				fresh = append(fresh, c)
			}
		}
		if len(fresh) > 0 {
			out.Parties = append(out.Parties, Party{Name: p.Name, Claims: fresh})
		}
	}
	oldStatus := map[string]string{}
	for _, d := range prev.Disputes {
		oldStatus[d.ID] = d.Status
	}
	for _, d := range now.Disputes {
		if st, ok := oldStatus[d.ID]; !ok || st != d.Status {
			out.Disputes = append(out.Disputes, d)
		}
	}
	if !out.Empty() {
		out.Overview = now.Overview
	}
	return out
}

// Empty reports a digest with no articles, claims or disputes: nothing to
// post.
func (d Digest) Empty() bool {
	return len(d.Articles) == 0 && len(d.Parties) == 0 && len(d.Disputes) == 0
}
