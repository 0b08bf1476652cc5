package extract

import (
	"strings"
	"time"
	"unicode"

	"github.com/storybot/storybot/summarize/lex"
)

// boilerLines are whole lines that news pages carry around their articles:
// sharing, subscription and advertising labels. Compared in lower case
// without trailing punctuation.
var boilerLines = setOf(
	"advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content",
	"paid content", "partner content", "share", "share this", "share this article",
	"share this story", "share article", "share via", "share on facebook",
	"share on twitter", "share on whatsapp", "tweet", "email", "print", "copy link",
	"link copied", "subscribe", "subscribe now", "sign up", "sign in", "log in",
	"login", "register", "newsletter", "get the newsletter", "follow us",
	"follow us on google news", "listen to this article", "listen", "skip to content",
	"skip to main content", "menu", "search", "close", "back to top", "comments",
	"view comments", "leave a comment", "loading", "story continues below advertisement",
	"article continues below advertisement", "continue reading", "read full story",
	"read full article", "click here", "watch", "watch video", "video", "photos",
	"gallery", "file photo", "accept", "accept all", "accept cookies", "reject all",
	"cookie settings", "manage cookies", "we use cookies", "save", "bookmark",
	"font size", "text size", "hide caption", "toggle caption", "expand", "collapse",
	"open in app", "download the app", "continue reading below", "trending topics", "topics", "tags", "home",
	"news", "world", "explainer", "opinion", "live", "breaking", "breaking news",
	"premium", "exclusive", "updated", "published", "english", "edition",
)

// markerLines label a list of other stories' headlines.
var markerLines = setOf(
	"explore", "related", "related stories", "related articles", "related news",
	"related content", "related coverage", "related topics", "more stories",
	"more news", "more on this", "more on this story", "read more", "read also",
	"also read", "see also", "you may also like", "you might also like",
	"you may like", "recommended", "recommended for you", "recommended stories",
	"recommended articles", "latest news", "latest stories", "latest", "top stories",
	"top news", "top headlines", "trending", "trending now", "trending stories",
	"most read", "most popular", "most viewed", "most shared", "editor's picks",
	"editors' picks", "don't miss", "must read", "what to read next",
	"further reading", "in other news", "popular", "popular stories", "in case you missed it",
	"elsewhere", "from around the web", "up next", "next story", "previous story",
	"more from our network", "latest videos", "latest headlines",
)

