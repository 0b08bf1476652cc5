package bot

import (
	"errors"
	"testing"
	"time"

	"github.com/storybot/storybot/internal/fuzzseed"
)

// FuzzParseSchedule checks that any schedule and time zone parse to a
// schedule or to an invalid-input error, never a panic; that a schedule
// that parses runs again after any moment of the next ten years; and that
// its normalised form parses back to the same schedule.
func FuzzParseSchedule(f *testing.F) {
	for _, s := range []struct {
		spec, tz string
		at       int64
	}{
		{"", "", 0},
		{"daily 09:00", "Europe/London", 7_000_000},
		{"weekdays at 9:30pm", "america/new_york", 26_000_000},
		{"weekly on Sunday at 02:30", "Europe/Paris", 7_500_000},
		{"every 90m", "Asia/Kolkata", -1},
		{"every 1h30m", "UTC", 1 << 40},
		{"every 366d", "", 12345},
		{"@every 6h", "GMT", 0},
		{"@yearly", "Australia/Lord_Howe", 300_000_000},
		{"0 9 29 2 *", "Pacific/Apia", 1},
		{"30 2 * 3 0", "Europe/Berlin", 7_000_000},
		{"*/5 * * * *", "Z", 0},
		{"0 0 31 4 *", "", 0},
		{"\"0 9 * * MON-FRI\"", "tz:Mars/Base", 0},
		{"CRON_TZ=Europe/Paris 0 9 * * *", "", 0},
		{"every 0m", "Local", 0},
		{"daily 24:00", "", 0},
		{"60 * * * *", "", 0},
		{"every 9999999d", "", 0},
	} {
		f.Add(s.spec, s.tz, s.at)
	}
	fuzzseed.Add(f, "FuzzParseSchedule")
	base := time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC)
	const span = 10 * 365 * 24 * 60 * 60 // seconds
	f.Fuzz(func(t *testing.T, spec, tz string, at int64) {
		s, err := ParseSchedule(spec, tz)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Code != CodeInvalid || e.Message == "" {
				t.Fatalf("ParseSchedule(%q, %q): error %v is not an invalid-input message", spec, tz, err)
			}
			return
		}
		if s.Spec == "" || s.Cron == "" || s.TimeZone == "" {
			t.Fatalf("ParseSchedule(%q, %q) = %+v: a field is empty", spec, tz, s)
		}
		after := base.Add(time.Duration((at%span+span)%span) * time.Second)
		if n := s.Next(after); n.IsZero() || !n.After(after) || n.Location() != time.UTC {
			t.Fatalf("ParseSchedule(%q, %q) = %+v: Next(%v) = %v, want a later time in UTC", spec, tz, s, after, n)
		}
		again, err := ParseSchedule(s.Spec, s.TimeZone)
		if err != nil || again != s {
			t.Fatalf("ParseSchedule(%q, %q) = %+v, but its normal form parses to %+v, %v", spec, tz, s, again, err)
		}
	})
}
