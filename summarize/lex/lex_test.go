package lex

import (
	"reflect"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The vote passed. Critics walked out.", []string{"The vote passed.", "Critics walked out."}},
		{"title", "Mr. Brown said no. Dr. Jane Okoro agreed.", []string{"Mr. Brown said no.", "Dr. Jane Okoro agreed."}},
		{"year then title", "The plan runs to 2030. Dr. Jane Okoro backs it.", []string{"The plan runs to 2030.", "Dr. Jane Okoro backs it."}},
		{"initial", "John F. Kennedy Airport reopened on Friday.", []string{"John F. Kennedy Airport reopened on Friday."}},
		{"initialism mid", "The U.S. Senate voted. It passed.", []string{"The U.S. Senate voted.", "It passed."}},
		{"initialism end", "Talks moved to the U.S. The mayor left.", []string{"Talks moved to the U.S.", "The mayor left."}},
		{"month", "It opens on Jan. 5 in Lagos.", []string{"It opens on Jan. 5 in Lagos."}},
		{"decimal", "Prices rose 3.5 percent. Bread led.", []string{"Prices rose 3.5 percent.", "Bread led."}},
		{"quote ends sentence", `"We are done." He left.`, []string{`"We are done."`, "He left."}},
		{"quote then lower", `"Are we done?" she asked. Nobody answered.`, []string{`"Are we done?" she asked.`, "Nobody answered."}},
		{"two-sentence quote", `She said: “We will strike. We have no choice.” The city disagreed.`,
			[]string{`She said: “We will strike. We have no choice.”`, "The city disagreed."}},
		{"straight two-sentence quote", `He said: "Talks failed. We go home." Then he left.`,
			[]string{`He said: "Talks failed. We go home."`, "Then he left."}},
		{"question", "Will it pass? Nobody knows!", []string{"Will it pass?", "Nobody knows!"}},
		{"possessive ends sentence", "Its gauges paint a calmer picture than the government's. Its chair spoke.",
			[]string{"Its gauges paint a calmer picture than the government's.", "Its chair spoke."}},
		{"curly possessive ends sentence", "The figure is lower than the union’s. The board agreed.",
			[]string{"The figure is lower than the union’s.", "The board agreed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	var got []string
	for _, tok := range Tokens(`The U.S.-led talks' 3,000 workers, a five-hour meeting; Kyiv’s "no".`) {
		got = append(got, tok.Text)
	}
	want := []string{"The", "U.S", "led", "talks", "3,000", "workers", "a", "five-hour", "meeting", "Kyiv’s", "no"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens: got %q, want %q", got, want)
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The workers said they were striking over wages on Monday.", []string{"worker", "strike", "wage"}},
		// A compound of common words is its words, as when written
		// apart.
		{"Teachers may begin a work-to-rule.", []string{"teacher", "begin", "work", "rule"}},
		{"Teachers may work to rule.", []string{"teacher", "work", "rule"}},
		{"It is a stock-specific market.", []string{"stock", "specif", "market"}},
		// A bound prefix makes another word of the compound; a name
		// keeps its compound whole.
		{"Anti-government protests grew.", []string{"anti-govern", "protest", "grew"}},
		{"The ex-minister spoke.", []string{"ex-minist"}},
		{"Israeli-linked ships", []string{"israeli-link", "ship"}},
		{"the Iranian-backed rebels", []string{"iranian-back", "rebel"}},
	}
	for _, tt := range tests {
		if got := Terms(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Terms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestOutlets(t *testing.T) {
	for _, name := range []string{"Reuters", "reuters", "CNBC", "The New York Times", "new york times", "AP", "Associated Press"} {
		if !KnownOutlet(name) {
			t.Errorf("KnownOutlet(%q) = false", name)
		}
	}
	for _, name := range []string{"Ford", "Mayor", "United Nations", ""} {
		if KnownOutlet(name) {
			t.Errorf("KnownOutlet(%q) = true", name)
		}
	}
	if a, ok := Agency("ap"); !ok || a != "AP" {
		t.Errorf("Agency(ap) = %q, %v", a, ok)
	}
	if got := OutletOfHost("edition.cnn.com"); got != "CNN" {
		t.Errorf("OutletOfHost = %q, want CNN", got)
	}
}

func TestIsOutletName(t *testing.T) {
	for _, name := range []string{"CNBC", "the Vell Times", "Tarn Radio", "The Orrin Chronicle", "Kelby Press Agency", "Reuters"} {
		if !IsOutletName(name) {
			t.Errorf("IsOutletName(%q) = false", name)
		}
	}
	for _, name := range []string{"Varga", "the ministry", "Kelby Environment Agency", "United Nations", ""} {
		if IsOutletName(name) {
			t.Errorf("IsOutletName(%q) = true", name)
		}
	}
}

func TestTokensLower(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The U.S. Navy SAID it's 3,000.", []string{"the", "u.s", "navy", "said", "it's", "3,000"}},
		{"Nicolás’ PLAN — Zürich’s", []string{"nicolás", "plan", "zürich's"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokens(tt.text) {
			got = append(got, tok.Lower)
			if tok.Text != tt.text[tok.Start:tok.End] {
				t.Errorf("Tokens(%q): %q is not the text at %d:%d", tt.text, tok.Text, tok.Start, tok.End)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Tokens(%q) lower = %q, want %q", tt.text, got, tt.want)
		}
	}
}