// markerPrefixes start list labels such as "More from World" or an inline
// "Also read: <headline>".
var markerPrefixes = []string{"more from ", "more in ", "more on ", "also read", "read also",
	"read more", "also see", "see also", "related:", "recommended:", "must read", "see more",
	"don't miss", "don’t miss", "watch more"}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	reReadTime = lazyRegexp(`(?i)^(\d+\s*(min|mins|minute|minutes)(\s*read)?|reading time:?\s*\d+\s*(min|mins|minutes))$`)
	// A byline: "By Jane Doe", "By Jane Doe and John Roe, Health Reporter",
	// "By Nora Feld | Linden Bay Gazette | March 25, 2026".
	reByline         = lazyRegexp(`^(?i:by|written by|reported by|words by|story by|edited by|curated by|posted by|compiled by|author)\s*:?\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|al|el|bin))*\s*([,|/·•–—-]\s*[\p{L}\d .,&:'’]+)*$`)
	reBylinePartSeps = lazyRegexp(`[,|/·•–—]|\s-\s`)
	reBylineSeps     = lazyRegexp(`\s*[|·•/–—]\s*|\s+-\s+`)
	reRoleWords      = lazyRegexp(`(?i)(reporter|correspondent|editor|writer|desk|staff|columnist|contributor|bureau|chief|analyst|producer)`)
	reSource         = lazyRegexp(`(?i)^(source|sources|courtesy|credit|credits|via|with inputs from)\s*[:\-–]\s*(.+)$`)
	// A dateline: a place (or two, "CITY/CITY"), maybe a country, a date
	// and the agencies credited, then a dash or colon: "GENEVA (Reuters) -",
	// "HARWICK, March 19 (HPA) -", "QUITO, Ecuador (NBC, KXYZ/KABC) -",
	// "LIMA (Reuters) -Strikers", "Dubai, May 3 (RHC)-- ", "Lagos :".
	// Alone on a line or opening the lead. dateline() checks the rest.
	reDateline = lazyRegexp(`^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?(?:,\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?)` +
		`(?:,?\s+(\p{Lu}\p{Ll}{2,8})\.?\s+\d{1,2}(?:,?\s+\d{4})?)?` +
		`(?:,?\s*\(([\p{L}][\p{L} .&,/-]{0,39})\))?\s*(--|[-–—:])(\s*)`)
	// A dateline with no dash: "Doha, (UNI) The United States...".
	reDatelineNoDash = lazyRegexp(`^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}),\s*\(([\p{L}][\p{L} .&,/-]{0,39})\)\s+`)
	// A photo caption ending in its credit: "... talks in Moscow / Reuters".
	reCaptionCredit = lazyRegexp(`(\s/\s*\p{Lu}[\p{L}&.' -]{1,40}|\((?i:photo|image|file|picture|representational|credit)[^)]*\))\s*$`)
	reCaptionLead   = lazyRegexp(`(?i)^(photo|image|picture|file photo|representational image|photo credits?|image credits?|caption|image source|image caption|media caption|video caption)\s*[:|/,-]`)
	// disclaimerPhrases mark syndication and credit notes.
	disclaimerPhrases = []string{"has not been edited by", "is published from", "published from a syndicated",
		"syndicated feed", "auto-generated", "autogenerated", "with inputs from", "reporting by ", "editing by ",
		"writing by ", "additional reporting", "disclaimer", "only the headline and picture",
		"content is not edited", "wire agency feed", "agency feed", "without modifications to the text",
		"has been published from"}
	reEditedByStaff = lazyRegexp(`(?i)edited by ([\p{L}&' .]{2,40}?) staff`)
	// Calls to action and site furniture, even when written as a sentence.
	reCallToAction = lazyRegexp(`(?i)^(sign up|subscribe|follow us|follow our|follow \S+ on|click here|tap here|download (our|the) .{0,30}\bapp\b|catch all the|for (more|the latest) (news|updates)|join our|get the latest|get our|stay (updated|informed)|read our|never miss|want to read more|support our journalism|to continue reading|already a subscriber|you have reached|create a free account|we use cookies|by continuing|this site uses|listen to (this )?(article|story)|scroll to continue|advertisement\b|watch:|watch live|also watch|must watch)\b`)
	reCopyright    = lazyRegexp(`(?i)\bcopyright\s+(©\s*)?\d{4}|\(@\w+\)`)
	reRelTime      = lazyRegexp(`(?i)^((last )?updated:?\s*)?(\d+|an?|one)\s*(sec|secs|second|seconds|min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|weeks)\s+ago$`)
	reTagLine      = lazyRegexp(`(?i)^(tags|topics|filed under|categories|category|keywords|more on|read more about)\s*:`)
	reCounter      = lazyRegexp(`(?i)^(\d+\s+(comments?|shares?|views?|reactions?)|(comments?|shares?|views?)\s*\(?\d+\)?)$`)
	rePhotoCredit  = lazyRegexp(`(?i)^(\(?(photo|image|picture|video)s?\)?\s*)?(getty images|afp via getty images|shutterstock|epa-efe|ap photo|reuters/[\p{L} ]+|[\p{L} ]+/getty images)$`)
	reSourceSeps   = lazyRegexp(`\s*(?:&|,|/|\band\b|\|)\s*`)
	reCrumbSeps    = lazyRegexp(`\s*[>›»|·•/]\s*`)
	reBreadcrumb   = lazyRegexp(`\s[>›»|·•/]\s|^[^>›»]+[>›»]`)
)

