package extract

import (
	"os"
	"strings"
	"testing"
)

// page wraps an article body in a news page with navigation around it.
func page(title, body string) []byte {
	return []byte(`<!doctype html><html><head><title>` + title + `</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>` + title + `</h1>` + body + `</article>
<footer><p>Contact us</p><p>Privacy policy</p></footer></body></html>`)
}

const filler = `<p>The regional transport board met on Wednesday evening and agreed on a plan that had been debated for most of the autumn, its chair told reporters afterwards.</p>
<p>Several members had asked for more time, but the vote went ahead after a short recess and passed by a clear margin of nine votes to three.</p>`

// TestExtractedHTMLKeepsArticleText checks that the cleaning after the
// HTML extractor keeps every block of the article, in each shape that a
// plain-text cleaner would take for boilerplate, and still drops the
// boilerplate itself.
func TestExtractedHTMLKeepsArticleText(t *testing.T) {
	tests := []struct {
		name       string
		title      string
		body       string
		want, drop []string
	}{{
		name:  "lines of one paragraph, one a subheading",
		title: "Board backs the new tram route",
		body:  filler + `<p>The route in numbers<br>Twelve stops between the station and the harbour<br>Four new bridges over the canal<br>A depot on the old freight yard</p>` + filler,
		want: []string{"The route in numbers", "Twelve stops between the station and the harbour",
			"Four new bridges over the canal", "A depot on the old freight yard"},
	}, {
		name:  "a label said twice",
		title: "A week of meals for a busy family",
		body: `<p>Planning the week ahead saves time and money, and these meals keep well in the fridge for several days once they are cooked.</p>
<h2>Monday</h2><p>Rice with roasted vegetables and a spoon of yoghurt on the side, eaten warm or cold.</p><p>Portion: one bowl, two spoons</p>
<h2>Tuesday</h2><p>Lentil soup with bread, made in one pot and enough for two evenings.</p><p>Portion: one bowl, two spoons</p>`,
		want: []string{"Monday", "Tuesday", "Portion: one bowl, two spoons\n\nTuesday"},
	}, {
		name:  "a schedule after the last paragraph",
		title: "Touring band adds summer dates",
		body:  filler + `<p>March 3 -- Riverside Hall, Eastport</p><p>March 5 -- Old Mill Arena, Norbridge</p><p>March 8 -- Lakeside Pavilion, Westerby</p><p>March 9 -- The Granary, Southholm</p>`,
		want:  []string{"March 3 -- Riverside Hall, Eastport", "March 9 -- The Granary, Southholm"},
	}, {
		name:  "a list before the first paragraph",
		title: "Race calendar for the coming season",
		body:  `<p>Round one: April 2 – Northfield</p><p>Round two: April 16 – Castle Ring</p><p>Round three: May 7 – Dunmore Park</p>` + filler,
		want:  []string{"Round one: April 2 – Northfield", "Round three: May 7 – Dunmore Park"},
	}, {
		name:  "text in a script without full stops",
		title: "市の交通委員会が新路線を承認",
		body:  `<p>市の交通委員会は水曜日の夜に会合を開き、秋の間ずっと議論されてきた新しい路面電車の路線計画を賛成多数で承認した。委員長が記者団に明らかにした。</p><p>一部の委員はさらに時間をかけるよう求めたが、短い休憩の後に採決が行われ、九対三で可決された。工事は来年の春に始まる予定だという。</p>`,
		want:  []string{"九対三で可決された。"},
	}, {
		name:  "an embedded post",
		title: "Board backs the new tram route",
		body:  filler + `<blockquote><p>Twelve new stops, and the first trams run next spring. pic.twitter.com/AbC123xyz</p><p>— Portlake Transit (@PortlakeTransit) March 4, 2025</p></blockquote>` + filler,
		want:  []string{"Twelve new stops, and the first trams run next spring.", "(@PortlakeTransit) March 4, 2025"},
	}, {
		name:  "boilerplate among the paragraphs",
		title: "Board backs the new tram route",
		body:  filler + `<p>Continue Reading Below</p><p>Thanks for signing up! Keep an eye on your inbox for the latest news.</p><p>SEE MORE: Harbour crane collapses at night shift</p>` + filler,
		drop:  []string{"Continue Reading", "signing up", "SEE MORE", "Harbour crane"},
	}, {
		name:  "words around links and emphasis in a list item",
		title: "Board backs the new tram route",
		body:  filler + `<ul><li>Since <strong>Ivo Brandt's</strong> injury three weeks ago, <a href="/p/1"><strong>Tomas Varga</strong></a> has filled in at the back, said <em>the coach</em>, and (<a href="/s">so far</a>) it has worked: <b>four</b> wins in a row.</li><li>The back line has conceded <a href="/s">two goals</a> since.</li></ul>` + filler,
		want:  []string{"Since Ivo Brandt's injury three weeks ago, Tomas Varga has filled in at the back, said the coach, and (so far) it has worked: four wins in a row.", "conceded two goals since."},
	}, {
		name:  "a heading over a list that opens the article",
		title: "Puzzle app adds a monthly pack",
		body:  `<h2>What is new in version 3</h2><ul><li>Forty new puzzles</li><li>A daily challenge</li><li>Fewer crashes on older phones</li></ul>` + filler,
		want:  []string{"What is new in version 3", "- Forty new puzzles"},
	}, {
		name:  "other stories' headlines run together with labels",
		title: "Board backs the new tram route",
		body:  filler + `<p>Ferry fares rise again as fuel costs climb [INSIGHT] | Harbour crane collapses during the night shift [VIDEO] Storm closes the coast road for a second day [REACTION]</p>` + filler,
		drop:  []string{"Ferry fares", "[VIDEO]"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(page(tt.title, tt.body), HTML, "https://example.org/a")
			if err != nil {
				t.Fatal(err)
			}
			text := printed(p)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("lost %q; text:\n%s", w, text)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(text, d) {
					t.Errorf("kept %q; text:\n%s", d, text)
				}
			}
		})
	}
}

