package bot

import (
	"strings"
	"testing"
	"time"
)

func TestParseSchedule(t *testing.T) {
	tests := []struct {
		spec, tz string
		want     Schedule
	}{
		{"", "", Schedule{"daily 09:00", "0 9 * * *", "UTC"}},
		{DefaultSchedule, "utc", Schedule{"daily 09:00", "0 9 * * *", "UTC"}},
		{"hourly", "Europe/Paris", Schedule{"hourly", "0 * * * *", "Europe/Paris"}},
		{"every hour", "europe/paris", Schedule{"hourly", "0 * * * *", "Europe/Paris"}},
		{"daily", "America/New_York", Schedule{"daily 09:00", "0 9 * * *", "America/New_York"}},
		{"daily 08:30", "", Schedule{"daily 08:30", "30 8 * * *", "UTC"}},
		{"Daily at 9am", "GMT", Schedule{"daily 09:00", "0 9 * * *", "GMT"}},
		{"daily 9:30", "", Schedule{"daily 09:30", "30 9 * * *", "UTC"}},
		{"daily at 9 pm", "", Schedule{"daily 21:00", "0 21 * * *", "UTC"}},
		{"daily 12am", "", Schedule{"daily 00:00", "0 0 * * *", "UTC"}},
		{"daily 12:15pm", "", Schedule{"daily 12:15", "15 12 * * *", "UTC"}},
		{"daily noon", "", Schedule{"daily 12:00", "0 12 * * *", "UTC"}},
		{"every day at 7.15", "", Schedule{"daily 07:15", "15 7 * * *", "UTC"}},
		{"weekdays 8am", "", Schedule{"weekdays 08:00", "0 8 * * 1-5", "UTC"}},
		{"weekly", "", Schedule{"weekly mon 09:00", "0 9 * * 1", "UTC"}},
		{"weekly on Friday at 17:00", "", Schedule{"weekly fri 17:00", "0 17 * * 5", "UTC"}},
		{"every sunday", "", Schedule{"weekly sun 09:00", "0 9 * * 0", "UTC"}},
		{"every week", "", Schedule{"weekly mon 09:00", "0 9 * * 1", "UTC"}},
		{"every week at 8am", "", Schedule{"weekly mon 08:00", "0 8 * * 1", "UTC"}},
		{"every 6h", "", Schedule{"every 6h", "0 */6 * * *", "UTC"}},
		{"every 6 hours", "", Schedule{"every 6h", "0 */6 * * *", "UTC"}},
		{"every 15 minutes", "", Schedule{"every 15m", "*/15 * * * *", "UTC"}},
		{"every 5m", "", Schedule{"every 5m", "*/5 * * * *", "UTC"}},
		{"every 7m", "", Schedule{"every 7m", "@every 7m", "UTC"}},
		{"every 90m", "", Schedule{"every 90m", "@every 90m", "UTC"}},
		{"every 1h30m", "", Schedule{"every 90m", "@every 90m", "UTC"}},
		{"every 7h", "", Schedule{"every 7h", "@every 7h", "UTC"}},
		{"every 60 minutes", "", Schedule{"every 1h", "0 * * * *", "UTC"}},
		{"every 1d", "", Schedule{"every 1d", "0 0 * * *", "UTC"}},
		{"every 2 days", "", Schedule{"every 2d", "@every 48h", "UTC"}},
		{"@every 6h", "", Schedule{"every 6h", "0 */6 * * *", "UTC"}},
		{"@daily", "", Schedule{"@daily", "@daily", "UTC"}},
		{"@Weekly", "", Schedule{"@weekly", "@weekly", "UTC"}},
		{"0 9 * * 1-5", "Asia/Tokyo", Schedule{"0 9 * * 1-5", "0 9 * * 1-5", "Asia/Tokyo"}},
		{`"0 9 * * MON-FRI"`, "", Schedule{"0 9 * * MON-FRI", "0 9 * * MON-FRI", "UTC"}},
		{"  */5   * * * * ", "", Schedule{"*/5 * * * *", "*/5 * * * *", "UTC"}},
		{"30 */2 1,15 jan-mar *", "", Schedule{"30 */2 1,15 jan-mar *", "30 */2 1,15 jan-mar *", "UTC"}},
	}
	for _, tc := range tests {
		got, err := ParseSchedule(tc.spec, tc.tz)
		if err != nil || got != tc.want {
			t.Errorf("ParseSchedule(%q, %q) = %+v, %v; want %+v", tc.spec, tc.tz, got, err, tc.want)
			continue
		}
		// The normalised form reads back as itself.
		if again, err := ParseSchedule(got.Spec, got.TimeZone); err != nil || again != got {
			t.Errorf("ParseSchedule(%q, %q) = %+v, %v; want it unchanged", got.Spec, got.TimeZone, again, err)
		}
	}
}

