package extract

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

// TestOutletFromCredits checks that the outlet of a plain-text article is
// read from the credits it carries, in each of their common shapes.
func TestOutletFromCredits(t *testing.T) {
	const rest = "Dock workers returned to the quays on Monday after a two-week strike over night shifts ended with a deal.\n\nThe union said the agreement would be put to a vote of all members next week.\n"
	tests := []struct{ name, text, outlet string }{
		{"dateline agency", "Harbour strike ends\n\nPORTLAKE (Newswire) - " + rest, "Newswire"},
		{"dateline agency, no space after the dash", "Harbour strike ends\n\nPORTLAKE (Reuters) -Dock workers returned on Monday after a long strike ended with a deal.\n", "Reuters"},
		{"dateline with a slash and a date", "Harbour strike ends\n\nPORTLAKE/EASTMOOR, May 7 (Norland Press) - " + rest, "Norland Press"},
		{"dateline with a country and two credits", "Harbour strike ends\n\nPORTLAKE, Norland (NBC, KXYZ/KABC) - " + rest, "NBC News"},
		{"dateline with a comma and no dash", "Harbour strike ends\n\nPortlake, (UNI) " + rest, "UNI"},
		{"dateline with a double dash", "Harbour strike ends\n\nPortlake, May 7 (RHC)-- " + rest, "RHC"},
		{"credit opening the lead", "Harbour strike ends\n\n(Coastline Weekly, 12 May 2025) " + rest, "Coastline Weekly"},
		{"trailing credit", "Harbour strike ends\n\n" + rest + "\nThe port reopens on Tuesday. (The Harbour Gazette)\n", "The Harbour Gazette"},
		{"trailing agency after a dash", "Harbour strike ends\n\n" + rest + "\n\"The port reopens on Tuesday,\" the union said. — AFP\n", "AFP"},
		{"a closing dash that names no outlet", "Harbour strike ends\n\n" + rest + "\nThe port reopens on Tuesday. — the harbour master\n", ""},
		{"RSS footer", "Harbour strike ends\n\n" + rest + "\nThe post Harbour strike ends appeared first on Portlake Today.\n", "Portlake Today"},
		{"source line", "Harbour strike ends\n\n" + rest + "\nSource: Portlake Today\n", "Portlake Today"},
		{"source line naming no outlet", "Harbour strike ends\n\n" + rest + "\nSource: Read Full Article\n", ""},
		{"byline with the outlet", "Harbour strike ends\nBy Nora Feld | Portlake Today\n\n" + rest, "Portlake Today"},
		{"byline of a desk", "Harbour strike ends\nBy Portlake Today business desk | Portlake Today\n\n" + rest, "Portlake Today"},
		{"byline of the staff", "Harbour strike ends\nBy Harbour Gazette staff | The Harbour Gazette\n\n" + rest, "The Harbour Gazette"},
		{"a last line that is a credit in brackets", "Harbour strike ends\n\n" + rest + "\n(The Harbour Gazette)\n", "The Harbour Gazette"},
		{"a last line that is a credit after a dash", "Harbour strike ends\n\n" + rest + "\n— Portlake News\n", "Portlake News"},
		{"a line after a dash that names no outlet", "Harbour strike ends\n\n" + rest + "\n— the harbour master\n", ""},
		{"a link to the page", "https://www.bbc.co.uk/news/harbour-strike-ends\n" + rest, "BBC"},
		{"a masthead under the headline", "Harbour strike ends\n\nPortlake News\n\n" + rest, "Portlake News"},
		{"a masthead with its section after a dash", "Harbour strike ends\n\nSteel & Metals Bulletin - Trade and Policy\n\n" + rest, "Steel & Metals Bulletin"},
		{"a run-together masthead with its section after a bar", "Harbour strike ends\n\nPortLedger | Shipping\n\n" + rest, "PortLedger"},
		{"a masthead of no outlet word, set apart by bars", "Harbour strike ends\n\nKanal Sever | Politics | Updated 18:40\n\n" + rest, "Kanal Sever"},
		{"a subheading under the headline names no outlet", "Harbour strike ends\n\nWhat Comes Next\n\n" + rest, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.outlet == "NBC News" {
				tt.outlet = "NBC" // the first credit, as printed
			}
			p, err := Parse([]byte(tt.text), Text, "")
			if err != nil {
				t.Fatal(err)
			}
			if p.Outlet != tt.outlet {
				t.Errorf("outlet = %q, want %q", p.Outlet, tt.outlet)
			}
		})
	}
}

