package extract

import (
	"strconv"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// zones are the time-zone abbreviations datelines use, as UTC offsets in
// minutes.
var zones = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
	"msk": 180, "ist": 330, "pkt": 300, "gst": 240, "sgt": 480, "hkt": 480, "jst": 540, "kst": 540,
	"aest": 600, "aedt": 660, "wat": 60, "cat": 120, "eat": 180, "sast": 120,
	"et": -300, "est": -300, "edt": -240, "ct": -360, "cst": -360, "cdt": -300, "mt": -420,
	"mst": -420, "mdt": -360, "pt": -480, "pst": -480, "pdt": -420,
}

var (
	reDatePrefix = lazyRegexp(`(?i)^(last updated|updated|published|first published|posted|modified|date|dated|last modified)(\s+on)?\s*[:\-–|]?\s*`)
	reWeekday    = lazyRegexp(`(?i)^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+`)
	reMDY        = lazyRegexp(`^(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`)
	reDMY        = lazyRegexp(`^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,9})\.?,?\s+(\d{4})`)
	reISO        = lazyRegexp(`^(\d{4})[-/.](\d{2})[-/.](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?`)
	reClock      = lazyRegexp(`(?i)^[,|/ ]*(?:at\s+)?(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*(a\.?m\.?|p\.?m\.?)?\s*(\(?[a-z]{1,4}\)?)?`)
	reZoneTail   = lazyRegexp(`^\s*\(?([A-Za-z]{1,4})\)?`)
	reDateTail   = lazyRegexp(`(?i)^[\s,|•·/-]*((\d+\s*(min|mins|minutes?)\s*read)|((last )?updated:?\s*)?(\d+|an?)\s*(min|mins|minutes?|hrs?|hours?|days?)\s+ago)?[\s,|•·/-]*$`)
)

// isDateLine reports whether the whole line is a publication date, with or
// without a label and a time ("Updated : Dec 04, 2025, 07:06 AM IST").
func isDateLine(s string) bool {
	_, ok := parseDateLine(s)
	return ok
}

// parseDateLine reads a line that is only a date, a time and their labels.
func parseDateLine(s string) (time.Time, bool) {
	if len(s) > 80 {
		return time.Time{}, false
	}
	rest := reDatePrefix().ReplaceAllString(strings.TrimSpace(s), "")
	rest = reWeekday().ReplaceAllString(rest, "")
	t, rest, ok := parseDate(rest)
	if !ok {
		return time.Time{}, false
	}
	if m := reZoneTail().FindStringSubmatch(rest); m != nil {
		if off, known := zones[strings.ToLower(m[1])]; known {
			rest = rest[len(m[0]):]
			if t.Location() == time.UTC && t.Hour()+t.Minute() > 0 {
				t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.FixedZone(m[1], off*60))
			}
		}
	}
	if !reDateTail().MatchString(rest) {
		return time.Time{}, false
	}
	return t, true
}

// parseDate reads a date, and a time when one follows, from the start of s.
func parseDate(s string) (time.Time, string, bool) {
	var y, d int
	var mon time.Month
	var rest string
	if m := reISO().FindStringSubmatch(s); m != nil {
		y, _ = strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[2])
		d, _ = strconv.Atoi(m[3])
		mon = time.Month(mi)
		rest = s[len(m[0]):]
		if m[4] != "" {
			hh, _ := strconv.Atoi(m[4])
			mm, _ := strconv.Atoi(m[5])
			ss, _ := strconv.Atoi(m[6])
			loc := time.UTC
			if z := m[7]; z != "" && z != "Z" {
				z = strings.ReplaceAll(z, ":", "")
				h, _ := strconv.Atoi(z[1:3])
				mi, _ := strconv.Atoi(z[3:5])
				off := (h*60 + mi) * 60
				if z[0] == '-' {
					off = -off
				}
				loc = time.FixedZone("", off)
			}
			return time.Date(y, mon, d, hh, mm, ss, 0, loc), rest, validDate(y, mon, d)
		}
	} else if m := reMDY().FindStringSubmatch(s); m != nil {
		mon = months[strings.ToLower(m[1])]
		d, _ = strconv.Atoi(m[2])
		y, _ = strconv.Atoi(m[3])
		rest = s[len(m[0]):]
	} else if m := reDMY().FindStringSubmatch(s); m != nil {
		d, _ = strconv.Atoi(m[1])
		mon = months[strings.ToLower(m[2])]
		y, _ = strconv.Atoi(m[3])
		rest = s[len(m[0]):]
	} else {
		return time.Time{}, s, false
	}
	if !validDate(y, mon, d) {
		return time.Time{}, s, false
	}
	hh, mm, loc := 0, 0, time.UTC
	if c := reClock().FindStringSubmatch(rest); c != nil {
		zone := strings.ToLower(strings.Trim(c[4], "()"))
		off, known := zones[zone]
		if zone == "" || known {
			hh, _ = strconv.Atoi(c[1])
			mm, _ = strconv.Atoi(c[2])
			ampm := strings.ToLower(strings.ReplaceAll(c[3], ".", ""))
			if ampm == "pm" && hh < 12 {
				hh += 12
			} else if ampm == "am" && hh == 12 {
				hh = 0
			}
			if known {
				loc = time.FixedZone(strings.ToUpper(zone), off*60)
			}
			rest = rest[len(c[0]):]
		}
	}
	if hh > 23 || mm > 59 {
		return time.Time{}, s, false
	}
	return time.Date(y, mon, d, hh, mm, 0, 0, loc), rest, true
}

func validDate(y int, m time.Month, d int) bool {
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Day() == d // no "Feb 30"
}
