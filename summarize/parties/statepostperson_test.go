package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestStatesPostOfANameReadAsAPerson covers a state the texts give no
// demonym of, whose name reads like a person's surname the story gives
// ("Dellica" and "Anton Dellic"; an outlet's tabloid phrase "Brazen
// Kestran" is read as a name too): its possessive before a government's
// post still makes the post the state's.
func TestStatesPostOfANameReadAsAPerson(t *testing.T) {
	texts := []string{
		"Morvania raised tariffs on steel from Dellica on Monday, and the trade row between the two states deepened.\n\n" +
			"Dellica's trade minister, Oskar Rell, said the tariffs broke the 2019 accord.\n\n" +
			"Anton Dellic, a dock worker in Varro, said the tariffs would cost jobs.\n\n" +
			"Rell said Dellica would appeal to the regional trade court.\n\n" +
			"Morvania's prime minister, Ilse Kanto, accused Dellica of dumping steel for a decade.",
		"Dellica will not accept the tariffs, a spokeswoman for Dellica's foreign ministry said.\n\n" +
			"Kanto said Dellica had ignored three warnings.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, tc := range []struct {
		sp   attrib.Speaker
		want string
	}{
		{attrib.Speaker{Name: "Oskar Rell", Kind: attrib.Person, Role: "Dellica's trade minister"}, "Dellica"},
		{attrib.Speaker{Name: "Greta Amsel", Kind: attrib.Person, Role: "spokeswoman for Dellica's foreign ministry"}, "Dellica"},
		{attrib.Speaker{Name: "Ilse Kanto", Kind: attrib.Person, Role: "Morvania's prime minister"}, "Morvania"},
	} {
		if p, ev, _ := s.Side(tc.sp); p != tc.want {
			t.Errorf("%s (%s): side %q (%s), want %q", tc.sp.Name, tc.sp.Role, p, ev, tc.want)
		}
	}
}

// A body written with its state's possessive and its kind ("Lestria's
// competition authority") is the body whose name opens with the state's
// demonym ("the Lestrian Competition Authority"), not the state.
func TestStatesPossessiveBodyByItsDemonymName(t *testing.T) {
	texts := []string{
		"The Lestrian Competition Authority blocked the takeover of Hestway Markets by Pellmark Stores on Thursday.",
		"Lestria's competition authority said the deal would have harmed shoppers.",
		"Lestria's finance minister said the government had not leaned on the regulator.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	if p, ev, _ := s.Side(attrib.Speaker{Name: "Lestria's competition authority", Kind: attrib.Body}); p != "Lestrian Competition Authority" {
		t.Errorf("side %q (%s), want the Lestrian Competition Authority", p, ev)
	}
}
