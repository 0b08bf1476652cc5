package fetch_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/fetch"
)

// Bodies that are no article, written here: the first bytes of each kind
// are what sniffing looks at.
var (
	pdfBody = []byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" +
		"stream\n\x00\x9c\xe2\x80\x01\x02\x03\nendstream\n%%EOF\n")
	pngBody = append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"),
		make([]byte, 64)...)
	randomBody = func() []byte {
		r := rand.New(rand.NewPCG(1, 2))
		b := make([]byte, 4096)
		for i := range b {
			b[i] = byte(r.UintN(256))
		}
		return b
	}()
	// textWithLateNUL sniffs as text (its first 512 bytes are) but holds
	// a NUL byte further on.
	textWithLateNUL = []byte(strings.Repeat("Port strike enters third day. ", 40) + "\x00" + "more")
	// textMostlyInvalid is plain text after its first bytes, then bytes
	// that are no UTF-8.
	textMostlyInvalid = []byte("Port strike " + strings.Repeat("\xff\xfe\xc3", 200))
)

// TestGetRefusesNonArticles: PDF, PNG and random bodies are no article,
// whether the Content-Type header says so, lies (text/html) or is
// missing; the error says what the link is.
func TestGetRefusesNonArticles(t *testing.T) {
	tests := []struct {
		name, contentType string
		body              []byte
		want              string // in Reason
	}{
		{"PDF, right type", "application/pdf", pdfBody, "the link is a PDF document, not an article"},
		{"PDF, sent as HTML", "text/html; charset=utf-8", pdfBody, "the link is a PDF document, not an article"},
		{"PDF, no type", "", pdfBody, "the link is a PDF document, not an article"},
		{"PDF, octet-stream", "application/octet-stream", pdfBody, "the link is a PDF document, not an article"},
		{"PNG, right type", "image/png", pngBody, "the link is a PNG image, not an article"},
		{"PNG, sent as text", "text/plain", pngBody, "the link is a PNG image, not an article"},
		{"PNG, no type", "", pngBody, "the link is a PNG image, not an article"},
		{"random, octet-stream", "application/octet-stream", randomBody, "the link is binary data, not an article"},
		{"random, sent as HTML", "text/html", randomBody, "the link is binary data, not an article"},
		{"random, no type", "", randomBody, "the link is binary data, not an article"},
		{"NUL after the sniffed bytes", "text/plain", textWithLateNUL, "the link is binary data, not an article"},
		{"mostly not UTF-8", "text/plain", textMostlyInvalid, "the link is binary data, not an article"},
		{"a feed", "application/rss+xml", []byte(feedBody), "the link is a feed (subscribe to it with feed add), not an article"},
		{"JSON", "application/json", []byte(`{"a": 1}`), "the link is JSON data, not an article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newServer(t, bodyHandler(tt.contentType, tt.body))
			c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 5 * time.Second})
			p, err := c.Get(context.Background(), s.URL)
			var fe *fetch.Error
			if !errors.As(err, &fe) {
				t.Fatalf("Get = %+v, %v; want a not_article error", p, err)
			}
			if fe.Kind != fetch.KindNotArticle || fe.Temporary() || fe.Reason() != tt.want {
				t.Errorf("error kind %q, temporary %v, reason %q; want not_article, final, %q", fe.Kind, fe.Temporary(), fe.Reason(), tt.want)
			}
			if strings.ContainsRune(fe.Reason(), 0) || strings.Contains(fe.Error(), "PNG\r\n") || strings.ContainsRune(fe.Error(), 0) {
				t.Errorf("the error holds bytes of the body: %q", fe.Error())
			}
		})
	}
}

// TestGetAcceptsArticles: HTML, XHTML and text bodies, declared or
// sniffed, in UTF-8 or a legacy charset, are read.
func TestGetAcceptsArticles(t *testing.T) {
	tests := []struct {
		name, contentType string
		body              []byte
	}{
		{"HTML", "text/html; charset=utf-8", []byte(page)},
		{"HTML, no type", "", []byte(page)},
		{"HTML, octet-stream", "application/octet-stream", []byte(page)},
		{"XHTML", "application/xhtml+xml", []byte(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Port strike.</p></body></html>`)},
		{"text", "text/plain", []byte("Port strike enters third day.\n\nDockers walked out.")},
		{"Latin-1 HTML", "text/html; charset=iso-8859-1", []byte("<html><body><p>Gr\xe8ve au port de Korvel: les dockers arr\xeatent le travail.</p></body></html>")},
		{"Latin-1 text, undeclared", "text/plain", []byte("Gr\xe8ve au port de Korvel: les dockers arr\xeatent le travail, troisi\xe8me jour.")},
		{"UTF-16 text", "text/plain; charset=utf-16le", []byte("P\x00o\x00r\x00t\x00 \x00s\x00t\x00r\x00i\x00k\x00e\x00")},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newServer(t, bodyHandler(tt.contentType, tt.body))
			c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 5 * time.Second})
			p, err := c.Get(context.Background(), s.URL)
			if err != nil {
				t.Fatalf("Get: %v", err)
			}
			if string(p.Body) != string(tt.body) {
				t.Errorf("Body = %q, want %q", p.Body, tt.body)
			}
		})
	}
}

// TestGetConditionalRefusesNonFeeds: a feed URL that serves a PDF, an
// image or random bytes is no feed; feed types, XML and JSON are read.
func TestGetConditionalRefusesNonFeeds(t *testing.T) {
	tests := []struct {
		name, contentType string
		body              []byte
		want              string // Reason; "" when it is read
	}{
		{"RSS", "application/rss+xml", []byte(feedBody), ""},
		{"RSS as text/xml", "text/xml", []byte(feedBody), ""},
		{"RSS, no type", "", []byte(feedBody), ""},
		{"JSON feed", "application/feed+json", []byte(`{"version": "https://jsonfeed.org/version/1.1", "items": []}`), ""},
		{"PDF", "application/pdf", pdfBody, "the link is a PDF document, not a feed"},
		{"PDF as XML", "application/xml", pdfBody, "the link is a PDF document, not a feed"},
		{"PNG", "image/png", pngBody, "the link is a PNG image, not a feed"},
		{"random as RSS", "application/rss+xml", randomBody, "the link is binary data, not a feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newServer(t, bodyHandler(tt.contentType, tt.body))
			c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 5 * time.Second})
			_, err := c.GetConditional(context.Background(), s.URL, "", "")
			if tt.want == "" {
				if err != nil {
					t.Fatalf("GetConditional: %v", err)
				}
				return
			}
			var fe *fetch.Error
			if !errors.As(err, &fe) || fe.Kind != fetch.KindNotFeed || fe.Reason() != tt.want {
				t.Fatalf("GetConditional = %v; want a not_feed error saying %q", err, tt.want)
			}
		})
	}
}

// bodyHandler serves body with contentType; an empty contentType sends
// no Content-Type header at all (net/http would sniff one otherwise).
func bodyHandler(contentType string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if contentType == "" {
			w.Header()["Content-Type"] = nil
		} else {
			w.Header().Set("Content-Type", contentType)
		}
		w.Write(body)
	}
}
