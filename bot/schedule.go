package bot

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// DefaultSchedule is the schedule of a follow that names none.
const DefaultSchedule = "daily 09:00"

const (
	// minEvery and maxEvery bound an interval: a digest more often than
	// every five minutes is noise (and a follow made with a shorter one
	// would be refused).
	minEvery = 5 * time.Minute
	maxEvery = 366 * 24 * time.Hour
	// scheduleForms ends every "not a schedule" message: the accepted
	// forms.
	scheduleForms = `use daily HH:MM, hourly, every Nh (every 5m at the most often), weekly DAY HH:MM, or a cron expression such as "0 9 * * 1-5", then optionally an IANA time zone such as Europe/London`
	// starBit is robfig's mark of a field written "*" (cron.SpecSchedule).
	starBit = 1 << 63
)

// Schedule is when the digest of a followed story is posted.
type Schedule struct {
	// Spec is the normalised human form: "hourly", "daily 09:00",
	// "weekdays 09:00", "weekly mon 09:00", "every 6h", or the cron
	// expression or descriptor as given.
	Spec string
	// Cron is the equivalent for robfig/cron's standard parser: five
	// fields, or a descriptor such as "@every 90m" for an interval that
	// five fields cannot express.
	Cron string
	// TimeZone is the IANA name of the zone the times are in, "UTC" by
	// default.
	TimeZone string
}

// ParseSchedule reads a follow's schedule and time zone. spec is one of
// "hourly", "daily [at] TIME", "weekdays [at] TIME", "weekly [on DAY]
// [at TIME]", "every N(m|h|d)" (also "every 6 hours", "every day at 9am",
// "every monday"), a five-field cron expression or a cron descriptor such
// as "@daily"; empty means DefaultSchedule. TIME is HH:MM, 9:30, 9am or
// 9:30pm. tz is an IANA zone name, empty for UTC. Errors are *Error with
// CodeInvalid and say what is wrong.
func ParseSchedule(spec, tz string) (Schedule, error) {
	zone, err := parseZone(tz)
	if err != nil {
		return Schedule{}, err
	}
	spec = strings.Join(strings.Fields(unquote(spec)), " ")
	if spec == "" {
		spec = DefaultSchedule
	}
	upper := strings.ToUpper(spec)
	if strings.HasPrefix(upper, "CRON_TZ=") || strings.HasPrefix(upper, "TZ=") {
		return Schedule{}, Errorf(CodeInvalid, "%q: give the time zone separately, not in the schedule (e.g. daily 09:00 Europe/Paris, or tz:Europe/Paris)", clip(spec, echoMax))
	}
	norm, expr, ok, err := matchSpec(strings.Fields(spec), spec)
	if err != nil {
		return Schedule{}, err
	}
	if !ok {
		return Schedule{}, Errorf(CodeInvalid, "%q is not a schedule: %s", clip(spec, echoMax), scheduleForms)
	}
	sched, err := parseCron(expr)
	if err != nil {
		return Schedule{}, Errorf(CodeInvalid, "%q is not a valid cron expression (%v): %s", clip(spec, echoMax), clip(err.Error(), echoMax), scheduleForms)
	}
	if err := checkFrequency(sched, spec); err != nil {
		return Schedule{}, err
	}
	return Schedule{Spec: norm, Cron: expr, TimeZone: zone}, nil
}

// Next returns the first run strictly after after, in UTC. The times of
// the schedule are wall-clock times in its time zone; as cron daemons do,
// a time that a daylight-saving change skips runs at the moment of the
// change, and a time that it repeats runs once. Next returns the zero
// time if the schedule never runs again or is not valid.
func (s Schedule) Next(after time.Time) time.Time {
	expr := s.Cron
	if expr == "" {
		expr = "0 9 * * *" // DefaultSchedule
	}
	sched, err := parseCron(expr)
	if err != nil {
		return time.Time{}
	}
	zone, err := parseZone(s.TimeZone)
	if err != nil {
		return time.Time{}
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return time.Time{}
	}
	after = after.In(loc)
	spec, ok := sched.(*cron.SpecSchedule)
	if !ok || spec.Hour&starBit != 0 {
		// Intervals and every-hour schedules follow elapsed time.
		return sched.Next(after).UTC()
	}
	t := after
	for range 4 {
		n := spec.Next(t)
		if n.IsZero() {
			return n
		}
		if jump := skippedRun(spec, after, n); !jump.IsZero() {
			return jump.UTC()
		}
		if !repeatedWallClock(n) {
			return n.UTC()
		}
		t = n // the first occurrence of this wall-clock time has run
	}
	return time.Time{}
}