// TestDatelineKeptInPrint checks that a dateline taken out of a
// paragraph's text is still there as the page printed it.
func TestDatelineKeptInPrint(t *testing.T) {
	p, err := Parse(page("Harbour strike ends after two weeks",
		`<p>PORTLAKE, Norland (Newswire) — Dock workers returned to the quays on Monday after a two-week strike over night shifts ended with a deal.</p>`+filler),
		HTML, "https://example.org/a")
	if err != nil {
		t.Fatal(err)
	}
	first := p.Blocks[0]
	if strings.HasPrefix(first.Text, "PORTLAKE") || !strings.HasPrefix(first.Printed(), "PORTLAKE, Norland (Newswire) — Dock workers") {
		t.Errorf("block = %+v", first)
	}
}

func printed(p Page) string {
	var parts []string
	for _, b := range p.Blocks {
		parts = append(parts, b.Printed())
	}
	return strings.Join(parts, "\n\n")
}

// TestExtractedHTMLHeadline checks that the headline a page prints over its
// article is no article text when it restates the page's title in other
// words, and that a long line there without a full stop is.
func TestExtractedHTMLHeadline(t *testing.T) {
	tests := []struct {
		name, title, headline string
		keep                  bool
	}{
		{"the title reworded", "Harbour strike ends: dock workers return to the quays | Portlake Daily",
			"Harbour strike ends as dock workers return", false},
		{"a lead paragraph without its full stop", "Harbour strike ends",
			"Dock workers returned to the quays of Portlake on Monday morning after a strike over night shifts that had lasted two weeks", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(`<!doctype html><html><head><title>` + tt.title + `</title></head><body><article><h2>` +
				tt.headline + `</h2>` + filler + `</article></body></html>`)
			p, err := Parse(data, HTML, "https://example.org/a")
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(printed(p), tt.headline); got != tt.keep {
				t.Errorf("headline kept = %v, want %v; text:\n%s", got, tt.keep, printed(p))
			}
		})
	}
}