func TestParseScheduleErrors(t *testing.T) {
	forms := `use daily HH:MM, hourly, every Nh (every 5m at the most often), weekly DAY HH:MM, or a cron expression such as "0 9 * * 1-5", then optionally an IANA time zone such as Europe/London`
	tests := []struct {
		spec, tz, contains string
	}{
		{"daily 25:00", "", `"daily 25:00" is not a time of day (want HH:MM, 00:00-23:59`},
		{"daily 9:60", "", "not a time of day"},
		{"daily 13pm", "", "not a time of day"},
		{"weekly fri 0am", "", "not a time of day"},
		{"* * *", "", `"* * *" is not a schedule: ` + forms},
		{"fortnightly", "", "is not a schedule"},
		{"every", "", "is not a schedule"},
		{"daily at teatime", "", "is not a schedule"},
		{"hourly at :30", "", "is not a schedule"},
		{"@daily extra", "", "is not a schedule"},
		{"61 * * * *", "", `"61 * * * *" is not a valid cron expression`},
		{"0 9 * * 8", "", "not a valid cron expression"},
		{"0 9 * * foo", "", "not a valid cron expression"},
		{"@reboot", "", "is not a schedule"},
		{"@every", "", "is not a schedule"},
		{"* * * * *", "", "too often"},
		{"0-4 9 * * *", "", "too often"},
		{"every 2m", "", `"every 2m" is too often for a digest: the shortest interval is every 5m`},
		{"every 30 seconds", "", "too often"},
		{"every minute", "", `"every minute" is too often for a digest: the shortest interval is every 5m`},
		{"every second", "", "the shortest interval is every 5m"},
		{"every minute please", "", "is not a schedule: " + forms},
		{"every fortnight", "", `"every fortnight" is not a schedule: ` + forms},
		{"monthly", "", "is not a schedule: " + forms},
		{"at 9", "", "is not a schedule: " + forms},
		{"@every 1m", "", "too often"},
		{"every 0h", "", "too often"},
		{"every 400d", "", "too long"},
		{"every 9999999h", "", "too long"},
		{"0 0 30 2 *", "", "never runs"},
		{"CRON_TZ=Europe/Paris 0 9 * * *", "", "time zone separately"},
		{"TZ=UTC 0 9 * * *", "", "time zone separately"},
		{"cron_tz=UTC", "", "time zone separately"},
		{"daily", "Mars/Base", `unknown time zone "Mars/Base"`},
		{"daily", "Nowhere", "unknown time zone"},
		{"daily", "Local", `time zone "Local" is not allowed`},
	}
	for _, tc := range tests {
		got, err := ParseSchedule(tc.spec, tc.tz)
		if ErrorCode(err) != CodeInvalid || !strings.Contains(ErrorMessage(err), tc.contains) {
			t.Errorf("ParseSchedule(%q, %q) = %+v, %v; want CodeInvalid containing %q", tc.spec, tc.tz, got, err, tc.contains)
		}
	}
}

