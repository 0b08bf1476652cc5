package facts

import "testing"

func TestChange(t *testing.T) {
	tests := []struct {
		s          string
		kind       Kind
		key, words string
	}{
		{"Velmar shares jumped 27% to $40.80 on the news.", Percent, "velmar share+", "Velmar shares"},
		{"Velmar shares jumped 27% to $40.80 on the news.", Money, "velmar share+", "Velmar shares"},
		{"Velmar shares closed up 26% at $40.60.", Money, "velmar share+", "Velmar shares"},
		{"Shares fell 4 percent to $12.", Money, "share-", "Shares"},
		{"Shares of Velmar fell 8% to $12.40.", Money, "velmar share-", "Velmar shares"},
		{"Velmar stock dropped 7.5% to $12.55.", Percent, "velmar share-", "Velmar stock"},
		{"Velmar's shares ended down 7.5% at $12.55.", Money, "velmar share-", "Velmar's shares"},
		{"Prices rose 6% in March.", Percent, "price+", "Prices"},
		{"Wages in Vell rose 4% in March.", Percent, "wage+", "Wages"},
		{"The firm offered 6% more pay.", Percent, "", ""},
		{"The deal is worth $4bn.", Money, "", ""},
	}
	for _, tc := range tests {
		key, words := Change(tc.s, firstOf(t, tc.s, tc.kind))
		if key != tc.key || words != tc.words {
			t.Errorf("Change(%q, %s) = %q, %q; want %q, %q", tc.s, tc.kind, key, words, tc.key, tc.words)
		}
	}
}

func TestSameChange(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"velmar share+", "velmar share+", true},
		{"velmar share+", "share+", true},
		{"velmar share+", "velmar share-", false},
		{"velmar share-", "tessor share-", false},
		{"price+", "wage+", false},
	}
	for _, tc := range tests {
		if got := SameChange(tc.a, tc.b); got != tc.want {
			t.Errorf("SameChange(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
