package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestPortfolioIsNoState covers the capitalised words of a portfolio
// before a minister's title ("Workplace Relations Minister", "Employment
// and Workplace Relations Minister"): no country's name, while a
// country's name of two words ("North Kessaria Defence Minister") or one
// opening a line still is.
func TestPortfolioIsNoState(t *testing.T) {
	texts := []string{
		"Employment and Workplace Relations Minister Rachel Denholm said the government would not step in.",
		"Later, Workplace Relations Minister Rachel Denholm met the union.",
		"Home Affairs Minister Tom Kell said the port was secure.",
		"North Kessaria Defence Minister Ivo Brandt said the patrol was routine.",
		"Port talks resume\nTarnland Foreign Minister Selma Tovey said the ships would sail.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	got := map[string]bool{}
	for _, w := range s.stateModifiers(texts) {
		got[w.name] = true
	}
	for _, no := range []string{"Relations", "Workplace", "Employment", "Affairs"} {
		if got[no] {
			t.Errorf("%q taken for a state", no)
		}
	}
	for _, yes := range []string{"Kessaria", "Tarnland"} {
		if !got[yes] {
			t.Errorf("%q not taken for a state (%v)", yes, got)
		}
	}
}

// TestVerbBeforeBodyNounIsNoModifier covers a verb before a body's noun
// ("accused union officials", "told union members"): the verb and its
// object, no name of the union ("Accused Union").
func TestVerbBeforeBodyNounIsNoModifier(t *testing.T) {
	texts := []string{
		"Tom Pirelli accused union officials of selling out the dockers.",
		"The union said the strike would go on.",
		"He told union members to stay out.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	if p := s.unnamedBody("union"); p != "Union" {
		t.Errorf("the story's union is %q, want %q", p, "Union")
	}
}
