package lex

import "strings"

// The names of news outlets, as data in one place: wire agencies and desk
// credits as pages print them, the words that end newspapers' names, and
// the outlets of common news hosts. Reading a page uses them to name its
// outlet; reading sides uses them to tell a reporting outlet from a side.

// agencies are news agencies and desk credits, as they stand alone on a
// line or in a credit, in lower case, with the name to show ("" for a desk
// credit that names no outlet).
var agencies = map[string]string{
	"ani": "ANI", "pti": "PTI", "ians": "IANS", "afp": "AFP", "ap": "AP", "reuters": "Reuters",
	"bloomberg": "Bloomberg", "uni": "UNI", "xinhua": "Xinhua", "tass": "TASS", "dpa": "dpa",
	"efe": "EFE", "kyodo": "Kyodo", "yonhap": "Yonhap", "ansa": "ANSA", "anadolu": "Anadolu",
	"anadolu agency": "Anadolu", "bernama": "Bernama", "aap": "AAP", "apa": "APA",
	"associated press": "AP", "the associated press": "AP", "agence france-presse": "AFP",
	"agence france presse": "AFP", "press trust of india": "PTI", "asian news international": "ANI",
	"reuters staff": "Reuters", "interfax": "Interfax", "ria novosti": "RIA Novosti",
	"press association": "PA", "pa media": "PA Media", "upi": "UPI", "ria": "RIA Novosti",
	"agencies": "", "agency": "", "news desk": "", "web desk": "", "staff reporter": "",
	"our correspondent": "", "express news service": "", "news agencies": "", "wire services": "",
	"staff": "", "online desk": "", "digital desk": "", "news service": "",
}

// outletWords end the names of newspapers and news sites.
var outletWords = map[string]bool{"standard": true, "echo": true, "herald": true, "post": true, "times": true,
	"news": true, "gazette": true, "tribune": true, "journal": true, "chronicle": true, "ledger": true,
	"review": true, "wire": true, "daily": true, "express": true, "guardian": true, "telegraph": true,
	"mirror": true, "observer": true, "independent": true, "star": true, "mail": true, "record": true,
	"courier": true, "beat": true, "sentinel": true, "examiner": true, "register": true, "press": true,
	"television": true, "tv": true, "radio": true, "broadcasting": true, "reuters": true, "magazine": true,
	"clarion": true, "bugle": true, "trumpet": true, "bulletin": true, "weekly": true, "dispatch": true,
	"inquirer": true, "enquirer": true, "advertiser": true, "argus": true, "spectator": true}

// hostOutlets names the outlets of common news hosts, so that a page's
// outlet reads as its readers know it rather than as a domain. A host not
// listed is named by itself (OutletFromURL).
var hostOutlets = map[string]string{
	"reuters.com": "Reuters", "apnews.com": "AP", "afp.com": "AFP", "bloomberg.com": "Bloomberg",
	"npr.org": "NPR", "bbc.co.uk": "BBC", "bbc.com": "BBC", "cnn.com": "CNN", "nbcnews.com": "NBC News",
	"cbsnews.com": "CBS News", "abcnews.go.com": "ABC News", "foxnews.com": "Fox News",
	"foxbusiness.com": "Fox Business", "cnbc.com": "CNBC", "nytimes.com": "The New York Times",
	"washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal",
	"usatoday.com": "USA Today", "latimes.com": "Los Angeles Times", "nypost.com": "New York Post",
	"politico.com": "Politico", "politico.eu": "Politico Europe", "axios.com": "Axios",
	"thehill.com": "The Hill", "washingtonexaminer.com": "Washington Examiner",
	"theguardian.com": "The Guardian", "independent.co.uk": "The Independent",
	"telegraph.co.uk": "The Telegraph", "thetimes.co.uk": "The Times", "ft.com": "Financial Times",
	"economist.com": "The Economist", "dailymail.co.uk": "Daily Mail", "express.co.uk": "Express",
	"dailystar.co.uk": "Daily Star", "mirror.co.uk": "Mirror", "news.sky.com": "Sky News",
	"aljazeera.com": "Al Jazeera", "dw.com": "DW", "france24.com": "France 24", "euronews.com": "Euronews",
	"euractiv.com": "EurActiv", "lemonde.fr": "Le Monde", "spiegel.de": "Der Spiegel",
	"tass.com": "TASS", "rt.com": "RT", "aa.com.tr": "Anadolu", "trtworld.com": "TRT World",
	"arabnews.com": "Arab News", "thenationalnews.com": "The National", "timesofisrael.com": "The Times of Israel",
	"ndtv.com": "NDTV", "thehindu.com": "The Hindu", "hindustantimes.com": "Hindustan Times",
	"indianexpress.com": "The Indian Express", "timesofindia.indiatimes.com": "The Times of India",
	"dnaindia.com": "DNA", "scmp.com": "South China Morning Post", "japantimes.co.jp": "The Japan Times",
	"abc.net.au": "ABC News (Australia)", "smh.com.au": "The Sydney Morning Herald", "cbc.ca": "CBC News",
	"globalnews.ca": "Global News", "deadline.com": "Deadline", "variety.com": "Variety",
	"hollywoodreporter.com": "The Hollywood Reporter", "tmz.com": "TMZ", "forbes.com": "Forbes",
	"businessinsider.com": "Business Insider", "theverge.com": "The Verge", "techcrunch.com": "TechCrunch",
	"wired.com": "Wired", "time.com": "Time", "newsweek.com": "Newsweek", "theatlantic.com": "The Atlantic",
	"vox.com": "Vox", "yahoo.com": "Yahoo News", "news.yahoo.com": "Yahoo News", "marketwatch.com": "MarketWatch",
	"thewrap.com": "TheWrap", "thestreet.com": "TheStreet", "eonline.com": "E! News", "fastcompany.com": "Fast Company",
}