func TestScheduleNext(t *testing.T) {
	at := func(s string) time.Time {
		t.Helper()
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// Europe/London: clocks go forward at 01:00 UTC on 30 March 2025
	// (01:00 GMT becomes 02:00 BST) and back at 01:00 UTC on 26 October
	// 2025 (02:00 BST becomes 01:00 GMT).
	tests := []struct {
		spec, tz, after, want string
	}{
		{"daily 09:00", "Europe/London", "2025-03-28T12:00:00Z", "2025-03-29T09:00:00Z"},
		{"daily 09:00", "Europe/London", "2025-03-29T10:00:00Z", "2025-03-30T08:00:00Z"},
		{"daily 09:00", "Europe/London", "2025-10-25T07:00:00Z", "2025-10-25T08:00:00Z"},
		{"daily 09:00", "Europe/London", "2025-10-25T09:00:00Z", "2025-10-26T09:00:00Z"},
		// 01:30 does not exist on 30 March: it runs when the clocks jump.
		{"daily 01:30", "Europe/London", "2025-03-29T02:00:00Z", "2025-03-30T01:00:00Z"},
		{"daily 01:30", "Europe/London", "2025-03-30T01:00:00Z", "2025-03-31T00:30:00Z"},
		// 01:30 happens twice on 26 October: it runs once.
		{"daily 01:30", "Europe/London", "2025-10-26T00:00:00Z", "2025-10-26T00:30:00Z"},
		{"daily 01:30", "Europe/London", "2025-10-26T00:30:00Z", "2025-10-27T01:30:00Z"},
		// hourly follows the wall clock through both changes.
		{"hourly", "Europe/London", "2025-03-30T00:30:00Z", "2025-03-30T01:00:00Z"},
		{"hourly", "Europe/London", "2025-10-26T00:30:00Z", "2025-10-26T01:00:00Z"},
		// Strictly after.
		{"daily 09:00", "", "2025-01-01T09:00:00Z", "2025-01-02T09:00:00Z"},
		{"daily 09:00", "", "2025-01-01T08:59:59.5Z", "2025-01-01T09:00:00Z"},
		{"0 9 * * 1-5", "America/New_York", "2025-01-03T15:00:00Z", "2025-01-06T14:00:00Z"},
		{"weekly fri 17:00", "Asia/Tokyo", "2025-01-01T00:00:00Z", "2025-01-03T08:00:00Z"},
		// Intervals.
		{"every 6h", "", "2025-01-01T07:00:00Z", "2025-01-01T12:00:00Z"},
		{"every 6h", "Europe/Paris", "2025-01-01T07:00:00Z", "2025-01-01T11:00:00Z"},
		{"every 15m", "", "2025-01-01T07:00:00Z", "2025-01-01T07:15:00Z"},
		{"every 7h", "Europe/London", "2025-03-30T00:30:00Z", "2025-03-30T07:30:00Z"},
		{"every 90m", "", "2025-01-01T07:00:00.25Z", "2025-01-01T08:30:00Z"},
		{"every 2 days", "", "2025-01-01T07:00:00Z", "2025-01-03T07:00:00Z"},
	}
	for _, tc := range tests {
		s, err := ParseSchedule(tc.spec, tc.tz)
		if err != nil {
			t.Fatalf("ParseSchedule(%q, %q): %v", tc.spec, tc.tz, err)
		}
		got := s.Next(at(tc.after))
		if want := at(tc.want); !got.Equal(want) || got.Location() != time.UTC {
			t.Errorf("%q in %q: Next(%s) = %s, want %s", tc.spec, tc.tz, tc.after, got, want)
		}
	}
}

func TestScheduleNextZeroAndInvalid(t *testing.T) {
	after := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	if got, want := (Schedule{}).Next(after), time.Date(2025, 1, 2, 9, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("zero Schedule: Next = %s, want the default %s", got, want)
	}
	for _, s := range []Schedule{{Cron: "nope"}, {Cron: "0 9 * * *", TimeZone: "Mars/Base"}, {Cron: "0 0 30 2 *"}} {
		if got := s.Next(after); !got.IsZero() {
			t.Errorf("%+v: Next = %s, want zero", s, got)
		}
	}
	// A schedule given in another location is read in UTC.
	paris, _ := time.LoadLocation("Europe/Paris")
	s, _ := ParseSchedule("daily 09:00", "Europe/Paris")
	if got := s.Next(after.In(paris)); got.Location() != time.UTC || !got.Equal(time.Date(2025, 1, 2, 8, 0, 0, 0, time.UTC)) {
		t.Errorf("Next from a Paris time = %s", got)
	}
}
