package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A country the gazetteer does not know is a state of the story when its
// name stands before a state's words: its ministers are its side, not
// the side of the country the story names more often.
func TestStateNamedBeforeItsMinister(t *testing.T) {
	texts := []string{
		"Keldorian patrol boats seized six Tarnland trawlers on Monday, the Keldorian navy said.",
		"Keldor's defence minister, Rurik Hale, said the boats had been fishing in Keldor's waters.",
		"Tarnland Foreign Minister Selma Tovey said the trawlers had never left Tarnland's waters.",
		"The Tarnland defence ministry said no shots had been fired.",
		"Keldor summoned the ambassador, and Keldorian fishermen cheered in Keldor's ports.",
		"Eight trawlers were boarded, according to the Keldor Fishermen's Cooperative.",
		"Vesk's Foreign Minister Teodor Gal said the ship would be released only when the fine was paid.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, tc := range []struct {
		sp   attrib.Speaker
		want string
	}{
		{attrib.Speaker{Name: "Selma Tovey", Kind: attrib.Person, Role: "Tarnland Foreign Minister"}, "Tarnland"},
		{attrib.Speaker{Name: "Tarnland defence ministry", Kind: attrib.Body}, "Tarnland"},
		{attrib.Speaker{Name: "Rurik Hale", Kind: attrib.Person, Role: "Keldor's defence minister"}, "Keldor"},
		{attrib.Speaker{Name: "Keldor Fishermen's Cooperative", Kind: attrib.Body}, "Keldor Fishermen's Cooperative"},
		{attrib.Speaker{Name: "Teodor Gal", Kind: attrib.Person, Role: "Vesk's Foreign Minister"}, "Vesk"},
	} {
		if p, ev, _ := s.Side(tc.sp); p != tc.want {
			t.Errorf("%s: side %q (%s), want %q", tc.sp.Name, p, ev, tc.want)
		}
	}
}

// The words before a government that are no country's name: a party, a
// head of government, a word also written in lower case.
func TestNoStateBeforeGovernment(t *testing.T) {
	texts := []string{
		"The Labour government said the levy would stay, and labour unions objected.",
		"Prime Minister Ada Renn said the Renn government would not resign.",
		"The Federal government and federal courts disagreed.",
		"In Pradovo, Trade Minister Alexei Voronek repeated the offer.",
		"DISGRACED Defence Minister Oren Vasko and RED-FACED Interior Minister Piet Haldor left.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, w := range s.stateModifiers(texts) {
		t.Errorf("%q taken for a state", w.name)
	}
}

// Initials the texts define in brackets ("the Keldor Space Agency (KSA)")
// name that body in a role, before a place the gazetteer knows by them.
func TestDefinedInitialsBeforeAPlace(t *testing.T) {
	texts := []string{
		"The satellites collided at 03:14, the Keldor Space Agency (KSA) said.",
		`"They were warned three times," KSA Director-General Oren Talvik told reporters.`,
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	if p, ev, _ := s.Side(attrib.Speaker{Name: "Oren Talvik", Kind: attrib.Person, Role: "KSA Director-General"}); p != "Keldor Space Agency" {
		t.Errorf("side %q (%s), want Keldor Space Agency", p, ev)
	}
}

// A state named only as the owner of its posts keeps another from being
// the story's home, so that a minister of no named country is not the
// other's; and "governments" in the plural are no country's.
func TestOwnerOnlyStateAndPluralGovernments(t *testing.T) {
	two := []string{
		"The Keldor government said the satellites collided at 03:14, and Keldor demanded answers.",
		"Keldor summoned the ambassador.",
		"Vesk's Foreign Minister Teodor Gal said the warnings had never arrived.",
		"Vesk's defence ministry said it would cooperate with any inquiry.",
	}
	s := NewStory([]attrib.Analysis{attrib.Extract(two)}, two)
	if p, ev, _ := s.Side(attrib.Speaker{Name: "Ola Brandt", Kind: attrib.Person, Role: "Industry Minister"}); p == "Keldor" {
		t.Errorf("a minister of no named country: side %q (%s), want not Keldor", p, ev)
	}
	one := []string{
		"The Keldor government said the satellites collided at 03:14, and Keldor demanded answers.",
		"Negotiators speak by telephone, governments say little, and Keldor waits.",
	}
	s = NewStory([]attrib.Analysis{attrib.Extract(one)}, one)
	if p, ev, _ := s.Side(attrib.Speaker{Name: "governments", Kind: attrib.Unnamed, Generic: "governments"}); p == "Keldor" {
		t.Errorf("governments: side %q (%s), want no country", p, ev)
	}
}

// An outlet's own journalist ("Our reporter in Askeby, Maja Tolle, says")
// reports for the outlet: no side's claim.
func TestOwnJournalistIsNoSide(t *testing.T) {
	texts := []string{
		"Interior Minister Piet Haldor said the wall would be finished.",
		"Our reporter in Askeby, Maja Tolle, says the construction site is quiet this morning.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, st := range an.Statements {
		if st.Speaker.Name == "Askeby" {
			t.Errorf("the place %q speaks", st.Speaker.Name)
		}
		if st.Speaker.Name == "Maja Tolle" {
			if p, ev, ok := s.Side(st.Speaker); ok {
				t.Errorf("Maja Tolle: side %q (%s), want none", p, ev)
			}
		}
	}
}

// A town is no state: a name the texts give a town ("the town of Brask",
// "Brask's mayor") before a state's word ("Brask coastguard station")
// makes no country of the story, nor does a heading's last word before
// the line a minister's title opens ("Minister in Lenz" over "Interior
// Minister Katrin Sobel").
func TestTownIsNoState(t *testing.T) {
	for _, tc := range []struct {
		text, town string
		country    bool
	}{
		{"Boats wait at Brask coastguard station. Fishermen in the town of Brask are angry.", "Brask", false},
		{"Boats wait at Brask coastguard station. Brask's mayor walked with them.", "Brask", false},
		{"Boats wait at Brask coastguard station. Fishermen in Brask are angry.", "Brask", true},
		{"Minister in Lenz\n\nInterior Minister Katrin Sobel sought to reassure residents.", "Lenz", false},
	} {
		texts := []string{
			"Velmora banned the Parlo app on Monday, the Velmoran interior ministry said. Velmora cited security.",
			tc.text,
		}
		s := NewStory([]attrib.Analysis{attrib.Extract(texts)}, texts)
		if s.country[tc.town] != tc.country {
			t.Errorf("%q: %s a country %v, want %v", tc.text, tc.town, s.country[tc.town], tc.country)
		}
	}
}

// A tabloid's hyphenated adjective that opens a sentence before a
// minister's title ("Penny-pinching Finance Minister Rolf Danneker") is
// no state: the minister is the government's, with the education
// minister's.
func TestLowerCompoundIsNoState(t *testing.T) {
	texts := []string{
		"Teachers will get 7.5 percent over two years after the union and the government agreed a deal.",
		"Penny-pinching Finance Minister Rolf Danneker put the bill at 610 million crowns.",
		"Education Minister Lisbeth Kornwall said the deal was fair and affordable.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	a, ev, _ := s.Side(attrib.Speaker{Name: "Rolf Danneker", Kind: attrib.Person, Role: "Penny-pinching Finance Minister"})
	b, _, _ := s.Side(attrib.Speaker{Name: "Lisbeth Kornwall", Kind: attrib.Person, Role: "Education Minister"})
	if a == "Penny-pinching" || a != b {
		t.Errorf("finance minister's side %q (%s), education minister's %q: want one government", a, ev, b)
	}
}
