package facts

import (
	"fmt"
	"github.com/storybot/storybot/summarize/lex"
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		in   string
		want []string // "kind value of text"
	}{
		{"More than 3,100 nurses walked off the job on Monday.",
			[]string{"count 3100 nurs 3,100 nurses", "weekday 1  on Monday"}},
		{"The group postponed 420 planned operations.", []string{"count 420 oper 420 planned operations"}},
		{"Twelve thousand people signed, up from 12 000 last year.", []string{"count 12000 peopl Twelve thousand people"}},
		{"The deal is worth $4bn, or $4 billion.", []string{"money 4e+09  $4bn", "money 4e+09  $4 billion"}},
		{"It offered 9% over three years, not nine per cent.", []string{"percent 9  9%", "duration 26280  three years", "percent 9  nine per cent"}},
		{"The council voted 7-5 on Tuesday night.", []string{"vote 7005  7-5", "weekday 2  on Tuesday"}},
		{"The tariffs take effect on May 1, not 15 May.", []string{"date 501  May 1"}},
		{"They held five-hour talks in 2019.", []string{"duration 5 talk five-hour"}},
		{"The stoppage costs 60 million crowns a day.", []string{"money 6e+07  60 million crowns"}},
		{"The TrailCell 36 pack was recalled in 2024.", nil},
		{"Final score 2-1 in Drenov.", nil},
		{"The filing says 20 “spam bots” were counted.", []string{"count 20 bot 20 “spam bots"}},
		{"About 300 Wagner fighters crossed the border.", []string{"count 300 fighter 300 Wagner fighters"}},
		{"Some 4,000 UAW members walked out.", []string{"count 4000 member 4,000 UAW members"}},
		{"It had 300 Tessaro shares.", []string{"count 300 share 300 Tessaro shares"}},
		// A month without its day, after a word that makes it a time.
		{"A working group will meet in April.", []string{"month 4  in April"}},
		{"The levy applies from June, not by July 2027.", []string{"month 6  from June"}},
		{"May officials meet again? They may, said April Haines.", nil},
		{"The tariffs take effect on May 1.", []string{"date 501  May 1"}},
		// Measures, in the unit of their kind, and a rate.
		{"The hospital lies 74 kilometres away.", []string{"measure 74  74 kilometres"}},
		{"Mothers face a drive of almost 100km.", []string{"measure 100  100km"}},
		{"The pipe is 1,500 metres long.", []string{"measure 1.5  1,500 metres"}},
		{"The dam releases 40 cubic metres of water per second.", []string{"measure 40  40 cubic metres of water per second"}},
		{"Calderbrook loses 241 million litres every day.", []string{"measure 241000  241 million litres every day"}},
		// Numbers in two words.
		{"Thirty-seven ships waited offshore.", []string{"count 37 ship Thirty-seven ships"}},
		{"The twenty-one-hour session ended.", nil},
		// Hundredths of a currency, and a currency or "percent" joined to
		// the number before the noun it measures.
		{"Fares rise by 40 cents, a 40-cent increase.", []string{"money 40  40 cents", "money 40 increas 40-cent"}},
		{"Bread now costs 90p, up from 85 pence.", []string{"money 90  90p", "money 85  85 pence"}},
		{"Drivers won a 12-percent rise, not 12 percent more.", []string{"percent 12 rise 12-percent", "percent 12  12 percent"}},
		{"The owners must post a 300,000-crown bond.", []string{"money 300000 bond 300,000-crown"}},
		{"The 11-strong crew were marched off the boat.", []string{"count 11 crew 11-strong crew"}},
		{"The airport put the number of affected passengers at 31,000.", []string{"count 31000 passeng 31,000"}},
		{"Police put the crowd at 31,000, well down on last year.", nil},
		{"Ministers held a 20-minute call.", []string{"duration 0.3333333333333333 call 20-minute"}},
		// Plurals without an s.
		{"Nearly 700 children attend the schools.", []string{"count 700 children 700 children"}},
		{"Some 40 people died.", []string{"count 40 peopl 40 people"}},
	}
	for _, tc := range tests {
		var got []string
		for _, f := range Extract(tc.in) {
			got = append(got, strings.TrimSpace(fmt.Sprintf("%s %v %s %s", f.Kind, f.Value, f.Of, f.Text)))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Extract(%q) =\n  %q\nwant\n  %q", tc.in, got, tc.want)
		}
	}
}

func TestSame(t *testing.T) {
	a := Extract("Some 12,000 people marched.")[0]
	b := Extract("Twelve thousand people marched.")[0]
	c := Extract("Some 1,200 people marched.")[0]
	if !a.Same(b) || a.Same(c) {
		t.Errorf("Same: 12,000 ~ twelve thousand = %v (want true), 12,000 ~ 1,200 = %v (want false)", a.Same(b), a.Same(c))
	}
}

// A relative clause right after a counted noun restricts what it counts;
// one after a comma only describes.
func TestRestriction(t *testing.T) {
	tests := []struct {
		s, want string
	}{
		{"The 52,000 actors who voted for the strike met on Friday.", lex.Stem("voted")},
		{"The 900 jobs that were cut last year are gone.", lex.Stem("cut")},
		{"Some 3,100 nurses, who walked out on Monday, met the mayor.", ""},
		{"The 600 workers that the union represents stayed home.", ""},
		{"Some 140,000 actors belong to the guild.", ""},
	}
	for _, tc := range tests {
		fs := Extract(tc.s)
		if len(fs) == 0 || fs[0].Kind != Count {
			t.Errorf("%q: no count in %+v", tc.s, fs)
			continue
		}
		if fs[0].Which != tc.want {
			t.Errorf("%q: Which = %q, want %q", tc.s, fs[0].Which, tc.want)
		}
	}
}

// One length told in two units, rounded, is one value ("30 days", "four
// weeks"); in one unit, two values stay two ("28 days", "30 days").
func TestSameLengthInTwoUnits(t *testing.T) {
	a := Extract("The club has been suspended for 30 days.")[0]
	b := Extract("The club has been suspended for four weeks.")[0]
	c := Extract("The club has been suspended for 28 days.")[0]
	if !a.Same(b) || a.Same(c) {
		t.Errorf("Same: 30 days ~ four weeks = %v (want true), 30 days ~ 28 days = %v (want false)", a.Same(b), a.Same(c))
	}
}
