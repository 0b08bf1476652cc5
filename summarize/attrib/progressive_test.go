package attrib

import (
	"strings"
	"testing"
)

// A cue in the progressive is a finite cue, not a passive: "The
// association is demanding a 14 percent rise", "the union is calling for
// an inquiry", "Democrats are alleging"; a progressive of a verb that is
// no cue ("talks are dragging on") and a passive ("was demanded by")
// are not.
func TestProgressiveCue(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"The Velmoran Pilots' Association is demanding a 14 percent pay rise over two years.", "Velmoran Pilots' Association"},
		{"The Velmoran Pilots' Association is calling for an independent inquiry into the rosters.", "Velmoran Pilots' Association"},
		{"Opposition Democrats are alleging that the call was irregular.", "Opposition Democrats"},
		{"Talks between the Velmoran Pilots' Association and Skyvale are dragging on.", ""},
	}
	for _, tc := range tests {
		an := Extract([]string{tc.text})
		got := ""
		if len(an.Statements) > 0 {
			got = an.Statements[0].Speaker.Name
		}
		if got != tc.want {
			t.Errorf("%q: speaker %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A stretch between commas after a name that opens with a verb is the
// name's predicate, not a post: "Skyvale's chief executive, Maurits
// Oldenkamp, has accused the union of holding the season hostage, and
// the company says ..." gives him no role that names the union.
func TestPredicateAfterANameIsNoRole(t *testing.T) {
	paras := []string{
		"Pilots at Skyvale Airways walked out on Friday, the Velmoran Pilots' Union said.",
		"Skyvale's chief executive, Maurits Oldenkamp, has accused the union of holding the summer season hostage, and the company says its rosters meet every legal requirement.",
	}
	if role, _ := roleOf(paras, "Maurits Oldenkamp"); strings.Contains(role, "union") {
		t.Errorf("role %q, want no role that names the union", role)
	}
}

// A one-word name with an age after it is a person's, not a body's
// ("said Dominik, 34, a support engineer"); a one-word name with none
// stays what else the article makes of it.
func TestOneNameWithAnAgeIsAPerson(t *testing.T) {
	an := Extract([]string{`"I got an email at seven and a meeting at eight," said Dominik, 34, a support engineer with two children.`})
	if len(an.Statements) != 1 || an.Statements[0].Speaker.Name != "Dominik" || an.Statements[0].Speaker.Kind != Person {
		t.Errorf("statements %+v, want one by the person Dominik", an.Statements)
	}
}

// The lower-case nouns just before a name that the subject phrase did
// not take in are the person's role ("hospital administrator Vesna
// Korda", "Retired border police colonel Anton Druska, who served on the
// river, said"), never a cue before an inverted name ("comments Robin
// Biesbroek of the CDF").
func TestRoleWordsBeforeAName(t *testing.T) {
	tests := []struct {
		text, name, role string
	}{
		{"Seven people were treated at Lenmark District Hospital, hospital administrator Vesna Korda said.", "Vesna Korda", "hospital administrator"},
		{"Retired border police colonel Anton Druska, who served on the river for 22 years, said the sides had been spoiling for a fight.", "Anton Druska", "Retired border police colonel"},
		{`"We worked on the architecture of the spacecraft," comments Robin Biesbroek of the CDF.`, "Robin Biesbroek", "of CDF"},
	}
	for _, tc := range tests {
		an := Extract([]string{tc.text})
		if len(an.Statements) != 1 || an.Statements[0].Speaker.Name != tc.name || !strings.Contains(an.Statements[0].Speaker.Role, tc.role) ||
			strings.Contains(an.Statements[0].Speaker.Role, "comments") {
			t.Errorf("%q: statements %+v, want %s with a role holding %q", tc.text, an.Statements, tc.name, tc.role)
		}
	}
}

// People a reporter put questions to ("suppliers contacted by HealthTech
// Bulletin said") speak for themselves: the outlet that asked them is no
// speaker.
func TestAskedByAnOutletIsNoSpeaker(t *testing.T) {
	an := Extract([]string{"Several suppliers contacted by HealthTech Bulletin said they had received the instruction on Sunday."})
	for _, st := range an.Statements {
		if st.Speaker.Name == "HealthTech Bulletin" {
			t.Errorf("statement %+v given to the outlet that asked", st)
		}
	}
}

// A hyphenated adjective that opens a sentence names no one ("Penny-
// pinching shoppers and farmers cheered"), and a participle after a
// plural possessive is no cue ("to block Pellmark Stores' proposed
// takeover").
func TestAdjectivesAreNoSpeakers(t *testing.T) {
	for _, text := range []string{
		"Penny-pinching shoppers and farmers cheered as the regulator blocked the takeover.",
		"The authority's decision to block Pellmark Stores' proposed 2.4 billion acquisition of Hestway Markets removes the prospect of a single buyer.",
	} {
		for _, st := range Extract([]string{text}).Statements {
			t.Errorf("%q: statement by %q, want none", text, st.Speaker.Name)
		}
	}
}