// Agency returns the name to show of an agency or desk credit ("ap" is
// AP; "" for a desk credit that names no outlet), and whether name is one.
func Agency(name string) (string, bool) {
	a, ok := agencies[strings.ToLower(strings.TrimSpace(name))]
	return a, ok
}

// IsOutletWord reports a word that ends newspapers' names ("times",
// "herald"), in lower case.
func IsOutletWord(w string) bool { return outletWords[w] }

// OutletOfHost returns the outlet name of a host (or of the domain it is
// under, "edition.cnn.com" under "cnn.com"), or "".
func OutletOfHost(host string) string {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for h := host; strings.Contains(h, "."); h = h[strings.IndexByte(h, '.')+1:] {
		if o, ok := hostOutlets[h]; ok {
			return o
		}
	}
	return ""
}

// knownOutlets are the agencies' and hosts' outlet names, folded to lower
// case.
var knownOutlets = func() map[string]bool {
	m := map[string]bool{}
	for k, v := range agencies {
		if v != "" {
			m[k], m[strings.ToLower(v)] = true, true
		}
	}
	for _, v := range hostOutlets {
		m[strings.ToLower(v)] = true
		m[strings.TrimPrefix(strings.ToLower(v), "the ")] = true
	}
	return m
}()

// runTogether are the known outlets' names folded to lower case with no
// spaces and no leading "the", so that a name a host runs together reads
// the same written apart ("TheWrap" and "The Wrap" are "wrap").
var runTogether = func() map[string]bool {
	m := map[string]bool{}
	for k := range knownOutlets {
		m[squash(k)] = true
	}
	return m
}()

// squash folds a name to lower case with no spaces and no leading "the".
func squash(name string) string {
	s := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), " ", "")
	if t := strings.TrimPrefix(s, "the"); len(t) >= 3 {
		return t
	}
	return s
}

// networks are the first words of known outlets that are networks'
// initials ("CBS" of "CBS News"): a local station is named by them and
// its market's letters or channel number ("CBS DFW", "NBC 7").
var networks = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range hostOutlets {
		if f := strings.Fields(v); len(f) > 1 && initialism(f[0]) {
			m[f[0]] = true
		}
	}
	return m
}()

// initialism reports a word of two capital letters or more and nothing
// else ("CBS", "DFW").
func initialism(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// localStation reports a network's local station: the network's initials
// and then only initials or a channel number ("CBS DFW", "NBC 7").
func localStation(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || !networks[f[0]] {
		return false
	}
	for _, w := range f[1:] {
		if !initialism(w) && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	return true
}

// KnownOutlet reports the name of a news agency or of a known outlet
// ("Reuters", "CNBC", "The New York Times"), in any case, a name a host
// runs together written apart ("The Wrap" for TheWrap), and a network's
// local station ("CBS DFW").
func KnownOutlet(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	return knownOutlets[n] || n != "" && runTogether[squash(n)] || localStation(strings.TrimSpace(name))
}

// IsOutletName reports a name that is a news outlet's: a known outlet or
// agency ("CNBC", "the Associated Press"), a name a newspaper's word ends
// ("the Vell Times", "Tarn Radio"), or a news or press agency.
func IsOutletName(name string) bool {
	n := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(name)), "the ")
	if KnownOutlet(n) {
		return true
	}
	f := strings.Fields(strings.Trim(n, ".,;:"))
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	if last == "agency" {
		return len(f) >= 2 && (f[len(f)-2] == "news" || f[len(f)-2] == "press")
	}
	return outletWords[last]
}
