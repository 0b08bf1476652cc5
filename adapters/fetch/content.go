package fetch

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"
)

// purpose is what a body is fetched for, which decides the types it may
// have.
type purpose int

const (
	forArticle purpose = iota // Get: HTML, XHTML or text
	forFeed                   // GetConditional: XML, JSON or text
)

func (p purpose) String() string {
	if p == forFeed {
		return "a feed"
	}
	return "an article"
}

// checkContent refuses a body that cannot be what it was fetched for: a
// declared type of another kind (a PDF, an image, JSON for an article),
// a body whose first bytes say it is binary whatever the header claims
// (http.DetectContentType, the WHATWG sniffing rules), or a body with
// NUL bytes or mostly control characters or invalid UTF-8. The error is
// a KindNotArticle or KindNotFeed *Error whose Reason names what the
// link is: "the link is a PDF document, not an article".
func checkContent(p purpose, contentType string, body []byte) error {
	declared, params, _ := mime.ParseMediaType(contentType)
	declared = strings.ToLower(declared)
	sniffedFull := http.DetectContentType(body)
	sniffed, sniffedParams, _ := mime.ParseMediaType(sniffedFull)
	charset := strings.ToLower(params["charset"])
	if charset == "" {
		charset = strings.ToLower(sniffedParams["charset"])
	}

	if declared != "" && declared != "application/octet-stream" && !acceptable(p, declared) {
		return notContent(p, describe(declared), fmt.Sprintf("the server sent %s", declared))
	}
	wide := strings.HasPrefix(charset, "utf-16") || strings.HasPrefix(charset, "utf-32")
	if wide && sniffed == "application/octet-stream" {
		return nil // without a byte order mark such text sniffs as binary
	}
	if !strings.HasPrefix(sniffed, "text/") {
		detail := "its first bytes are " + sniffed
		if declared != "" {
			detail += " although the server sent " + declared
		}
		return notContent(p, describe(sniffed), detail)
	}
	if wide {
		return nil // NUL bytes belong to these encodings
	}
	if i := bytes.IndexByte(body, 0); i >= 0 {
		return notContent(p, "binary data", fmt.Sprintf("a NUL byte at offset %d", i))
	}
	control, invalid := badBytes(body)
	if len(body) > 0 && control*100 > len(body) {
		return notContent(p, "binary data", fmt.Sprintf("%d of %d bytes are control characters", control, len(body)))
	}
	// HTML names its charset in the page; the extractor decodes it. Plain
	// text without one is taken as UTF-8 and must mostly be.
	html := declared == "text/html" || declared == "application/xhtml+xml" || sniffed == "text/html"
	if !html && (charset == "" || charset == "utf-8") && invalid*3 > len(body) {
		return notContent(p, "binary data", fmt.Sprintf("%d of %d bytes are not UTF-8", invalid, len(body)))
	}
	return nil
}

// acceptable reports whether a declared media type may be what p wants.
func acceptable(p purpose, mt string) bool {
	if p == forFeed {
		return strings.HasPrefix(mt, "text/") || mt == "application/xml" || mt == "application/json" ||
			strings.HasSuffix(mt, "+xml") || strings.HasSuffix(mt, "+json")
	}
	switch {
	case isFeedType(mt):
		return false
	case mt == "application/xhtml+xml":
		return true
	}
	return strings.HasPrefix(mt, "text/")
}

// isFeedType reports a feed's media type.
func isFeedType(mt string) bool {
	return mt == "application/rss+xml" || mt == "application/atom+xml" || mt == "application/rdf+xml" ||
		mt == "application/feed+json"
}

// describe says what a media type is, for people: "a PDF document".
func describe(mt string) string {
	top, sub, _ := strings.Cut(mt, "/")
	switch {
	case mt == "application/pdf":
		return "a PDF document"
	case isFeedType(mt):
		return "a feed (subscribe to it with feed add)"
	case top == "image":
		switch sub {
		case "png", "jpeg", "gif", "bmp", "tiff":
			return "a " + strings.ToUpper(sub) + " image"
		case "webp":
			return "a WebP image"
		}
		return "an image"
	case top == "audio":
		return "an audio file"
	case top == "video":
		return "a video"
	case top == "font" || sub == "vnd.ms-fontobject":
		return "a font"
	case sub == "zip" || sub == "x-gzip" || sub == "gzip" || sub == "x-rar-compressed" || sub == "x-tar" ||
		sub == "x-7z-compressed" || sub == "x-bzip2":
		return "an archive"
	case sub == "json" || strings.HasSuffix(sub, "+json"):
		return "JSON data"
	case sub == "xml" || strings.HasSuffix(sub, "+xml"):
		return "an XML document"
	case sub == "msword" || strings.HasPrefix(sub, "vnd.openxmlformats") || strings.HasPrefix(sub, "vnd.oasis"):
		return "an office document"
	case mt == "application/octet-stream" || mt == "":
		return "binary data"
	}
	return "a file of type " + mt
}

// notContent is the error for a body that is what (binary data, a PDF
// document...) and not what p wants.
func notContent(p purpose, what, detail string) *Error {
	kind := KindNotArticle
	if p == forFeed {
		kind = KindNotFeed
	}
	return &Error{
		Kind:   kind,
		Detail: fmt.Sprintf("fetch: not %s: %s", p, detail),
		What:   fmt.Sprintf("the link is %s, not %s", what, p),
	}
}

// badBytes counts the control characters (but tab, line feed, form feed,
// carriage return and escape) and the bytes of invalid UTF-8 sequences
// in b.
func badBytes(b []byte) (control, invalid int) {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case r < 0x20 && r != '\t' && r != '\n' && r != '\f' && r != '\r' && r != 0x1b, r == 0x7f:
			control++
		}
		b = b[n:]
	}
	return control, invalid
}