// classify says what one trimmed line is.
func classify(s string) kind {
	if s == "" {
		return kBlank
	}
	low := strings.ToLower(strings.TrimRight(s, " :.|»›>-–—"))
	n := wordCount(s)
	switch {
	case boilerLines[low]:
		return kDrop
	case isMarker(low, s):
		return kMarker
	case n <= 12 && (reReadTime().MatchString(low) || reRelTime().MatchString(low) || reCounter().MatchString(low) ||
		rePhotoCredit().MatchString(low)), reTagLine().MatchString(s):
		return kDrop
	case isFurniture(s, low), isLinkedHeadlines(s):
		return kDrop
	case isDateLine(s):
		return kMeta
	case isByline(s):
		return kMeta
	case reSource().MatchString(s) && len(strings.Fields(s)) <= 12:
		return kMeta
	case isAgency(low):
		return kMeta
	case isDatelineAlone(s):
		return kMeta
	case isDisclaimer(s):
		return kDrop
	case isCaption(s):
		return kDrop
	case isBreadcrumb(s):
		return kDrop
	}
	words := strings.Fields(s)
	if isItem(s) {
		return kItem
	}
	// A short question standing alone is a headline ("Will rates fall?").
	if strings.HasSuffix(s, "?") && len(words) <= 14 && !strings.ContainsAny(s, "\"“”") {
		return kHeading
	}
	if endsSentence(s) || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ",") ||
		strings.HasSuffix(s, ";") || len(words) > 30 {
		return kParagraph
	}
	if len(words) <= 3 || isAllCaps(s) {
		return kShort
	}
	return kHeading
}

// furniturePhrases mark site furniture on a line of up to 40 words;
// footerPhrases only on short lines, since an article may mention a privacy
// policy.
var (
	furniturePhrases = []string{"all rights reserved", "©", "pic.twitter.com", "first appeared on",
		"was originally published", "we may earn", "affiliate commission", "appeared first on", "image caption:", "to your inbox",
		"thanks for signing up", "processing your subscription", "an error has occurred",
		"this article has been sent to", "non-commercial use only", "click here", "[button"}
	footerPhrases = []string{"terms of use", "terms of service", "privacy policy", "cookie policy",
		"whatsapp channel", "telegram channel", "google news", "contact us", "about us"}
)

// isFurniture reports calls to action and site furniture, even when
// written as a sentence.
func isFurniture(s, low string) bool {
	n := wordCount(s)
	if n > 60 {
		return false
	}
	// A call to action may run to a few sentences ("Already a subscriber?
	// Make sure to log in ... Still unable to see the content? ...").
	if reCallToAction().MatchString(s) {
		return true
	}
	if n > 40 {
		return false
	}
	if n <= 12 && (strings.Contains(low, "copyright") || strings.Contains(s, "(@")) &&
		reCopyright().MatchString(s) {
		return true
	}
	for _, p := range furniturePhrases {
		if strings.Contains(low, p) {
			return true
		}
	}
	if n <= 12 {
		for _, p := range footerPhrases {
			if strings.Contains(low, p) {
				return true
			}
		}
	}
	return false
}

// reLinkLabel is the label a site puts after a linked headline
// ("... [VIDEO]", "... [INSIGHT]").
var reLinkLabel = lazyRegexp(`\[\p{Lu}[\p{Lu} ]{2,14}\]`)

// isLinkedHeadlines reports a line of other stories' headlines run
// together, each followed by its label in brackets.
func isLinkedHeadlines(s string) bool {
	return strings.Contains(s, "[") && len(reLinkLabel().FindAllStringIndex(s, 3)) >= 2
}

func isMarker(low, s string) bool {
	if markerLines[low] {
		return true
	}
	for _, p := range markerPrefixes {
		if strings.HasPrefix(low, p) && !endsSentence(s) && len(strings.Fields(s)) <= 25 {
			return true
		}
	}
	return false
}

func isAgency(low string) bool {
	low = strings.Trim(low, "()[] ")
	_, ok := lex.Agency(low)
	return ok
}

// agencyName returns the agency a lone agency line names, or "".
func agencyName(s string) string {
	low := strings.Trim(strings.ToLower(strings.TrimRight(s, " :.|-–—")), "()[] ")
	a, _ := lex.Agency(low)
	return a
}

