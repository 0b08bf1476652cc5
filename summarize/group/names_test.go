package group

import (
	"math"
	"reflect"
	"testing"
)

// TestOpeningAcronym: a name in capitals is a name even when it opens a
// sentence, where an ordinary capitalised word says nothing; a line set in
// capitals is no run of names.
func TestOpeningAcronym(t *testing.T) {
	tests := []struct {
		name, text string
		names, not []string
	}{
		{"acronym opens the text", "KDTU said the talks had failed. Members walked out at noon.",
			[]string{"@kdtu"}, nil},
		{"hyphenated acronym opens a sentence", "The strike began on Monday. RWA-KOL represents 9,000 riggers and stagehands.",
			[]string{"@rwa-kol", "@rwa", "@kol"}, nil},
		{"letter and number", "Ministers met in Orvia. G12 leaders backed the plan.",
			[]string{"@g12"}, nil},
		{"ordinary capitalised opener", "Talks failed. Members walked out.",
			nil, []string{"@talks", "@members"}},
		{"a line in capitals", "BREAKING NEWS\nThe bridge at Dallow closed on Friday.",
			[]string{"@dallow"}, []string{"@breaking"}},
		{"acronym the text also writes in lower case", "NOTE the hours. Shops may note changes.",
			nil, []string{"@note"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.names, tt.not)
		})
	}
}

// TestInitialismWithPeriods: an initialism is one name with or without
// its periods.
func TestInitialismWithPeriods(t *testing.T) {
	tests := []struct {
		dotted, plain, term string
	}{
		{"Talks at the U.N. ended late.", "Talks at the UN ended late.", "@un"},
		{"Envoys of the E.A.C. met.", "Envoys of the EAC met.", "@eac"},
		{"The U.K. envoy left.", "The UK envoy left.", "@uk"},
	}
	for _, tt := range tests {
		a, b := Extract(Doc{Text: tt.dotted}), Extract(Doc{Text: tt.plain})
		if _, ok := a.Terms[tt.term]; !ok {
			t.Errorf("%q: %s missing from %v", tt.dotted, tt.term, a.Terms)
		}
		if a.Terms[tt.term] != b.Terms[tt.term] {
			t.Errorf("%q and %q weigh %s %v and %v", tt.dotted, tt.plain, tt.term, a.Terms[tt.term], b.Terms[tt.term])
		}
	}
	// A decimal or a name with an inner period is no initialism.
	if f := Extract(Doc{Text: "Shares rose 2.5 percent at Vantor."}); f.Terms["#2.5"] == 0 {
		t.Errorf("a decimal lost its period: %v", f.Terms)
	}
}

// TestEventNames: a name joining letters and digits names one event (a
// summit, a flight, a bill) and weighs more than a person's or a body's
// name said as often.
func TestEventNames(t *testing.T) {
	tests := []struct {
		term string
		want bool
	}{
		{"@cop31", true},
		{"@mh17", true},
		{"@g12", false},
		{"@q3", false},
		{"@a320", false},
		{"@mp3", false},
		{"@kx-204", true},
		{"@sb-1047", true},
		{"@orvane", false},
		{"#2040", false},
		{"coal", false},
		{"@2040", false},
	}
	for _, tt := range tests {
		if got := isEventName(tt.term); got != tt.want {
			t.Errorf("isEventName(%q) = %v, want %v", tt.term, got, tt.want)
		}
	}
	f := Extract(Doc{Text: "Delegates at the VX31 summit met Odile Ranst. Later the VX31 talks and Odile Ranst went on."})
	ev, person := f.Terms["@vx31"], f.Terms["@ranst"]
	if person == 0 || math.Abs(ev-eventNameWeight*person) > 1e-9 {
		t.Errorf("event name weighs %v, person %v; want %v times", ev, person, eventNameWeight)
	}
}

// TestEventNameJoins: two reports of one numbered summit that quote
// different people and share few words join on the summit's name; a
// report of another event by a minister one of them quotes stays apart,
// though it shares as many words with it and the minister's name.
func TestEventNameJoins(t *testing.T) {
	a := Doc{Key: "a", Title: "VX31 talks run into overtime",
		Text: "Negotiators at VX31 worked through the night as ministers argued over a draft on coal. " +
			"Minister Bran Ostrel of Kestrava said the draft was too weak to sign. Observers expected a late finish to the summit."}
	b := Doc{Key: "b", Title: "Island states condemn final VX31 text",
		Text: "Island states said the final text agreed at VX31 ignored the science. " +
			"Their negotiator Tavita Mose said rich nations had blocked stronger wording on coal."}
	c := Doc{Key: "c", Title: "Kestrava opens ferry terminal",
		Text: "Minister Bran Ostrel of Kestrava opened a ferry terminal on Friday. " +
			"Ferry crews welcomed the new berths, and the port expects more passengers next year."}
	want := [][]int{{0, 1}, {2}}
	if got := Cluster([]Doc{a, b, c}); !reflect.DeepEqual(got, want) {
		t.Errorf("Cluster = %v, want %v", got, want)
	}
}

// checkNames checks that the features of text hold the name terms names
// and none of not.
func checkNames(t *testing.T, text string, names, not []string) {
	t.Helper()
	f := Extract(Doc{Text: text})
	for _, w := range names {
		if _, ok := f.Terms[w]; !ok {
			t.Errorf("name %q missing from %v", w, f.Terms)
		}
	}
	for _, w := range not {
		if _, ok := f.Terms[w]; ok {
			t.Errorf("%q taken as a name: %v", w, f.Terms)
		}
	}
}