// skippedRun returns the instant of a spring-forward change in (after, n)
// whose skipped wall-clock times include a time of s, or the zero time.
func skippedRun(s *cron.SpecSchedule, after, n time.Time) time.Time {
	for t := after; ; {
		_, end := t.ZoneBounds()
		if end.IsZero() || !end.Before(n) {
			return time.Time{}
		}
		_, before := end.Add(-time.Second).Zone()
		_, later := end.Zone()
		if gap := time.Duration(later-before) * time.Second; gap > 0 {
			// In the old offset, the skipped wall-clock times are the
			// instants [end, end+gap).
			old := end.Add(-time.Second).In(time.FixedZone("", before))
			if m := s.Next(old); !m.IsZero() && m.Before(end.Add(gap)) {
				return end
			}
		}
		t = end
	}
}

// repeatedWallClock reports whether the wall-clock time of t also
// occurred before t, in the hour a fall-back change repeats.
func repeatedWallClock(t time.Time) bool {
	start, _ := t.ZoneBounds()
	if start.IsZero() {
		return false
	}
	_, before := start.Add(-time.Second).Zone()
	_, now := t.Zone()
	back := time.Duration(before-now) * time.Second
	return back > 0 && t.Sub(start) < back
}

// parseCron parses a cron expression with robfig's standard parser,
// turning a panic on odd input into an error.
func parseCron(expr string) (sched cron.Schedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			sched, err = nil, fmt.Errorf("malformed expression")
		}
	}()
	return cron.ParseStandard(expr)
}

// checkFrequency refuses a schedule that never runs or runs twice within
// minEvery, judged on its first runs from a fixed date.
func checkFrequency(sched cron.Schedule, spec string) error {
	prev := sched.Next(time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC))
	if prev.IsZero() {
		return Errorf(CodeInvalid, "%q never runs: %s", clip(spec, echoMax), scheduleForms)
	}
	for range 60 {
		n := sched.Next(prev)
		if n.IsZero() {
			break
		}
		if n.Sub(prev) < minEvery {
			return Errorf(CodeInvalid, "%q runs too often for a digest: at most once every %s (e.g. every 5m, hourly)", clip(spec, echoMax), fmtInterval(minEvery))
		}
		prev = n
	}
	return nil
}

// parseZone validates an IANA time-zone name and returns its canonical
// spelling; empty is UTC.
func parseZone(tz string) (string, error) {
	tz = strings.TrimSpace(unquote(tz))
	switch strings.ToUpper(tz) {
	case "", "UTC", "Z":
		return "UTC", nil
	case "GMT":
		return "GMT", nil
	case "LOCAL":
		return "", Errorf(CodeInvalid, "time zone %q is not allowed: name an IANA zone such as Europe/Paris or UTC", clip(tz, echoMax))
	}
	for _, name := range []string{tz, titleZone(tz)} {
		if _, err := time.LoadLocation(name); err == nil {
			return name, nil
		}
	}
	return "", Errorf(CodeInvalid, "unknown time zone %q: want an IANA name such as Europe/Paris, America/New_York or UTC", clip(tz, echoMax))
}