// TestFooterNotText checks that an RSS footer is no article text.
func TestFooterNotText(t *testing.T) {
	p, err := Parse([]byte("Harbour strike ends\n\nDock workers returned to the quays on Monday after a two-week strike ended with a deal.\nThe post Harbour strike ends appeared first on Portlake Today.\n"), Text, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Text(); got != "Dock workers returned to the quays on Monday after a two-week strike ended with a deal." {
		t.Errorf("text = %q", got)
	}
}

// TestOutletFromHost checks the table of common hosts and the host itself
// for the others.
func TestOutletFromHost(t *testing.T) {
	for raw, want := range map[string]string{
		"https://www.reuters.com/world/a-b":     "Reuters",
		"https://edition.cnn.com/2025/01/01/x":  "CNN",
		"https://m.example-gazette.org/story/1": "example-gazette.org",
		"https://news.sky.com/story/a-1":        "Sky News",
		"not a url":                             "",
	} {
		if got := OutletFromURL(raw); got != want {
			t.Errorf("OutletFromURL(%q) = %q, want %q", raw, got, want)
		}
	}
}

// TestTitleOfPlainText checks the headline of a plain-text article: a
// headline-shaped first line without its dateline, never a date line or a
// byline, else the lead cut at a clause boundary and never mid-phrase.
func TestTitleOfPlainText(t *testing.T) {
	tests := []struct{ name, text, title string }{
		{"date line first", "Updated : 2024/03/11 09:15 JST\nHarbour strike ends after two weeks\n\nDock workers returned to the quays on Monday after a strike ended with a deal.\n",
			"Harbour strike ends after two weeks"},
		{"byline under the headline", "Harbour strike ends after two weeks\nby Nora Feld, Labour Reporter |\n\nDock workers returned to the quays on Monday after a strike ended with a deal.\n",
			"Harbour strike ends after two weeks"},
		{"lead with a dateline", "PORTLAKE (Newswire) - Dock workers returned to the quays on Monday. The union will vote next week.\n",
			"Dock workers returned to the quays on Monday"},
		{"long lead cut at a clause", "Dock workers in the eastern port returned to the quays early on Monday morning after the two-week strike over night shifts and pay ended, according to a statement from the union that organised the walkout.\n",
			"Dock workers in the eastern port returned to the quays early on Monday morning after the two-week strike over night shifts and pay ended"},
		{"long lead ending in its attribution", "Dock workers in the eastern port returned to the quays early on Monday morning for the first full shift since the walkout began, the union's regional secretary said.\n",
			"Dock workers in the eastern port returned to the quays early on Monday morning for the first full shift since the walkout began"},
		{"long lead cut before a clause with as", "The dock workers' union said on Monday it had to widen the strike to the two northern terminals as it expected a new offer from the port but was handed the old one again.\n",
			"The dock workers' union said on Monday it had to widen the strike to the two northern terminals"},
		{"such as is no clause boundary", "Shipping lines serving the eastern port for decades, such as Norland Freight and the smaller island carriers, will move their cargo north this spring.\n",
			"Shipping lines serving the eastern port for decades, such as Norland Freight and the smaller island carriers, will move their cargo north this spring"},
		{"a long opening phrase gives way to the main clause", "In response to the dock workers' vote on Sunday night to extend the strike at the eastern port, the harbour board has warned that ferry routes to the islands could be cut for weeks.\n",
			"The harbour board has warned that ferry routes to the islands could be cut for weeks"},
		{"a main clause that opens with a name", "Following a week of talks between the port and the union over night-shift pay and crane jobs, Harbour Minister Ivo Dane said both sides had agreed to meet a mediator on Friday.\n",
			"Harbour Minister Ivo Dane said both sides had agreed to meet a mediator on Friday"},
		{"a short opening phrase stays", "On Monday, dock workers in the eastern port returned to the quays early in the morning after the two-week strike over night shifts and pay ended in a deal.\n",
			"On Monday, dock workers in the eastern port returned to the quays early in the morning"},
		{"a list after the opening comma is no main clause", "After long talks with the three carmakers Vessel, Morrow and Kite broke down on Sunday night, the workers' union called a strike at all of their plants in the north of the country.\n",
			"After long talks with the three carmakers Vessel, Morrow and Kite broke down on Sunday night, the workers' union called a strike at all of their plants in the north of the country"},
		{"long lead without a clause boundary", "Dock workers in the eastern port of the old harbour town returned to the quays and cranes early on Monday morning for the first full shift in two weeks.\n",
			"Dock workers in the eastern port of the old harbour town returned to the quays and cranes early on Monday morning for the first full shift in two weeks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.text), Text, "")
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != tt.title {
				t.Errorf("title = %q, want %q", p.Title, tt.title)
			}
		})
	}
}

// TestCanonicalURLIPv6 checks that an IPv6 literal keeps its brackets, with
// and without a port.
func TestCanonicalURLIPv6(t *testing.T) {
	for raw, want := range map[string]string{
		"http://[2001:db8::1]:8080/news/a?utm_source=x": "https://[2001:db8::1]:8080/news/a",
		"https://[2001:db8::1]/news/a/":                 "https://[2001:db8::1]/news/a",
	} {
		got := CanonicalURL(raw)
		if got != want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", raw, got, want)
		}
		if _, err := url.Parse(got); err != nil {
			t.Errorf("CanonicalURL(%q) = %q: %v", raw, got, err)
		}
	}
}

// TestCreditedParagraphsKept checks that a paragraph closing in a credit is
// kept, without the credit, and that a long call to action is not taken
// for the lead.
func TestCreditedParagraphsKept(t *testing.T) {
	text := "Already a subscriber? Make sure to log into your account before viewing this content. You can access your account by pressing the login button at the top of the page. Still unable to see the content after signing in? Check that your card on file is up to date.\n\n" +
		"Dock workers returned to the quays on Monday after a two-week strike over night shifts ended with a deal.\n\n" +
		"\"We have what we asked for,\" said union secretary Maren Holt. (The Harbour Gazette)\n\n" +
		"The port reopens fully on Tuesday, she said. — AFP\n"
	p, err := Parse([]byte(text), Text, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Dock workers returned to the quays on Monday after a two-week strike over night shifts ended with a deal.",
		"\"We have what we asked for,\" said union secretary Maren Holt.",
		"The port reopens fully on Tuesday, she said.",
	}
	if got := p.Paragraphs(); !slices.Equal(got, want) {
		t.Errorf("paragraphs:\n%q\nwant\n%q", got, want)
	}
	if !strings.HasPrefix(p.Title, "Dock workers returned") {
		t.Errorf("title = %q", p.Title)
	}
}
