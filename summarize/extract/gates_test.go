package extract

import (
	"regexp"
	"strings"
	"testing"
)

// gateLines are invented lines, each matched by one of the gated patterns
// or nearly so, some with letters whose case folds outside ASCII.
var gateLines = []string{
	"", "4 min read", "4 MIN READ", "12 minutes", "Reading time: 5 mins", "reading time 3 minutes",
	"2 hours ago", "Updated 3 days ago", "an hour ago", "last updated: 5 mins ago", "one week ago", "2 hours agO",
	"12 comments", "Shares (40)", "views 7", "3 reactions", "comments", "1 ſhare",
	"Getty Images", "(Photo) AFP via Getty Images", "Shutterstock", "ſhutterſtock", "EPA-EFE", "AP Photo",
	"Reuters/Ana Lind", "REUTERſ/Ana Lind", "Photos: Marta Vell/Getty Images", "video getty images",
	"Tags: budget, rail", "Filed under: Harbour", "read more about: ports", "Topics", "TOPICſ:",
	"(Harbour Post, March 3, 2026) — The council said", "() - The council", "(Linden Wire)", "Harbour (Linden Wire)",
	"Photograph: Oskar Dunne/Calloway Standard", "Photo: Herald / Teodor Rusk", "IMAGE: Vel Amra / The Quay Times",
	"Picture : Lind Press/Hal Orme", "Photo / Oskar: Dunne", "PİCTURE: Ana Lind/The Daily Quay",
	"By Nora Feld", "by Nora Feld | Linden Bay Gazette", "Written by Ana Lind and Hal Orme", "AUTHOR: Vel Amra",
	"Story by Jane Q. Doerr", "ſtory by Nora Feld", "Wordſ by Ana Lind", "Compiled by Marta Vell, Staff Writer",
	"Byline Nora Feld", "Reported By Oskar Dunne / Harbour Post", "Nearby Ana Lind", "By friday the union",
	"Sign up for our newsletter", "ſign up", "SUBSCRIBE now", "Follow Harbour Post on Quill", "follow us",
	"Click here to read", "CLICK HERE", "Download our free app", "download the Quay app today", "For more news",
	"for the latest updates", "Get the latest", "get our briefing", "Stay informed", "Read our policy",
	"Never miss a story", "Want to read more?", "Support our journalism", "To continue reading, log in",
	"Already a subscriber?", "You have reached your limit", "Create a free account", "We use cookies",
	"By continuing you agree", "This site uses cookies", "Listen to this article", "Scroll to continue",
	"Advertisement", "ADVERTISEMENT", "Watch: the harbour fire", "Watch live", "Also watch", "Must watch",
	"Thiſ site uſes cookies", "MUſT WATCH", "alſo watch", "Liſten to this story", "The council said",
	"Doha, (UNI) The council", "Lagos ,  (Quay Wire)  The port", "Port Arden, Quay, (UNI) The", "Doha (UNI)",
	"Ågard, (NRK) Tre", "doha, (UNI) x",
}

// TestGatesKeepMatches checks that every gate lets through each line its
// pattern matches: gated or not, a line matches alike.
func TestGatesKeepMatches(t *testing.T) {
	for _, s := range gateLines {
		checkGates(t, s)
	}
}

// FuzzGatesKeepMatches is TestGatesKeepMatches on any line.
func FuzzGatesKeepMatches(f *testing.F) {
	for _, s := range gateLines {
		f.Add(s)
	}
	f.Fuzz(checkGates)
}

func checkGates(t *testing.T, s string) {
	t.Helper()
	low := strings.ToLower(s)
	tests := []struct {
		name string
		gate bool
		re   *regexp.Regexp
		in   string
	}{
		{"isReadTime", isReadTime(low), reReadTime(), low},
		{"isRelTime", isRelTime(low), reRelTime(), low},
		{"isCounter", isCounter(low), reCounter(), low},
		{"isPhotoCredit", isPhotoCredit(low), rePhotoCredit(), low},
		{"isTagLine", isTagLine(s), reTagLine(), s},
		{"mayOwnCredit", mayOwnCredit(s), reOwnCredit(), s},
		{"mayByline", mayByline(s), reByline(), s},
		{"leadCredit", strings.HasPrefix(s, "("), reLeadCredit(), s},
		{"isCallToAction", isCallToAction(s), reCallToAction(), s},
		{"mayDatelineNoDash", mayDatelineNoDash(s), reDatelineNoDash(), s},
	}
	for _, tt := range tests {
		if want := tt.re.MatchString(tt.in); want && !tt.gate {
			t.Errorf("%s(%q) shuts out a line %s matches", tt.name, tt.in, tt.re)
		}
	}
}
