package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A capital the gazetteer does not know stands for the state the texts
// name it the capital of ("Harnaby denied it"), written in any of the
// usual orders; a capital word of no state the story knows stays itself.
func TestCapitalStandsForItsState(t *testing.T) {
	for _, tc := range []struct {
		name, seat, want string
		texts            []string
	}{
		{"the X capital Y", "Harnaby", "Vellmark", []string{
			"Vellmark Foreign Minister Ada Kell said the island was Vellmark's. In the Vellmark capital Harnaby, the claim was repeated.",
			"Tarsenian Defence Minister Petra Vash said Vellmark troops had landed.",
		}},
		{"Y, the capital of X", "Harnaby", "Vellmark", []string{
			"Vellmark Foreign Minister Ada Kell said the island was Vellmark's. Crowds gathered in Harnaby, the capital of Vellmark.",
			"Tarsenian Defence Minister Petra Vash said Vellmark troops had landed.",
		}},
		{"X's capital, Y", "Casmir", "Tarsenia", []string{
			"Tarsenian Defence Minister Petra Vash spoke in Tarsenia's capital, Casmir, on Monday.",
			"Vellmark Foreign Minister Ada Kell said the island was Vellmark's.",
		}},
		{"no state", "Orlen", "Orlen", []string{
			"The Tarn Rowing Club said the race would go ahead. In the Harbour capital Orlen, crowds gathered.",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := attrib.Extract(tc.texts)
			s := NewStory([]attrib.Analysis{an}, tc.texts)
			if p, ev, _ := s.Side(attrib.Speaker{Name: tc.seat, Kind: attrib.Body}); p != tc.want {
				t.Errorf("side %q (%s), want %q", p, ev, tc.want)
			}
		})
	}
}

// A state's body, named with the state's possessive or as its embassy,
// is the state's side, as its minister is: the ministry's spokeswoman and
// the embassy show under their states, not as sides of their own.
func TestStatesBodyIsTheState(t *testing.T) {
	texts := []string{
		"Tarvania's Interior Ministry said the opposition leader had been detained lawfully.",
		"Interior Minister Stefan Karvel said the charges were serious. Tarvania's courts would decide, he said.",
		"Ministry spokeswoman Maja Orlick said the detention was legal.",
		"The Embassy of Aldmark said it was alarmed by the arrest. Aldmark's foreign ministry called it political.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, tc := range []struct {
		sp   attrib.Speaker
		want string
	}{
		{attrib.Speaker{Name: "Maja Orlick", Kind: attrib.Person, Role: "ministry spokeswoman"}, "Tarvania"},
		{attrib.Speaker{Name: "Tarvania's Interior Ministry", Kind: attrib.Body}, "Tarvania"},
		{attrib.Speaker{Name: "Embassy of Aldmark", Kind: attrib.Body}, "Aldmark"},
	} {
		if p, ev, _ := s.Side(tc.sp); p != tc.want {
			t.Errorf("%s: side %q (%s), want %q", tc.sp.Name, p, ev, tc.want)
		}
	}
}

// A spokeswoman named by the head of a state agency's name in lower case
// ("a directorate spokeswoman") speaks for the story's agency of that
// head.
func TestAgencyHeadInARole(t *testing.T) {
	texts := []string{
		"The Federal Environmental Protection Directorate banned the Kerrow Ridge mine on Monday.",
		`"The decision rests on the science," a directorate spokeswoman, Ilse Danfort, said in a statement.`,
		"Brannock Minerals said it would sue.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	sp := attrib.Speaker{Name: "Ilse Danfort", Kind: attrib.Person, Role: "directorate spokeswoman"}
	if p, ev, _ := s.Side(sp); p != "Federal Environmental Protection Directorate" {
		t.Errorf("side %q (%s), want the directorate", p, ev)
	}
}

// A body's kind before a title ("club chairman", "league spokeswoman",
// "agency director") is part of the role: the holder speaks for the
// story's body of that kind, not for the body the sentence before named.
func TestKindBeforeATitle(t *testing.T) {
	texts := []string{
		"The Tavendel Anglers' Club accused Brindlecote of releasing wastewater into the river.",
		"The Ostvale Regional Water Agency said phosphate levels were four times the limit.",
		`"Our members have watched a green plume for weeks," club chairman Gerrit Maulby said.`,
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, st := range an.Statements {
		if st.Speaker.Name != "Gerrit Maulby" {
			continue
		}
		if p, ev, _ := s.Side(st.Speaker); p != "Tavendel Anglers' Club" {
			t.Errorf("side %q (%s, role %q), want the anglers' club", p, ev, st.Speaker.Role)
		}
		return
	}
	t.Errorf("no statement by Gerrit Maulby")
}

// A business introduced by what kind it is in an appositive that opens
// with a possessive ("Grennock Foodhalls, the country's third-largest
// supermarket chain,") is the story's company: its chief executive and "a
// spokeswoman for the company" speak for it.
func TestChainIntroducedWithAPossessive(t *testing.T) {
	texts := []string{
		"Grennock Foodhalls, the country's third-largest supermarket chain, said on Tuesday it would close 40 stores.",
		"Chief executive Daniel Orrick told analysts the stores were losing money.",
		"A spokeswoman for the company, Helen Farrow, said staff would be offered other jobs.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	if len(an.Statements) != 3 {
		t.Fatalf("statements %+v, want three", an.Statements)
	}
	for _, st := range an.Statements {
		if p, ev, _ := s.Side(st.Speaker); p != "Grennock Foodhalls" {
			t.Errorf("%s (role %q): side %q (%s), want Grennock Foodhalls", st.Speaker.Name, st.Speaker.Role, p, ev)
		}
	}
}

// A body named by a people's adjective and its kind ("the Belastran
// cooperative") is the story's one body of that kind, not the state the
// adjective names; the state's own words ("the Belastran navy") stay the
// state's.
func TestDemonymAndKindIsTheStorysBody(t *testing.T) {
	texts := []string{
		"The Mereth Banks Fishers' Cooperative says Corvennan crews slashed its nets.",
		"Belastra's foreign ministry said the boats were in Belastran waters. Corvenna's coastguard said they were not.",
		"The Belastran cooperative insists its boats never crossed the line.",
		"The Belastran navy said it had sent two patrol boats.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, tc := range []struct {
		sp   attrib.Speaker
		want string
	}{
		{attrib.Speaker{Name: "Belastran cooperative", Kind: attrib.Body, Generic: "cooperative"}, "Mereth Banks Fishers' Cooperative"},
		{attrib.Speaker{Name: "Belastran navy", Kind: attrib.Body, Generic: "navy"}, "Belastra"},
	} {
		if p, ev, _ := s.Side(tc.sp); p != tc.want {
			t.Errorf("%s: side %q (%s), want %q", tc.sp.Name, p, ev, tc.want)
		}
	}
}

// A unit named after its owner's post ("NASA's associate administrator
// of the Science Mission Directorate") is the owner's, whose side the
// post holder speaks for.
func TestUnitAfterItsOwnersPost(t *testing.T) {
	texts := []string{
		"NASA picked nine companies to bid for lunar deliveries.",
		`"The initiative was designed to get to the Moon quickly," said Thomas Zurbuchen, NASA's associate administrator of the Science Mission Directorate.`,
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	sp := attrib.Speaker{Name: "Thomas Zurbuchen", Kind: attrib.Person, Role: "NASA's associate administrator of the Science Mission Directorate"}
	if p, ev, _ := s.Side(sp); p != "NASA" {
		t.Errorf("side %q (%s), want NASA", p, ev)
	}
}
