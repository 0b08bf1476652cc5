package facts

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A measure is a quantity in a unit of length, volume, mass, area or
// power ("74 kilometres", "almost 100km", "40 cubic metres of water per
// second", "12 tonnes"): its value is given in the unit of its kind
// (kilometres, cubic metres, tonnes, hectares, megawatts), so that
// "1,500 metres" and "1.5 km" agree, and a rate keeps what it is per
// ("m³/s").

// measureUnit is a unit word: the unit of its kind and how many of them
// one is.
type measureUnit struct {
	unit string
	per  float64
}

// measureUnits are the unit words of measures, by their lower-case form.
var measureUnits = map[string]measureUnit{
	"km": {"km", 1}, "kilometre": {"km", 1}, "kilometres": {"km", 1}, "kilometer": {"km", 1}, "kilometers": {"km", 1},
	"mile": {"km", 1.609}, "miles": {"km", 1.609}, "metre": {"km", 0.001}, "metres": {"km", 0.001},
	"meter": {"km", 0.001}, "meters": {"km", 0.001},
	"tonne": {"t", 1}, "tonnes": {"t", 1}, "ton": {"t", 1}, "tons": {"t", 1}, "kilogram": {"t", 0.001},
	"kilograms": {"t", 0.001}, "kg": {"t", 0.001},
	"litre": {"m³", 0.001}, "litres": {"m³", 0.001}, "liter": {"m³", 0.001}, "liters": {"m³", 0.001},
	"hectare": {"ha", 1}, "hectares": {"ha", 1}, "acre": {"ha", 0.4047}, "acres": {"ha", 0.4047},
	"megawatt": {"MW", 1}, "megawatts": {"MW", 1}, "mw": {"MW", 1}, "gigawatt": {"MW", 1000},
	"gigawatts": {"MW", 1000}, "gw": {"MW", 1000},
}

// perUnits are the units a rate is per: "per second", "a day", "every
// day".
var perUnits = map[string]string{"second": "s", "hour": "h", "day": "day", "year": "year"}

// readMeasure reads a measure whose number ends at token j: its unit
// word there ("74 kilometres", "40 cubic metres"), or the unit written
// into the number ("100km", tail "km"), and a rate after it ("of water
// per second"). It reports false for any other number.
func readMeasure(s string, toks []lex.Token, i, j int, n float64, tail string) (Fact, int, bool) {
	t := toks[i]
	end, next := t.End, j
	u, ok := measureUnits[strings.ToLower(tail)]
	switch {
	case tail != "" && ok:
	case tail != "":
		return Fact{}, 0, false
	case j+1 < len(toks) && toks[j].Lower == "cubic" && strings.HasPrefix(toks[j+1].Lower, "met"):
		u, ok = measureUnit{"m³", 1}, true // "40 cubic metres"
		end, next = toks[j+1].End, j+2
	case j < len(toks):
		u, ok = measureUnits[toks[j].Lower]
		end, next = toks[j].End, j+1
	}
	if !ok {
		return Fact{}, 0, false
	}
	unit := u.unit
	// "of water per second", "a day": a rate.
	k := next
	if k+1 < len(toks) && toks[k].Lower == "of" && isNoun(toks[k+1].Lower) {
		k += 2
	}
	if k+1 < len(toks) && (toks[k].Lower == "per" || toks[k].Lower == "a" || toks[k].Lower == "every" || toks[k].Lower == "each") {
		if p, ok := perUnits[toks[k+1].Lower]; ok {
			unit += "/" + p
			end, next = toks[k+1].End, k+2
		}
	}
	f := Fact{Kind: Measure, Value: n * u.per, Unit: unit, Text: s[t.Start:end], Start: t.Start, End: end}
	unitWord := tail
	if unitWord == "" && j < len(toks) {
		unitWord = toks[j].Lower
	}
	if unitWord = strings.ToLower(unitWord); next == j+1 && next < len(toks) && !strings.HasSuffix(unitWord, "s") &&
		isNoun(toks[next].Lower) && !measureAdverbs[toks[next].Lower] {
		// "a 5 km stretch", "a 20-kilometre queue": a unit in the
		// singular before a noun measures it ("74 kilometres away" does
		// not).
		f.Of, f.Noun = lex.Stem(toks[next].Lower), toks[next].Text
	}
	return f, next, true
}

// measureAdverbs follow a measure without being what it measures: "74
// kilometres away", "1,500 metres long".
var measureAdverbs = map[string]bool{"away": true, "long": true, "wide": true, "deep": true, "high": true,
	"tall": true, "thick": true, "short": true, "off": true, "of": true}

// measureWords name what a unit measures of a thing: "an 8 km stretch" is
// a length.
var measureWords = map[string]string{"km": "length", "t": "weight", "m³": "volume", "ha": "area", "MW": "power"}

// MeasureOf names what a measure of unit is of the noun it measures
// ("length of the stretch"), or "".
func MeasureOf(unit, noun string) string {
	if w, ok := measureWords[unit]; ok && noun != "" {
		return w + " of the " + strings.ToLower(noun)
	}
	return ""
}

// measureTopics name what a measure of a unit is.
var measureTopics = map[string]string{"km": "Distance", "t": "Weight", "m³": "Volume", "ha": "Area", "MW": "Power"}

// MeasureTopic names what a measure of unit is ("Distance" for km, "Flow
// of water" for m³/s), or "Measure".
func MeasureTopic(unit string) string {
	if base, _, rate := strings.Cut(unit, "/"); rate {
		if base == "m³" {
			return "Flow"
		}
		return "Rate"
	}
	if t, ok := measureTopics[unit]; ok {
		return t
	}
	return "Measure"
}
