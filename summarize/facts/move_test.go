package facts

import "testing"

func TestDatedMove(t *testing.T) {
	tests := []struct {
		s     string
		kind  Kind
		want  Move
		moved bool
	}{
		{"Shares in Velmar Foods fell 12% on Monday after the recall.", Weekday, Move{Dir: -1, Size: 12}, true},
		{"Velmar shares were down 2% in morning trading on Tuesday.", Weekday, Move{Dir: -1, Size: 2}, true},
		{"Velmar stock jumped 8 percent on May 3 after the bid.", Date, Move{Dir: 1, Size: 8}, true},
		{"Velmar shares recovered some ground in late trading on Friday.", Weekday, Move{Dir: 1, Unsized: true}, true},
		{"Talks broke down late on Sunday after a long session.", Weekday, Move{}, false},
		{"Prices rose 3%, and the board met on Monday.", Weekday, Move{}, false},
		{"The union walked out on Monday.", Weekday, Move{}, false},
	}
	for _, tc := range tests {
		got, ok := DatedMove(tc.s, firstOf(t, tc.s, tc.kind))
		if got != tc.want || ok != tc.moved {
			t.Errorf("DatedMove(%q) = %+v, %v; want %+v, %v", tc.s, got, ok, tc.want, tc.moved)
		}
	}
}

func TestTwoMoves(t *testing.T) {
	fall12, fall2, fall := Move{Dir: -1, Size: 12}, Move{Dir: -1, Size: 2}, Move{Dir: -1, Unsized: true}
	rise := Move{Dir: 1, Unsized: true}
	tests := []struct {
		a, b Move
		want bool
	}{
		{fall12, fall2, true},
		{fall12, rise, true},
		{fall12, fall12, false},
		{fall12, fall, false},
	}
	for _, tc := range tests {
		if got := TwoMoves(tc.a, tc.b); got != tc.want {
			t.Errorf("TwoMoves(%+v, %+v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestUnrelated(t *testing.T) {
	ev := func(s string) Event { return EventOf(s, firstOf(t, s, Weekday)) }
	price := ev("Tessor offered a premium of 20% to Velmar's closing price on Monday.")
	offer := ev("Tessor launched a hostile cash offer for Velmar on Tuesday.")
	offer2 := ev("Tessor made its hostile cash offer for Velmar on Wednesday.")
	unnamed := ev("It ended on Tuesday.")
	if !Unrelated(price, offer) || Unrelated(offer, offer2) || Unrelated(price, unnamed) {
		t.Errorf("Unrelated: price/offer %v, offer/offer %v, price/unnamed %v; want true, false, false",
			Unrelated(price, offer), Unrelated(offer, offer2), Unrelated(price, unnamed))
	}
}

func TestRunning(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The petition had passed 1,200 signatures by Friday.", true},
		{"The petition has gathered more than 3,000 signatures.", true},
		{"The appeal had 800 donors by Sunday evening.", true},
		{"The appeal had 800 donors by the weekend.", true},
		{"The petition had 2,400 signatures, organisers said.", false},
		{"The blast killed 60 people by the harbour.", false},
		{"About 40 people were injured.", false},
	}
	for _, tc := range tests {
		if got := Running(tc.s, firstOf(t, tc.s, Count)); got != tc.want {
			t.Errorf("Running(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestOwner(t *testing.T) {
	tests := []struct {
		s    string
		want string
	}{
		{"Ostrin called the Alliance's 25 percent tariff unfair.", "alliance"},
		{"The package goes when the Alliance drops its 25 percent tariff.", "alliance"},
		{"The Vell Community will impose 20 percent tariffs on goods.", "community"},
		{"Vell will impose 20 percent tariffs on goods.", "vell"},
		{"The bloc will impose 20 percent tariffs on goods.", ""},
		{"The bloc announced tariffs of 20 percent on dairy.", ""},
		{"Impose 20 percent tariffs, Vell said.", ""},
	}
	for _, tc := range tests {
		if got := Owner(tc.s, firstOf(t, tc.s, Percent)); got != tc.want {
			t.Errorf("Owner(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
	if !TwoOwners("alliance", "community") || TwoOwners("alliance", "") || TwoOwners("vell community", "community") {
		t.Errorf("TwoOwners: two names are two owners; an unnamed or a shortened one is not")
	}
}
