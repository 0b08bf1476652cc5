package calendars

import (
	_ "embed"
	"encoding/json"
	"errors"
	"sort"
	"sync"
	"time"
)

//go:embed data.json
var encodedData []byte

type calendarData struct {
	FirstYear    int   `json:"first_year"`
	YearStarts   []int `json:"year_starts"`
	MonthStarts  []int `json:"month_starts"`
	GregorianMin int   `json:"gregorian_min"`
	GregorianMax int   `json:"gregorian_max"`
}

// tables decodes the calendar tables on first use rather than at program
// start (a change of this copy, see README.md).
var tables = sync.OnceValue(func() struct {
	Jalali calendarData `json:"jalali"`
	Hijri  calendarData `json:"hijri"`
} {
	var result struct {
		Jalali calendarData `json:"jalali"`
		Hijri  calendarData `json:"hijri"`
	}
	if err := json.Unmarshal(encodedData, &result); err != nil {
		panic(err)
	}
	return result
})

var (
	errJalaliRange = errors.New("date is outside the supported Jalali range")
	errHijriRange  = errors.New("date is outside Umm al-Qura scope")
)

func gregorianDay(value time.Time) int {
	return int(time.Date(value.Year(), value.Month(), value.Day(), 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func gregorianParts(day int) ([3]int, error) {
	value := time.Unix(int64(day)*86400, 0).UTC()
	if value.Year() < 1 || value.Year() > 9999 {
		return [3]int{}, errJalaliRange
	}
	return [3]int{value.Year(), int(value.Month()), value.Day()}, nil
}

func JalaliFromGregorian(value time.Time) ([3]int, error) {
	day := gregorianDay(value)
	if day < tables().Jalali.GregorianMin || day > tables().Jalali.GregorianMax {
		return [3]int{}, errJalaliRange
	}
	index := sort.Search(len(tables().Jalali.YearStarts), func(index int) bool {
		return tables().Jalali.YearStarts[index] > day
	}) - 1
	remaining := day - tables().Jalali.YearStarts[index]
	month, monthDay := remaining/31+1, remaining%31+1
	if remaining >= 186 {
		month, monthDay = (remaining-186)/30+7, (remaining-186)%30+1
	}
	return [3]int{tables().Jalali.FirstYear + index, month, monthDay}, nil
}

func JalaliToGregorian(year, month, day int) ([3]int, error) {
	if year < tables().Jalali.FirstYear || year >= tables().Jalali.FirstYear+len(tables().Jalali.YearStarts) || month < 1 || month > 12 || day < 1 {
		return [3]int{}, errJalaliRange
	}
	start := tables().Jalali.YearStarts[year-tables().Jalali.FirstYear]
	monthDays := (month - 1) * 31
	if month > 7 {
		monthDays = (month-1)*30 + 6
	}
	return gregorianParts(start + monthDays + day - 1)
}

func JalaliMonthLength(year, month int) (int, error) {
	if year < tables().Jalali.FirstYear || year >= tables().Jalali.FirstYear+len(tables().Jalali.YearStarts) || month < 1 || month > 12 {
		return 0, errJalaliRange
	}
	if month <= 6 {
		return 31, nil
	}
	if month < 12 {
		return 30, nil
	}
	index := year - tables().Jalali.FirstYear
	if index+1 >= len(tables().Jalali.YearStarts) {
		return 0, errJalaliRange
	}
	return tables().Jalali.YearStarts[index+1] - tables().Jalali.YearStarts[index] - 336, nil
}

func HijriFromGregorian(value time.Time) ([3]int, error) {
	day := gregorianDay(value)
	if day < tables().Hijri.GregorianMin || day > tables().Hijri.GregorianMax {
		return [3]int{}, errHijriRange
	}
	index := sort.Search(len(tables().Hijri.MonthStarts), func(index int) bool {
		return tables().Hijri.MonthStarts[index] > day
	}) - 1
	return [3]int{tables().Hijri.FirstYear + index/12, index%12 + 1, day - tables().Hijri.MonthStarts[index] + 1}, nil
}

func hijriIndex(year, month int) (int, error) {
	if year < tables().Hijri.FirstYear || year >= tables().Hijri.FirstYear+(len(tables().Hijri.MonthStarts)-1)/12 || month < 1 || month > 12 {
		return 0, errHijriRange
	}
	return (year-tables().Hijri.FirstYear)*12 + month - 1, nil
}

func HijriToGregorian(year, month, day int) ([3]int, error) {
	index, err := hijriIndex(year, month)
	if err != nil || day < 1 {
		return [3]int{}, errHijriRange
	}
	return gregorianParts(tables().Hijri.MonthStarts[index] + day - 1)
}

func HijriMonthLength(year, month int) (int, error) {
	index, err := hijriIndex(year, month)
	if err != nil {
		return 0, err
	}
	return tables().Hijri.MonthStarts[index+1] - tables().Hijri.MonthStarts[index], nil
}
