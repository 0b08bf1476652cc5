package extract

import (
	"testing"
	"time"

	dateparser "github.com/markusmobius/go-dateparser"
)

// The copy of go-dateparser in third_party builds its locale and timezone
// tables on first use instead of at program start; a parse in a language
// other than English, with a timezone name, proves the tables still load.
func TestDateparserLoadsTablesOnFirstUse(t *testing.T) {
	cases := []struct {
		in   string
		want time.Time
	}{
		{"12 de marzo de 2024", time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"3. Oktober 2023 14:05 UTC", time.Date(2023, 10, 3, 14, 5, 0, 0, time.UTC)},
	}
	cfg := &dateparser.Configuration{DefaultTimezone: time.UTC}
	for _, c := range cases {
		got, err := dateparser.Parse(cfg, c.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", c.in, err)
		}
		if !got.Time.Equal(c.want) {
			t.Errorf("Parse(%q) = %v, want %v", c.in, got.Time, c.want)
		}
	}
}