// titleZone capitalises the words of a zone name: "europe/isle_of_man"
// becomes "Europe/Isle_Of_Man", close enough for most zones.
func titleZone(tz string) string {
	b := []byte(strings.ToLower(tz))
	for i := range b {
		if (i == 0 || strings.ContainsRune("/_-", rune(b[i-1]))) && 'a' <= b[i] && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

var (
	reClock    = lazyRegexp(`^(\d{1,2})(?:[:.h](\d{2}))?(am|pm|a\.m\.|p\.m\.)?$`)
	reInterval = lazyRegexp(`^(\d{1,7})(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)$`)
	reDuration = lazyRegexp(`^(?:\d{1,7}h)?(?:\d{1,7}m)?$`)
	reCronWord = lazyRegexp(`^[0-9A-Za-z*?,/-]+$`)
)

// descriptors are robfig's named schedules besides @every.
var descriptors = map[string]bool{"@yearly": true, "@annually": true, "@monthly": true, "@weekly": true,
	"@daily": true, "@midnight": true, "@hourly": true}

// weekdays maps day names ("mon", "monday", "mondays") to cron's day of
// the week, 0 for Sunday.
var weekdays = func() map[string]int {
	m := map[string]int{"tues": 2, "thur": 4, "thurs": 4}
	for d := time.Sunday; d <= time.Saturday; d++ {
		full := strings.ToLower(d.String())
		m[full], m[full+"s"], m[full[:3]] = int(d), int(d), int(d)
	}
	return m
}()

// matchSpec recognises the forms of a schedule in words. ok is false if
// words are no schedule form at all; err is set if they are one but a
// value is wrong. spec (the whole text) is what messages quote.
func matchSpec(words []string, spec string) (norm, expr string, ok bool, err error) {
	if len(words) == 0 {
		return "", "", false, nil
	}
	first, rest := strings.ToLower(words[0]), words[1:]
	switch {
	case first == "@every":
		return matchEvery(rest, spec)
	case descriptors[first] && len(words) == 1:
		return first, first, true, nil
	case first == "hourly" && len(rest) == 0:
		return "hourly", "0 * * * *", true, nil
	case first == "daily" || first == "weekdays":
		return matchAt(first, "*", rest, spec)
	case first == "weekly":
		if len(rest) > 0 && strings.EqualFold(rest[0], "on") {
			rest = rest[1:]
		}
		day := 1
		if len(rest) > 0 {
			if d, ok := weekdays[strings.ToLower(rest[0])]; ok {
				day, rest = d, rest[1:]
			}
		}
		return matchAt("weekly", strconv.Itoa(day), rest, spec)
	case first == "every":
		return matchEvery(rest, spec)
	case len(words) == 5:
		for _, w := range words {
			if !reCronWord().MatchString(w) {
				return "", "", false, nil
			}
		}
		expr = strings.Join(words, " ")
		return expr, expr, true, nil
	}
	return "", "", false, nil
}

// matchAt reads "[at] TIME" after daily, weekdays or weekly; dow is the
// cron day-of-week field ("*" for daily).
func matchAt(kind, dow string, words []string, spec string) (norm, expr string, ok bool, err error) {
	if len(words) > 0 && strings.EqualFold(words[0], "at") {
		words = words[1:]
	}
	h, m := 9, 0
	if len(words) > 0 {
		h, m, ok, err = matchClock(words, spec)
		if !ok || err != nil {
			return "", "", ok, err
		}
	}
	norm = fmt.Sprintf("%s %02d:%02d", kind, h, m)
	switch kind {
	case "weekdays":
		dow = "1-5"
	case "weekly":
		d, _ := strconv.Atoi(dow)
		norm = fmt.Sprintf("weekly %s %02d:%02d", strings.ToLower(time.Weekday(d).String()[:3]), h, m)
	}
	return norm, fmt.Sprintf("%d %d * * %s", m, h, dow), true, nil
}

// matchClock reads a time of day: "09:00", "9:30", "9.30", "9am", "9 pm",
// "noon", "midnight".
func matchClock(words []string, spec string) (h, m int, ok bool, err error) {
	w := strings.ToLower(strings.Join(words, ""))
	switch w {
	case "noon", "midday":
		return 12, 0, true, nil
	case "midnight":
		return 0, 0, true, nil
	}
	c := reClock().FindStringSubmatch(w)
	if c == nil {
		return 0, 0, false, nil
	}
	h, _ = strconv.Atoi(c[1])
	if c[2] != "" {
		m, _ = strconv.Atoi(c[2])
	}
	bad := Errorf(CodeInvalid, "%q is not a time of day (want HH:MM, 00:00-23:59, or e.g. 9am)", clip(spec, echoMax))
	if m > 59 {
		return 0, 0, true, bad
	}
	if suffix := c[3]; suffix != "" {
		if h < 1 || h > 12 {
			return 0, 0, true, bad
		}
		h %= 12
		if suffix[0] == 'p' {
			h += 12
		}
	} else if h > 23 {
		return 0, 0, true, bad
	}
	return h, m, true, nil
}

// matchEvery reads what follows "every": an interval ("6h", "6 hours",
// "1h30m"), "hour", "day [at TIME]", "weekday [at TIME]" or a day name.
func matchEvery(words []string, spec string) (norm, expr string, ok bool, err error) {
	if len(words) == 0 {
		return "", "", false, nil
	}
	first := strings.ToLower(words[0])
	switch first {
	case "hour":
		if len(words) == 1 {
			return "hourly", "0 * * * *", true, nil
		}
		return "", "", false, nil
	case "day":
		return matchAt("daily", "*", words[1:], spec)
	case "week":
		return matchAt("weekly", "1", words[1:], spec)
	case "minute", "min", "second", "sec":
		// "every minute": an interval of one, refused as too often below.
		if len(words) > 1 {
			return "", "", false, nil
		}
		words = []string{"1" + first}
	case "weekday", "weekdays":
		return matchAt("weekdays", "*", words[1:], spec)
	}
	if d, isDay := weekdays[first]; isDay {
		return matchAt("weekly", strconv.Itoa(d), words[1:], spec)
	}
	w := strings.ToLower(strings.Join(words, ""))
	var d time.Duration
	if c := reInterval().FindStringSubmatch(w); c != nil {
		n, _ := strconv.Atoi(c[1])
		unit := map[byte]time.Duration{'s': time.Second, 'm': time.Minute, 'h': time.Hour, 'd': 24 * time.Hour}[c[2][0]]
		d = time.Duration(min(int64(n), int64(maxEvery/unit)+1)) * unit
	} else if w != "" && reDuration().MatchString(w) {
		if d, err = time.ParseDuration(w); err != nil {
			d = maxEvery + 1 // overflow
		}
	} else {
		return "", "", false, nil
	}
	switch {
	case d < minEvery:
		return "", "", true, Errorf(CodeInvalid, "%q is too often for a digest: the shortest interval is every %s", clip(spec, echoMax), fmtInterval(minEvery))
	case d > maxEvery:
		return "", "", true, Errorf(CodeInvalid, "%q is too long: the longest interval is every %s; for rarer digests use a cron expression", clip(spec, echoMax), fmtInterval(maxEvery))
	}
	return "every " + fmtInterval(d), everyCron(d), true, nil
}

// everyCron is a five-field cron expression for an interval that divides
// an hour or a day evenly (aligned to the clock), "@every D" otherwise.
func everyCron(d time.Duration) string {
	switch {
	case d < time.Hour && d%time.Minute == 0 && time.Hour%d == 0:
		return fmt.Sprintf("*/%d * * * *", d/time.Minute)
	case d == time.Hour:
		return "0 * * * *"
	case d < 24*time.Hour && d%time.Hour == 0 && (24*time.Hour)%d == 0:
		return fmt.Sprintf("0 */%d * * *", d/time.Hour)
	case d == 24*time.Hour:
		return "0 0 * * *"
	case d%time.Hour == 0:
		return fmt.Sprintf("@every %dh", d/time.Hour)
	}
	return fmt.Sprintf("@every %dm", d/time.Minute)
}

// fmtInterval writes a whole number of days, hours or minutes: "2d",
// "6h", "90m".
func fmtInterval(d time.Duration) string {
	switch {
	case d%(24*time.Hour) == 0:
		return fmt.Sprintf("%dd", d/(24*time.Hour))
	case d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	}
	return fmt.Sprintf("%dm", d/time.Minute)
}
