package extract

import (
	"os"
	"strings"
	"testing"
	"time"
)

// A scraped plain-text page in the shape many news sites give: menu words,
// a reading time, the headline twice, a byline, a dateline, a label in the
// middle of the text, an agency credit and a trailing list of other stories.
const scrapedPage = `Home
BUSINESS
4 min read
Brightwell board rejects Oakmont's $12 billion takeover offer
Brightwell board rejects Oakmont's $12 billion takeover offer
By Priya Raman
Updated : Mar 12, 2026, 09:14 AM IST

NEW YORK (Reuters) - The board of Brightwell Foods on Wednesday rejected a $12 billion hostile bid from Oakmont Capital, calling it "opportunistic and far below fair value."

Also Read

Oakmont shares slip after earnings miss

"We will not hand this company over at a discount," chief executive Lena Ortiz told analysts on a call.

Advertisement

Oakmont said it remained committed to the deal and could take its offer directly to shareholders.
(With inputs from agencies)

Explore
City council approves new cycle lanes on Main Street
Heatwave warning issued for the southern coast
Local team wins regional chess championship
`

func TestCleanScrapedText(t *testing.T) {
	p, err := Parse([]byte(scrapedPage), Text, "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Brightwell board rejects Oakmont's $12 billion takeover offer"; p.Title != want {
		t.Errorf("title = %q, want %q", p.Title, want)
	}
	if p.Outlet != "Reuters" {
		t.Errorf("outlet = %q, want Reuters", p.Outlet)
	}
	want := time.Date(2026, 3, 12, 9, 14, 0, 0, time.FixedZone("IST", 330*60))
	if !p.Published.Equal(want) {
		t.Errorf("published = %v, want %v", p.Published, want)
	}
	paras := p.Paragraphs()
	if len(paras) != 3 {
		t.Fatalf("paragraphs = %d, want 3:\n%s", len(paras), strings.Join(paras, "\n"))
	}
	if !strings.HasPrefix(paras[0], "The board of Brightwell Foods") {
		t.Errorf("dateline not stripped: %q", paras[0])
	}
	for _, noise := range []string{"Home", "BUSINESS", "4 min read", "By Priya Raman", "Updated", "Also Read",
		"Oakmont shares slip", "Advertisement", "inputs from agencies", "Explore", "cycle lanes", "Heatwave", "chess"} {
		if strings.Contains(p.Text(), noise) {
			t.Errorf("noise %q leaked into the text:\n%s", noise, p.Text())
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want kind
	}{
		{"HomeWorld", kDrop},
		{"Home > World > Europe", kDrop},
		{"POLITICS", kShort},
		{"WORLD", kDrop},
		{"2 min read", kDrop},
		{"RECOMMENDED", kMarker},
		{"Latest News", kMarker},
		{"More from Business", kMarker},
		{"Also read: Ferry fares to rise in April", kMarker},
		{"ANI", kMeta},
		{"By Jane Doe and John Roe", kMeta},
		{"By Declan Murray, Health Reporter", kMeta},
		{"By Nora Feld | Linden Bay Gazette | March 25, 2026", kMeta},
		{"By the time the vote came, most riders had left.", kParagraph},
		{"By Friday, the union had walked out.", kParagraph},
		{"By Friday, the union had walked out", kHeading},
		{"SOURCE:Coastal Ledger & Agencies", kMeta},
		{"Updated : Dec 04, 2025, 07:06 AM IST", kMeta},
		{"Published March 11, 2026", kMeta},
		{"December 3, 2025", kMeta},
		{"Lagos :", kMeta},
		{"HARWICK, March 19 (HPA) -", kMeta},
		{"GENEVA (Reuters) -", kMeta},
		{"Mayor Tate said:", kParagraph},
		{"Washington, D.C. :", kMeta},
		{"(This story has not been edited by Ledger staff and is published from a syndicated feed.)", kDrop},
		{"Strikers march past the town hall / Reuters", kDrop},
		{"Dockers vote to extend strike into second week", kHeading},
		{"The union said the vote was unanimous.", kParagraph},
		{"Negotiations continue on three points:", kParagraph},
		{"- Night-shift staffing", kItem},
		{"Sign up for our morning newsletter to get the latest news.", kDrop},
		{"Subscribers to the service complained about prices.", kParagraph},
		{"© 2026 Coastal Ledger. All rights reserved.", kDrop},
		{"The company said its privacy policy had changed after the regulator's letter in May.", kParagraph},
		{"Privacy Policy | Terms of Use", kDrop},
		{"3 hours ago", kDrop},
		{"Tags: strike, harbour, unions", kDrop},
		{"Image caption, Strikers outside the gates", kDrop},
		{"Getty Images", kDrop},
		{"12 comments", kDrop},
		{"Written By: Karan Mehta", kMeta},
		{"Image Credits: Reuters", kDrop},
		{"Will the central bank cut rates again in June?", kHeading},
		{"Download The Daily Ledger app for live updates.", kDrop},
		{"(This story has been published from a wire agency feed without modifications to the text.)", kDrop},
		{"Dec 3, 2025 / 10:09 PM IST / Updated 2 hours ago", kMeta},
		{"The Harbour Post is published by Tarn Media Group. Subscribe for full access to our shipping coverage.", kDrop},
		{"The Tarn Gazette is owned by Brask Holdings. Sign up for our newsletter.", kDrop},
		{"The index is published by the statistics office. Subscribers to its data service pay for the detail.", kParagraph},
		{"The union told members to sign up for the ballot. Subscriptions rose by a third.", kParagraph},
		{"This article is for subscribers' personal use only. Tarn Mining Brief is a publication of Orlen Trade Media. Copyright 2025.", kDrop},
		{"Tarn Business Review is published by TBR Media. Market data delayed by at least 15 minutes. This article does not constitute investment advice.", kDrop},
	}
	for _, tt := range tests {
		if got := classify(tt.line); got != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

func TestStripDateline(t *testing.T) {
	tests := []struct {
		in, text, agency string
		later            bool // not the article's first paragraph
	}{
		{in: "GENEVA (Reuters) - Talks ended.", text: "Talks ended.", agency: "Reuters"},
		// A transcript's speaker labels are no datelines.
		{in: "ANCHOR (RUTH ELLAN): Good evening.", text: "ANCHOR (RUTH ELLAN): Good evening."},
		{in: "JORAN METT (SKIPPER, ILKA MAY): They hit us.", text: "JORAN METT (SKIPPER, ILKA MAY): They hit us.", later: true},
		{in: "TOMAS BREV: The boat limped in.", text: "TOMAS BREV: The boat limped in.", later: true},
		{in: "GENEVA (Reuters) - Talks resumed.", text: "Talks resumed.", agency: "Reuters", later: true},
		{in: "HARWICK, March 19 (HPA) — Tessaro bid.", text: "Tessaro bid.", agency: "HPA"},
		{in: "NEW DELHI: The court ruled.", text: "The court ruled."},
		{in: "Lagos, Nigeria (AP) — Fuel prices rose.", text: "Fuel prices rose.", agency: "AP"},
		{in: "Mayor Tate: a city cannot wait.", text: "Mayor Tate: a city cannot wait."},
		{in: "Mayor Gordon Tate: Patients come first.", text: "Mayor Gordon Tate: Patients come first."},
		{in: "The vote - held late - passed.", text: "The vote - held late - passed."},
		{in: "(Reuters) - Pilots walked out.", text: "Pilots walked out.", agency: "Reuters"},
		{in: "(AP) — Flights were cancelled.", text: "Flights were cancelled.", agency: "AP"},
		{in: "(Tarnco) - a brand, not an agency.", text: "(Tarnco) - a brand, not an agency."},
		{in: "(In brief) - the talks.", text: "(In brief) - the talks."},
	}
	for _, tt := range tests {
		text, agency := stripDateline(tt.in, !tt.later)
		if text != tt.text || agency != tt.agency {
			t.Errorf("stripDateline(%q) = %q, %q; want %q, %q", tt.in, text, agency, tt.text, tt.agency)
		}
	}
}

func TestParseDateLine(t *testing.T) {
	ist := time.FixedZone("IST", 330*60)
	tests := []struct {
		line string
		want time.Time
		ok   bool
	}{
		{"Updated : Dec 04, 2025, 07:06 AM IST", time.Date(2025, 12, 4, 7, 6, 0, 0, ist), true},
		{"December 3, 2025", time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC), true},
		{"Published on 3 December 2025 | 2 min read", time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC), true},
		{"Wednesday, March 11, 2026 at 4:30 p.m. ET", time.Date(2026, 3, 11, 16, 30, 0, 0, time.FixedZone("ET", -5*3600)), true},
		{"2026-03-11T16:30:00+02:00", time.Date(2026, 3, 11, 16, 30, 0, 0, time.FixedZone("", 2*3600)), true},
		{"December 3, 2025, the council voted.", time.Time{}, false},
		{"The strike began on March 6, 2026", time.Time{}, false},
		{"Feb 30, 2026", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := parseDateLine(tt.line)
		if ok != tt.ok || ok && !got.Equal(tt.want) {
			t.Errorf("parseDateLine(%q) = %v, %v; want %v, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCanonicalURL(t *testing.T) {
	const want = "https://ledger.example/news/strike-extended"
	for _, in := range []string{
		"https://ledger.example/news/strike-extended",
		"http://www.ledger.example/news/strike-extended/",
		"https://ledger.example/news/strike-extended?utm_source=x&utm_medium=y&fbclid=abc",
		"https://ledger.example/amp/news/strike-extended",
		"https://ledger.example/news/strike-extended/amp",
		"https://amp.ledger.example/news/strike-extended#comments",
		"https://ledger-example.cdn.ampproject.org/c/s/ledger.example/news/strike-extended",
		"HTTPS://WWW.LEDGER.EXAMPLE:443/news/strike-extended",
	} {
		if got := CanonicalURL(in); got != want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", in, got, want)
		}
	}
	if got := CanonicalURL("https://ledger.example/story?id=42&ref=home"); got != "https://ledger.example/story?id=42" {
		t.Errorf("content parameter lost or tracking kept: %q", got)
	}
	if CanonicalURL("ftp://ledger.example/x") != "" {
		t.Error("non-http URL got a canonical form")
	}
}

func TestParseHTML(t *testing.T) {
	data, err := os.ReadFile("testdata/harbour.html")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(data, FormatOf("harbour.html", "", data), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Dockers vote to extend Port Halden strike into second week"; p.Title != want {
		t.Errorf("title = %q, want %q", p.Title, want)
	}
	if p.Outlet != "The Coastal Ledger" {
		t.Errorf("outlet = %q", p.Outlet)
	}
	if got := CanonicalURL(p.URL); got != "https://coastalledger.example/news/port-halden-strike-extended" {
		t.Errorf("url = %q", got)
	}
	if want := time.Date(2026, 3, 14, 8, 30, 0, 0, time.UTC); !p.Published.Equal(want) {
		t.Errorf("published = %v, want %v", p.Published, want)
	}
	if paras := p.Paragraphs(); len(paras) != 5 || !strings.HasPrefix(paras[0], "Dock workers at Port Halden") {
		t.Errorf("want the article's 5 paragraphs as blocks, headline apart, got %d:\n%s", len(paras), strings.Join(paras, "\n"))
	}
	text := p.Text()
	for _, keep := range []string{"voted on Friday to extend their strike", "fair and final", "23 container ships", "Mayor Tomas Ek"} {
		if !strings.Contains(text, keep) {
			t.Errorf("article text lost %q:\n%s", keep, text)
		}
	}
	for _, noise := range []string{"cookies", "football club", "Ferry fares", "bakery", "All rights reserved", "Privacy", "By Marta"} {
		if strings.Contains(text, noise) {
			t.Errorf("noise %q leaked:\n%s", noise, text)
		}
	}
}

func TestMarkdown(t *testing.T) {
	src := "---\ntitle: Council delays vote on fare rise\ndate: 2026-04-02\nsource: Riverside Post\n---\n" +
		"# Ignored because front matter names the title\n\n" +
		"The **city council** delayed its vote on a [bus fare rise](https://x.example/fares) on Tuesday.\n\n" +
		"![a bus](bus.png)\n\n## How campaigners reacted to it\n\nCampaigners welcomed the delay, calling it *a first win*.\n"
	p, err := Parse([]byte(src), Markdown, "")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Council delays vote on fare rise" || p.Outlet != "Riverside Post" || p.Published.Format("2006-01-02") != "2026-04-02" {
		t.Errorf("metadata = %q %q %v", p.Title, p.Outlet, p.Published)
	}
	want := "The city council delayed its vote on a bus fare rise on Tuesday.\nHow campaigners reacted to it\nCampaigners welcomed the delay, calling it a first win."
	if p.Text() != want {
		t.Errorf("text =\n%s\nwant\n%s", p.Text(), want)
	}
}

func TestNoText(t *testing.T) {
	for _, in := range []string{"", "Home\nWorld\nLatest News\n", "<html><body><nav>Home</nav></body></html>"} {
		f := FormatOf("", "", []byte(in))
		if _, err := Parse([]byte(in), f, ""); err == nil {
			t.Errorf("Parse(%q) found article text", in)
		}
	}
}

func BenchmarkParseText(b *testing.B) {
	data := []byte(scrapedPage)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse(data, Text, ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/harbour.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse(data, HTML, ""); err != nil {
			b.Fatal(err)
		}
	}
}

func TestParseHTMLInlineBoilerplate(t *testing.T) {
	data, err := os.ReadFile("testdata/council.html")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(data, HTML, "https://www.riversidepost.example/local/fare-vote/")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Riverside council delays vote on fare rise" {
		t.Errorf("title = %q", p.Title)
	}
	if p.Outlet != "Riverside Post" {
		t.Errorf("outlet = %q", p.Outlet)
	}
	if want := "2026-04-02T18:20:00-04:00"; p.Published.Format(time.RFC3339) != want {
		t.Errorf("published = %s, want %s", p.Published.Format(time.RFC3339), want)
	}
	paras := p.Paragraphs()
	if len(paras) != 4 {
		t.Errorf("want the 4 paragraphs of the article, got %d:\n%s", len(paras), strings.Join(paras, "\n"))
	}
	for _, noise := range []string{"Advertisement", "Also read", "library", "Sign up", "robotics", "Elm Street", "Farmers market", "Privacy", "Subscribe", "Tom Akers"} {
		if strings.Contains(p.Text(), noise) {
			t.Errorf("noise %q leaked:\n%s", noise, p.Text())
		}
	}
}

// TestPageLanguage checks that a page's language is told, from plain text
// and from HTML, and that a long text is read only in part, cut between
// characters.
func TestPageLanguage(t *testing.T) {
	fr := "Les dockers du port ont prolongé lundi leur grève pour une deuxième semaine, après l'échec des négociations sur la rémunération du travail de nuit. "
	for _, tt := range []struct {
		name string
		data string
		f    Format
		want string
	}{
		{"French text", "La grève continue\n\n" + fr + "\n", Text, "fr"},
		{"English HTML", string(page("Board backs the new tram route", filler)), HTML, "en"},
	} {
		p, err := Parse([]byte(tt.data), tt.f, "")
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if p.Language != tt.want {
			t.Errorf("%s: language %q, want %q", tt.name, p.Language, tt.want)
		}
	}
	// A long text, with a two-byte letter across the sample's end.
	long := strings.Repeat(fr, 20)[:languageSample-1]
	long = strings.ToValidUTF8(long, "") + strings.Repeat("x", languageSample-1-len(strings.ToValidUTF8(long, ""))) + "é" + strings.Repeat(fr, 20)
	if got := Language(long); got != "fr" {
		t.Errorf("long text: %q", got)
	}
}

// A byline whose comma parts the author from the outlet names the outlet;
// one whose comma parts the author from a post names none.
// TestLabelledHeader covers a plain-text page that opens with labelled
// header lines: the title is the headline without its label.
func TestLabelledHeader(t *testing.T) {
	for _, label := range []string{"Title:", "Headline :", "TITLE:"} {
		page := label + " Seized trawlers arrive in Vell\nSource: The Vell Herald\nPublished: 2026-11-16T19:40:00Z\n\n" +
			"The six trawlers detained by the navy were towed into Vell harbour on Tuesday, the port authority said.\n\n" +
			"Title: the word opens this line too, but it is far below the header and stays text of the article, said the editor.\n"
		p, err := Parse([]byte(page), Text, "")
		if err != nil {
			t.Fatal(err)
		}
		if p.Title != "Seized trawlers arrive in Vell" || p.Outlet != "The Vell Herald" || p.Published.IsZero() {
			t.Errorf("%q: title %q, outlet %q, published %v", label, p.Title, p.Outlet, p.Published)
		}
		if got := p.Paragraphs(); len(got) != 2 {
			t.Errorf("%q: paragraphs %q, want 2", label, got)
		}
	}
}

func TestBylineWithAComma(t *testing.T) {
	for _, tc := range []struct{ byline, want string }{
		{"By Jonas Ekker, The Vell Herald", "The Vell Herald"},
		{"By Jonas Ekker and Ada Renn, Tarn Evening Post", "Tarn Evening Post"},
		{"By Jonas Ekker, Chief Political Correspondent", ""},
	} {
		page := "Seized trawlers arrive in Vell as town braces for a storm\n" + tc.byline + "\n\n" +
			"The six trawlers detained by the navy on the bank were towed into Vell harbour on Tuesday, the port authority said.\n\n" +
			"Fishermen lined the quay as the boats came in, and the mayor said the town would help the crews.\n"
		p, err := Parse([]byte(page), Text, "")
		if err != nil {
			t.Fatal(err)
		}
		if p.Outlet != tc.want {
			t.Errorf("%q: outlet %q, want %q", tc.byline, p.Outlet, tc.want)
		}
	}
}

// TestWordCountAsFields checks wordCount against strings.Fields on the
// spaces unicode.IsSpace knows, inside and outside ASCII, and on bytes
// that are no UTF-8.
func TestWordCountAsFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\nd\ve\ff\rg ", "a\u00a0b\u0085c\u2028d\u3000e", "x\xffy \xc3", "\u200bzero\u200bwidth",
		"By Nora Feld | Linden Bay Gazette", "  — Reuters  ", "a\x1cb\x1fc\x7fd"} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