// TestSplitBody checks that an article whose body the page splits into
// containers of the same kind, with a promotion between them, is read
// whole, and that a teaser box sharing nothing with the article adds
// nothing, nor does a box of the same class elsewhere on the page.
func TestSplitBody(t *testing.T) {
	para := func(s string) string {
		return `<p>` + s + ` The council said the figures would be published in full before the next meeting of the board.</p>`
	}
	data := []byte(`<!doctype html><html><head><title>Harbour board weighs a second ferry route</title></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<main><article><h1>Harbour board weighs a second ferry route</h1><div class="chunks">
<div class="grid with-rail"><div class="story article-body">` + para("The harbour board on Tuesday began weighing a second ferry route to the islands, after a summer in which the one boat ran full on most days.") +
		para("Board members heard that demand had grown by a third in two years, and that waiting lists for car places now ran to several weeks in July.") +
		para("A consultant's report put the cost of a second boat at about four million, most of it to be paid back from fares within ten years.") + `</div>
<div class="rail"><div class="ad-slot">Advertisement</div></div></div>
<div class="row full-bleed-ad"><div class="ad-slot">Advertisement</div></div>
<div class="grid with-rail"><div class="story article-body">` + para("Islanders at the meeting were split: shop owners welcomed more visitors, while some residents feared the roads could not take the traffic.") +
		para("The board will vote on the plan in March, once the council has set out how the new pier on the north shore would be paid for.") + `</div>
<div class="rail"><div class="ad-slot">Advertisement</div></div></div>
</div></article></main>
<div class="teaser"><p>Lighthouse keeper's cottage opens to visitors for the first time this summer, with guided tours every afternoon.</p></div>
<section class="more-stories"><div class="wrap"><div class="list"><div class="story article-body">
<p>Storm closes the coast road for a second day as crews clear fallen trees and repair the sea wall near the old quay.</p>
<p>Council approves new cycle lanes on Main Street after a year of consultation with shop owners and residents.</p>
</div></div></div></section>
<footer><p>Contact us</p></footer></body></html>`)
	p, err := Parse(data, HTML, "https://example.org/a")
	if err != nil {
		t.Fatal(err)
	}
	text := printed(p)
	for _, want := range []string{"began weighing a second ferry route", "Islanders at the meeting were split", "The board will vote on the plan in March"} {
		if !strings.Contains(text, want) {
			t.Errorf("lost %q; text:\n%s", want, text)
		}
	}
	for _, drop := range []string{"Lighthouse keeper", "Subscribe", "Storm closes", "cycle lanes"} {
		if strings.Contains(text, drop) {
			t.Errorf("kept %q; text:\n%s", drop, text)
		}
	}
	if strings.Count(text, "Islanders at the meeting") != 1 {
		t.Errorf("a paragraph repeated; text:\n%s", text)
	}
}

// TestParseHTMLFullPage reads a whole news page in the shape sites serve:
// header, menu, breadcrumbs, byline, share buttons, a captioned photo, the
// body split in two by an advertisement, a newsletter box, related links and
// a footer. Every paragraph of the article is kept, once, and nothing else.
func TestParseHTMLFullPage(t *testing.T) {
	data, err := os.ReadFile("testdata/ferry.html")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(data, HTML, "https://www.portlakedaily.example/local/2026/02/10/second-ferry/")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Harbour board orders a second ferry for the island route" || p.Outlet != "Portlake Daily" {
		t.Errorf("title %q, outlet %q", p.Title, p.Outlet)
	}
	paras := p.Paragraphs()
	if len(paras) != 10 {
		t.Fatalf("want the 10 paragraphs, got %d:\n%s", len(paras), strings.Join(paras, "\n"))
	}
	if !strings.HasPrefix(paras[0], "The harbour board voted") || !strings.HasPrefix(paras[9], "The council, which owns the pier") {
		t.Errorf("first %q, last %q", paras[0], paras[9])
	}
	for _, noise := range []string{"Advertisement", "Sign up", "Lighthouse", "Photo:", "Share", "Privacy", "Lena Ortiz"} {
		if strings.Contains(printed(p), noise) {
			t.Errorf("noise %q kept", noise)
		}
	}
}

// TestPublisherAddressIsNoOutlet checks that a site name that is an
// address (a publisher's profile page, as article:publisher gives it) does
// not name the outlet: the page's own address does.
func TestPublisherAddressIsNoOutlet(t *testing.T) {
	html := strings.Replace(string(page("Board backs the new tram route", filler)), "<title>",
		`<meta property="article:publisher" content="https://www.facebook.com/TramNews"><title>`, 1)
	p, err := Parse([]byte(html), HTML, "https://www.cbsnews.com/news/board-backs-tram-route/")
	if err != nil {
		t.Fatal(err)
	}
	if p.Outlet != "CBS News" {
		t.Errorf("outlet = %q, want CBS News", p.Outlet)
	}
}
