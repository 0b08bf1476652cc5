package bot

import (
	"strings"
)

// A follow's words are its story, then maybe a schedule. findSchedule
// finds a schedule that parses; scheduleAttempt finds, among the rest,
// words at the end that are meant as a schedule but do not parse ("every
// minute", "daily at teatime", "monday 9am"), so that follow refuses them
// instead of taking them for story words and following on the default
// schedule.
//
// Words at the end are a schedule attempt when they start with a
// schedule word (every, daily, hourly, weekly, weekdays, monthly, ...,
// @every or a cron descriptor), "at", a day name or a figure, and either
//   - all of them are schedule vocabulary (units, day names, figures,
//     clock words, "at", "on", ...) and they name a time or start with
//     a schedule word ("monday" alone, or a year such as "2025" alone, is
//     a story word), or
//   - they start with a schedule word followed by schedule vocabulary
//     ("daily at teatime"; "daily mail strike" stays a story).
//
// At least one story word stays before them. The rightmost attempt that
// starts with a schedule word wins, else the leftmost.

// strongWords begin a schedule attempt whatever follows them.
var strongWords = map[string]bool{"every": true, "each": true, "daily": true, "hourly": true, "weekly": true,
	"weekdays": true, "monthly": true, "fortnightly": true, "yearly": true, "annually": true, "nightly": true,
	"@every": true}

// vocabWords are words a schedule is written with.
var vocabWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`at on and the other a an per once twice in
		minute minutes min mins second seconds sec secs hour hours hr hrs day days week weeks
		fortnight fortnights month months year years weekday weekend weekends
		morning afternoon evening night noon midday midnight am pm a.m. p.m. o'clock`) {
		m[w] = true
	}
	for w := range strongWords {
		m[w] = true
	}
	for w := range descriptors {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	return m
}()

// timeWords name a time of day.
var timeWords = map[string]bool{"noon": true, "midday": true, "midnight": true, "am": true, "pm": true,
	"a.m.": true, "p.m.": true, "morning": true, "afternoon": true, "evening": true, "night": true}

var (
	// reFigure is a figure, a clock time, an interval or a cron field:
	// "9", "09:00", "9am", "6h", "*/5", "1-5".
	reFigure  = lazyRegexp(`^[0-9*?][0-9*?,/:.-]*(?:am|pm|a\.m\.|p\.m\.|h|hrs?|m|mins?|s|secs?|d)?$`)
	reBareInt = lazyRegexp(`^[0-9]+$`)
)

func isStrong(w string) bool { return strongWords[w] || descriptors[w] }

func isVocab(w string) bool { return vocabWords[w] || reFigure().MatchString(w) }

// scheduleAttempt returns where words meant as a schedule begin at the
// end of a follow's words, if they do.
func scheduleAttempt(words []string) (int, bool) {
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(strings.Trim(w, `"'“”‘’,;!?`))
	}
	strongAt, weakAt := -1, -1
	for i := 1; i < len(words); i++ {
		if !isAttempt(lower[i:]) {
			continue
		}
		if isStrong(lower[i]) {
			strongAt = i
		} else if weakAt < 0 {
			weakAt = i
		}
	}
	switch {
	case strongAt > 0:
		return strongAt, true
	case weakAt > 0:
		return weakAt, true
	}
	return 0, false
}

// isAttempt reports whether lowercase words, to the end, are meant as a
// schedule (see above).
func isAttempt(tail []string) bool {
	first := tail[0]
	strong := isStrong(first)
	_, day := weekdays[first]
	if !strong && !day && first != "at" && !reFigure().MatchString(first) {
		return false
	}
	if strong && len(tail) > 1 && isVocab(tail[1]) {
		return true
	}
	timed := strong
	for _, w := range tail {
		if !isVocab(w) {
			return false
		}
		if timeWords[w] || strings.ContainsAny(w, "0123456789") {
			timed = true
		}
	}
	if len(tail) == 1 && reBareInt().MatchString(first) {
		return false // a year or a count
	}
	return timed
}
