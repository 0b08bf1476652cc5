package page

import (
	"cmp"
	"html/template"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize"
)

// Time layouts of the page; times are shown in UTC.
const (
	whenLayout = "Mon 2 Jan 2006, 15:04 MST"
	dayLayout  = "2 Jan 2006"
)

// view is what the template renders.
type view struct {
	ID, Title string
	Updated   string
	// Articles counts the articles shown (the new ones, since a time),
	// Total those of the whole story, Outlets its outlets.
	Articles, Total, Outlets int
	Overview                 []string
	// Since is the start of the changes shown, "" for the whole story.
	Since string
	// JSON is the link to this page's digest as JSON, relative to the
	// page (so that the page holds no token).
	JSON     string
	Timeline []article
	Chart    *chart
	Parties  []party
	Disputes []dispute
	// CSS is the page's style sheet, allowed by its hash (see csp).
	CSS template.CSS
}

type article struct {
	When, ISO    string
	Outlet, Head string
	URL          string
}

type source struct{ Name, URL string }

type party struct {
	Name   string
	Claims []claim
}

type claim struct {
	Speaker, Role, Text, Quote string
	Sources                    []source
}

type dispute struct {
	Topic, Kind, Status, Summary string
	Sides                        []side
}

type side struct {
	Party, Position string
	Sources         []source
}

// newView builds the page of d, the part of the digest full shown (full
// itself, or what changed since since).
func newView(full, d summarize.Digest, since time.Time) view {
	v := view{ID: d.ID, Title: cmp.Or(d.Title, d.ID, "Story"), Articles: len(d.Articles), Total: len(full.Articles),
		JSON: "?format=json", CSS: template.CSS(css)}
	if !since.IsZero() {
		v.Since = since.UTC().Format(whenLayout)
		v.JSON += "&since=" + url.QueryEscape(since.UTC().Format(time.RFC3339))
	}
	updated := full.Updated
	outlets := map[string]bool{}
	src := make(map[string]source, len(full.Articles))
	for _, a := range full.Articles {
		name := outletOf(a)
		outlets[strings.ToLower(name)] = true
		src[a.ID] = source{Name: name, URL: safeURL(a.URL)}
		if t, ok := published(a); ok && full.Updated.IsZero() && t.After(updated) {
			updated = t // no ingest time: the newest article's
		}
	}
	v.Outlets = len(outlets)
	if !updated.IsZero() {
		v.Updated = updated.UTC().Format(whenLayout)
	}
	for _, p := range strings.Split(d.Overview, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			v.Overview = append(v.Overview, p)
		}
	}
	v.Timeline, v.Chart = timeline(d.Articles)
	sources := func(ids []string) []source {
		out := make([]source, 0, len(ids))
		seen := map[string]bool{}
		for _, id := range ids {
			s, ok := src[id]
			if !ok {
				s = source{Name: id}
			}
			if !seen[s.Name+"\x00"+s.URL] {
				seen[s.Name+"\x00"+s.URL] = true
				out = append(out, s)
			}
		}
		return out
	}
	for _, p := range d.Parties {
		pv := party{Name: cmp.Or(p.Name, "Unnamed party")}
		for _, c := range p.Claims {
			cv := claim{Speaker: c.Speaker, Role: c.Role, Text: c.Text, Sources: sources(c.Articles)}
			if strings.EqualFold(c.Speaker, p.Name) {
				cv.Speaker = "" // the party itself: its name heads the column
			}
			if c.Quote != "" && !strings.Contains(c.Text, c.Quote) {
				cv.Quote = c.Quote
			}
			pv.Claims = append(pv.Claims, cv)
		}
		v.Parties = append(v.Parties, pv)
	}
	for _, x := range d.Disputes {
		dv := dispute{Topic: cmp.Or(x.Topic, "Dispute"), Kind: kindLabel(x.Kind), Status: cmp.Or(x.Status, summarize.Open), Summary: x.Summary}
		for _, s := range x.Sides {
			dv.Sides = append(dv.Sides, side{Party: s.Party, Position: s.Position, Sources: sources(s.Articles)})
		}
		v.Disputes = append(v.Disputes, dv)
	}
	return v
}

func kindLabel(kind string) string {
	switch kind {
	case summarize.BetweenParties:
		return "between sides"
	case summarize.BetweenSources:
		return "between outlets"
	}
	return kind
}

// outletOf is how the page names an article's source: its outlet, else
// its site, title or file.
func outletOf(a summarize.ArticleRef) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	if a.File != "" {
		return path.Base(a.File)
	}
	return cmp.Or(a.Title, a.ID)
}

// safeURL returns u when it is an absolute http or https URL, else "":
// a javascript: or data: link from an article is never shown as a link.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return p.String()
	}
	return ""
}

func published(a summarize.ArticleRef) (time.Time, bool) {
	if a.Published == "" {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339, a.Published)
	return t, err == nil
}

// timeline orders articles by publication time (those without one last,
// in digest order) and charts how many came out per hour or day.
func timeline(arts []summarize.ArticleRef) ([]article, *chart) {
	type dated struct {
		a  summarize.ArticleRef
		t  time.Time
		ok bool
	}
	ds := make([]dated, len(arts))
	var times []time.Time
	for i, a := range arts {
		t, ok := published(a)
		ds[i] = dated{a, t, ok}
		if ok {
			times = append(times, t)
		}
	}
	slices.SortStableFunc(ds, func(x, y dated) int {
		switch {
		case x.ok && y.ok:
			return x.t.Compare(y.t)
		case x.ok:
			return -1
		case y.ok:
			return 1
		}
		return 0
	})
	out := make([]article, len(ds))
	for i, d := range ds {
		a := article{Outlet: outletOf(d.a), Head: cmp.Or(d.a.Title, path.Base(d.a.File), d.a.ID), URL: safeURL(d.a.URL)}
		if d.ok {
			a.When, a.ISO = d.t.UTC().Format(whenLayout), d.t.UTC().Format(time.RFC3339)
		}
		out[i] = a
	}
	return out, newChart(times)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// clip cuts s to n runes, for echoing input back.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