// isByline reports a byline: "By" and a name, then maybe a role, an outlet
// and a date, each part capitalised ("By Friday, the union..." is text).
func isByline(s string) bool {
	if wordCount(s) > 16 || strings.HasSuffix(s, ".") && !strings.HasSuffix(s, " Jr.") || !reByline().MatchString(s) {
		return false
	}
	for _, part := range reBylinePartSeps().Split(s, -1)[1:] {
		if part = strings.TrimSpace(part); part != "" && unicode.IsLower([]rune(part)[0]) {
			return false
		}
	}
	return true
}

// bylineParts returns the outlet and publication time a byline names after
// the author ("By Nora Feld | Linden Bay Gazette | March 25, 2026").
func bylineParts(s string) (outlet string, published time.Time) {
	if !isByline(s) {
		return "", time.Time{}
	}
	parts := reBylineSeps().Split(s, -1)
	for _, p := range parts[1:] {
		p = strings.Trim(p, " ,.")
		if t, ok := parseDateLine(p); ok {
			published = t
			continue
		}
		if a, ok := lex.Agency(p); ok {
			if a != "" && outlet == "" {
				outlet = a
			}
			continue
		}
		if n := len(strings.Fields(p)); outlet == "" && n >= 1 && n <= 5 && !reRoleWords().MatchString(p) &&
			unicode.IsUpper([]rune(p)[0]) {
			outlet = p
		}
	}
	return outlet, published
}

// reOwnCredit is a photo credit with two names, the photographer's and
// their outlet's, in either order ("Photograph: Oskar Dunne/Calloway
// Standard", "Photo: Herald / Teodor Rusk").
var reOwnCredit = lazyRegexp(`(?i)\b(?:photograph|photo|picture|image)\s*:\s*(\p{Lu}[\p{L}&.' -]{1,40}?)\s*/\s*(\p{Lu}[\p{L}&.' -]{1,40})\s*$`)

// creditOutlet returns the outlet a photo credit names: of its two names,
// the one that reads as a news outlet's, unless both or neither do.
func creditOutlet(s string) string {
	if !strings.Contains(s, "/") || !strings.Contains(s, ":") {
		return ""
	}
	m := reOwnCredit().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	isOutlet := func(name string) bool {
		f := strings.Fields(strings.ToLower(name))
		return len(f) > 0 && (f[0] == "the" || lex.IsOutletWord(f[len(f)-1]))
	}
	a, b := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	switch {
	case isOutlet(a) && !isOutlet(b):
		return a
	case isOutlet(b) && !isOutlet(a):
		return b
	}
	return ""
}

// sourceOutlet returns the outlet a "SOURCE: X & Agencies" line names.
func sourceOutlet(s string) string {
	m := reSource().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	for _, part := range reSourceSeps().Split(m[2], -1) {
		part = strings.TrimSpace(strings.Trim(part, ".()"))
		low := strings.ToLower(part)
		if part == "" || low == "agencies" || low == "agency" || low == "wires" || low == "news agencies" {
			continue
		}
		if a, ok := lex.Agency(low); ok && a != "" {
			return a
		}
		if boilerLines[low] || reCallToAction().MatchString(part) {
			return ""
		}
		return part
	}
	return ""
}

