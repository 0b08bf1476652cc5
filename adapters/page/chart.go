package page

import (
	"fmt"
	"slices"
	"time"
)

// The chart's drawing area, in SVG user units; the SVG scales to the
// width of the page.
const (
	chartW, chartH = 600.0, 120.0
	chartTop       = 14.0 // room for the largest count
	chartBottom    = 18.0 // room for the first and last bucket's labels
	// maxBuckets bounds the bars: a longer span is charted by day, then
	// by week.
	maxBuckets = 72
)

// chart is a bar chart of articles per hour, day or week.
type chart struct {
	W, H  float64
	Base  float64 // y of the axis
	Unit  string  // "hour", "day" or "week"
	Max   int
	First string
	Last  string
	Bars  []bar
	Label string // what the chart shows, for screen readers
}

type bar struct {
	X, Y, W, H float64
	Title      string
}

// newChart charts the publication times, or returns nil for none.
func newChart(times []time.Time) *chart {
	if len(times) == 0 {
		return nil
	}
	ts := make([]time.Time, len(times))
	for i, t := range times {
		ts[i] = t.UTC()
	}
	slices.SortFunc(ts, time.Time.Compare)
	start := ts[0].Truncate(time.Hour)
	step, unit, layout := time.Hour, "hour", "2 Jan 15:04"
	span := ts[len(ts)-1].Sub(start)
	if span >= maxBuckets*time.Hour {
		y, m, d := ts[0].Date()
		start = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		step, unit, layout = 24*time.Hour, "day", dayLayout
		if ts[len(ts)-1].Sub(start) >= maxBuckets*step {
			step, unit = 7*24*time.Hour, "week"
		}
	}
	n := int(ts[len(ts)-1].Sub(start)/step) + 1
	counts := make([]int, n)
	for _, t := range ts {
		counts[int(t.Sub(start)/step)]++
	}
	c := &chart{W: chartW, H: chartH, Base: chartH - chartBottom, Unit: unit, Max: slices.Max(counts),
		First: start.Format(layout), Last: start.Add(time.Duration(n-1) * step).Format(layout)}
	c.Label = fmt.Sprintf("Articles per %s, %d in all, at most %d in one %s", unit, len(ts), c.Max, unit)
	slot := chartW / float64(n)
	gap := min(slot*0.2, 4)
	for i, k := range counts {
		if k == 0 {
			continue
		}
		h := (c.Base - chartTop) * float64(k) / float64(c.Max)
		from := start.Add(time.Duration(i) * step)
		c.Bars = append(c.Bars, bar{X: float64(i)*slot + gap/2, Y: c.Base - h, W: slot - gap, H: h,
			Title: fmt.Sprintf("%s: %d %s", from.Format(layout), k, plural(k, "article", "articles"))})
	}
	return c
}
