package parties

import (
	"strings"
	"testing"
)

// The people a union is named for speak for it ("actors say" in a story of
// the Screen Players Guild), when exactly one union of the story is named
// for them; a word any union's members share names none.
func TestPeopleUnionIsNamedFor(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		cue   string
		side  string // "" for no side
	}{
		{"actors of an actors' guild", []string{
			"The Varenian Actors Guild called a strike on Thursday after talks with the studios failed.",
			"Pay, which actors say has been eaten away by inflation and streaming, was the main issue."},
			"eaten away", "Varenian Actors Guild"},
		{"nurses of a nurses' union", []string{
			"The Tarn Nurses' Union said on Monday that its members would stop work at dawn.",
			"Pay, which nurses say the hospital has cut twice this year without consultation, is the issue."},
			"without consultation", "Tarn Nurses' Union"},
		{"teachers of a federation of teachers", []string{
			"The Orrin Federation of Teachers Union voted to strike from the first day of term.",
			"In the staff rooms, teachers say class sizes have grown by a third in only five years."},
			"class sizes", "Orrin Federation of Teachers Union"},
		{"two unions of one trade", []string{
			"The Varenian Actors Guild called a strike on Thursday after talks with the studios failed.",
			"The Northern Actors Union said it would not join the strike at the studios this month.",
			"Pay, which actors say has been eaten away by inflation and streaming, was the main issue."},
			"eaten away", ""},
		{"workers name no one union", []string{
			"The United Rail Workers Union said on Monday that its members would stop work at dawn.",
			"Workers at the depot said the company had cut night pay twice this year without warning."},
			"night pay", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, an := storyOf(tc.paras, nil)
			st := statementWith(t, an, tc.cue)
			p, ev, ok := s.Side(st.Speaker)
			if !ok {
				p = ""
			}
			if tc.side != "" && p != tc.side || tc.side == "" && strings.Contains(ev, "is named for") {
				t.Errorf("side %q (%s), want %q; speaker %+v", p, ev, tc.side, st.Speaker)
			}
		})
	}
}