// disclaimerOutlet returns the outlet a syndication disclaimer names
// ("... not been edited by XYZ staff ...").
func disclaimerOutlet(s string) string {
	if m := reEditedByStaff().FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

func isDisclaimer(s string) bool {
	head := strings.ToLower(s[:min(len(s), 16)])
	if !(strings.HasPrefix(head, "(") || strings.HasPrefix(head, "disclaimer") || strings.HasPrefix(head, "this ") ||
		strings.HasPrefix(head, "reporting by") || strings.HasPrefix(head, "with inputs")) {
		return false
	}
	if wordCount(s) > 45 {
		return false
	}
	low := strings.ToLower(s)
	for _, p := range disclaimerPhrases {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// isCaption reports a photo caption: a line that is no sentence and ends in
// a credit, or that starts with a photo label.
func isCaption(s string) bool {
	if wordCount(s) > 40 {
		return false
	}
	return reCaptionLead().MatchString(s) || strings.ContainsAny(s, "/(") && reCaptionCredit().MatchString(s)
}

// isBreadcrumb reports navigation such as "Home > World > Europe" or a
// CamelCase run of menu words such as "HomeWorld".
func isBreadcrumb(s string) bool {
	if endsSentence(s) {
		return false
	}
	words := strings.Fields(s)
	if reBreadcrumb().MatchString(s) {
		parts := reCrumbSeps().Split(s, -1)
		if len(parts) >= 2 {
			short := true
			for _, p := range parts {
				if len(strings.Fields(p)) > 3 {
					short = false
				}
			}
			if short {
				return true
			}
		}
	}
	if len(words) == 1 && len(s) < 40 {
		humps := 0
		rs := []rune(s)
		for i := 1; i < len(rs); i++ {
			if unicode.IsLower(rs[i-1]) && unicode.IsUpper(rs[i]) {
				humps++
			}
		}
		return humps >= 1 && unicode.IsUpper(rs[0])
	}
	return false
}

var reItem = lazyRegexp(`^([-•*–·▪●]|\d{1,2}[.)])\s+\S`)

func isItem(s string) bool { return reItem().MatchString(s) }

// isAllCaps reports a line written in capitals ("WORLD NEWS").
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// dateline matches a dateline at the start of s and returns its place,
// its (first) agency and where the text after it starts.
func dateline(s string) (place, agency string, end int, ok bool) {
	// Every dateline starts with a capital and has its dash, colon or
	// bracketed credit within its first two hundred bytes.
	if s == "" || !unicode.IsUpper([]rune(s[:min(len(s), 4)])[0]) ||
		!strings.ContainsAny(s[:min(len(s), 200)], "-–—:(") {
		return "", "", 0, false
	}
	m := reDateline().FindStringSubmatchIndex(s)
	if m == nil {
		if m = reDatelineNoDash().FindStringSubmatchIndex(s); m == nil {
			return "", "", 0, false
		}
		return sub(s, m, 1), agencyOrOutlet(strings.TrimSpace(reSourceSeps().Split(sub(s, m, 2), 2)[0])), m[1], true
	}
	if mon := sub(s, m, 2); mon != "" {
		if _, known := months[strings.ToLower(mon)]; !known {
			return "", "", 0, false
		}
	}
	place, agency = sub(s, m, 1), sub(s, m, 3)
	if spaced := m[11] > m[10] || m[1] == len(s); !spaced && agency == "" {
		// "Word -Word" with no credit is a hyphen, not a dateline.
		return "", "", 0, false
	}
	if agency != "" {
		agency = agencyOrOutlet(strings.TrimSpace(reSourceSeps().Split(agency, 2)[0]))
	}
	return place, agency, m[1], true
}

// isDatelineAlone reports a line that is only a dateline.
func isDatelineAlone(s string) bool {
	if wordCount(s) > 8 {
		return false
	}
	_, _, end, ok := dateline(s)
	return ok && end == len(s)
}

// wordCount counts the words of s as strings.Fields splits them, without
// allocating.
func wordCount(s string) int {
	n := 0
	inWord := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// stripDateline removes a dateline that opens a paragraph
// ("GENEVA (Reuters) - ") and returns the agency it names, if any.
func stripDateline(s string) (string, string) {
	place, agency, end, ok := dateline(s)
	if !ok || end >= len(s) {
		return s, ""
	}
	rest := s[end:]
	first := []rune(rest)[0]
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("\"“‘'", first) {
		return s, ""
	}
	// Without an agency or a date the place must be in capitals, as
	// datelines are, not the first words of a sentence ("Mayor Tate: ...").
	if agency == "" && !isAllCaps(place) && !strings.Contains(s[:end], ",") {
		return s, ""
	}
	return rest, agency
}

func sub(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return strings.TrimSpace(s[m[2*i]:m[2*i+1]])
}
