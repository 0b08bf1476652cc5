package facts

import (
	"strings"
	"testing"
)

// firstOf returns the first fact of a kind a sentence gives.
func firstOf(t *testing.T, s string, k Kind) Fact {
	t.Helper()
	for _, f := range Extract(s) {
		if f.Kind == k {
			return f
		}
	}
	t.Fatalf("no %s in %q: %+v", k, s, Extract(s))
	return Fact{}
}

func TestEventOf(t *testing.T) {
	tests := []struct {
		s    string
		kind Kind
		want string // heads | others | phase
	}{
		{"The talks in Vell on Tuesday ended without a deal.", Weekday, "talks||"},
		{"The envoys met for about five hours at a hotel in Vell.", Duration, "talks|envoy|"},
		{"Friday's two-hour meeting in Vell was the first since May.", Weekday, "talks||"},
		{"The new levy will take effect on March 3, the gazette said.", Date, "effect|levi|"},
		{"Negotiations between the two sides began in May and broke down late on Friday.", Weekday, "side talks||end"},
		{"The walkout began on Monday.", Weekday, "strike||begin"},
		{"The stoppage is due to end on Thursday morning.", Weekday, "strike||end"},
		{"A panel of judges will meet in June.", Month, "panel|judg|"},
		{"The deadline for bids from the bidders is June 30.", Date, "deadlin|bidder bid|"},
		{"The council voted 7-5 on Tuesday.", Weekday, "council||"},
		{"It ended on Tuesday.", Weekday, "||"},
		{"The strike by the Vell Dockers’ Union began on Monday.", Weekday, "strike||begin"},
		{"The stoppage began at 10 p.m. on Sunday, when the shift downed tools.", Weekday, "strike||begin"},
		{"The union walked out of talks on Saturday night.", Weekday, "talks|union|end"},
		{"The crews walked out on Monday.", Weekday, "crew||begin"},
		{"The crews, angry at the offer, left on Monday.", Weekday, "||"},
		{"The ministry raised 40 percent in a year.", Percent, "||"},
	}
	for _, tc := range tests {
		ev := EventOf(tc.s, firstOf(t, tc.s, tc.kind))
		got := strings.Join(ev.Heads, " ") + "|" + strings.Join(ev.Others, " ") + "|" + ev.Phase
		if got != tc.want {
			t.Errorf("EventOf(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

func TestTwoPhases(t *testing.T) {
	ev := func(s string) Event { return EventOf(s, firstOf(t, s, Weekday)) }
	start, end, plain := ev("The strike began on Monday."), ev("The strike is due to end on Thursday."), ev("The strike on Monday hit ports.")
	if !TwoPhases(start, end) || TwoPhases(start, start) || TwoPhases(start, plain) {
		t.Errorf("TwoPhases: start/end %v, start/start %v, start/plain %v; want true, false, false",
			TwoPhases(start, end), TwoPhases(start, start), TwoPhases(start, plain))
	}
}

func TestOneEvent(t *testing.T) {
	ev := func(s string, k Kind) Event { return EventOf(s, firstOf(t, s, k)) }
	tests := []struct {
		name string
		a, b Event
		want bool
	}{
		{"talks told as a meeting",
			ev("The talks in Vell on Tuesday ended without a deal.", Weekday),
			ev("He left Thursday's meeting in Vell early.", Weekday), true},
		{"one levy taking effect",
			ev("The levy will take effect on March 3.", Date),
			ev("The levy, which takes effect on March 10, covers cars.", Date), true},
		{"one deadline told in other words",
			ev("The deadline for bids from the three bidders is June 30.", Date),
			ev("The three bidders must submit their bids by July 15.", Date), true},
		{"one council's vote",
			ev("The council voted 7-5 on Tuesday.", Weekday),
			ev("The council voted 8-4 on Wednesday.", Weekday), true},
		{"a strike's start and its end are two events",
			ev("The strike began on Monday.", Weekday),
			ev("The strike is due to end on Thursday.", Weekday), false},
		{"talks that ended and talks set for later are two events",
			ev("The union walked out of talks on Saturday night.", Weekday),
			ev("The mediator invited both sides to talks on Thursday.", Weekday), false},
		{"two events of two nouns",
			ev("The strike began on Monday.", Weekday),
			ev("The talks began on Sunday.", Weekday), false},
		{"one noun near two events is not enough",
			ev("The union telegraphed the move about 45 minutes before.", Duration),
			ev("The union said its four-week strike would grow.", Duration), false},
		{"an unnamed event is no event",
			ev("It ended on Tuesday.", Weekday),
			ev("It ended on Friday.", Weekday), false},
	}
	for _, tc := range tests {
		if got := OneEvent(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: OneEvent(%+v, %+v) = %v, want %v", tc.name, tc.a, tc.b, got, tc.want)
		}
	}
}

func TestRemarkDemandHedged(t *testing.T) {
	tests := []struct {
		s                      string
		kind                   Kind
		remark, demand, hedged bool
	}{
		{"The ministry said in a statement on Tuesday that it would not act.", Weekday, true, false, false},
		{"The minister stressed on Wednesday that talks must resume.", Weekday, true, false, false},
		{"The recall, announced on Tuesday, covers 9,000 kettles.", Weekday, false, false, false},
		{"Diplomats said Wednesday's talks went well.", Weekday, false, false, false},
		{"The talks collapsed on Friday, a spokesman said.", Weekday, false, false, false},
		{"The union is seeking a 12% pay rise.", Percent, false, true, false},
		{"Members want 15 percent more.", Percent, false, true, false},
		{"The firm has offered a 6% pay rise.", Percent, false, false, false},
		{"About 700 pupils attend the schools.", Count, false, false, true},
		{"Nearly 700 children attend the schools.", Count, false, false, true},
		{"The closures affect 640 pupils.", Count, false, false, false},
	}
	for _, tc := range tests {
		f := firstOf(t, tc.s, tc.kind)
		if got := Remark(tc.s, f); got != tc.remark {
			t.Errorf("Remark(%q) = %v, want %v", tc.s, got, tc.remark)
		}
		if got := Demand(tc.s, f); got != tc.demand {
			t.Errorf("Demand(%q) = %v, want %v", tc.s, got, tc.demand)
		}
		if got := Hedged(tc.s, f); got != tc.hedged {
			t.Errorf("Hedged(%q) = %v, want %v", tc.s, got, tc.hedged)
		}
	}
}
