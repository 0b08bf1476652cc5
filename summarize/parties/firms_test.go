package parties

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A descriptive noun phrase for a company ("the social media giant", "the
// tech firm", "the Tarsian carmaker") speaks for the story's company its
// modifiers fit, else the story's one company, else the one company-like
// organisation that speaks; two candidates and nothing to choose between
// them is said, not guessed.
func TestDescriptiveFirmPhrase(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		cue   string   // words of the statement's sentence
		side  string   // "" for no side
		why   string   // words of the evidence
		other []string // an earlier article of the story
	}{
		{"the story's one company, which sued", []string{
			"The social media giant called Varga's exit plan \"a sham\" in the papers it filed."},
			"a sham", "Brenlo Holdings", "one company", []string{
				"Brenlo Holdings has sued Oskar Varga to make him finish buying the platform.",
				"Ostrand said it had no part in the deal and would not bid for the platform at all."}},
		{"a carmaker is no airline, the story's one company", []string{
			"The airline Skyvane said on Monday that the strike had grounded half of its fleet.",
			"Oskarna said it would build a new car plant in the north of the country next year.",
			"The carmaker said the new plant would employ two thousand people by the end of the decade."},
			"two thousand people", "Oskarna", "speaks", nil},
		{"described in another article", []string{
			"The streaming giant said later that no offer would change its plans for the studio."},
			"no offer would change", "Ostrand", "describe", []string{
				"Ostrand, the streaming giant, said the rival offer undervalued the studio's catalogue.",
				"Kestwick said it would raise its bid for the studio next week, whatever the cost."}},
		{"the one company that speaks", []string{
			"Brenlo has sued Oskar Varga to make him finish buying it.",
			"Brenlo said the deal was binding and that Varga had no right to walk away from it.",
			"In the filing, the social media giant called Varga's exit plan \"a model of deceit\"."},
			"model of deceit", "Brenlo", "speaks", nil},
		{"the company the texts describe so", []string{
			"Ostrand, the streaming giant, said the rival offer undervalued its catalogue.",
			"Kestwick said it would raise its bid for the studio next week.",
			"The streaming giant said later that no offer would change its plans for the studio."},
			"no offer would change", "Ostrand", "describe", nil},
		{"an origin the texts give one company", []string{
			"The Tarsian carmaker Volvar said it would cut output at its northern plant.",
			"Hemming Motors said it would keep its plants open through the winter months.",
			"The Tarsian carmaker said the cuts were needed because demand had fallen sharply."},
			"demand had fallen", "Volvar", "describe", nil},
		{"a bare noun and the story's one company", []string{
			"The airline Skyvane said on Monday that the strike had grounded half of its fleet.",
			"The airline said that all flights from the hub would be cancelled until Friday."},
			"flights from the hub", "Skyvane", "one company", nil},
		{"two companies speak and nothing chooses", []string{
			"Kestwick said it would raise its bid for the studio next week.",
			"Ostrand said the rival offer undervalued the studio's catalogue by far.",
			"The tech firm said it would not comment on the talks with the studio until they were over, whatever the outcome."},
			"not comment on the talks", "", "may be any", nil},
		{"an origin no company is described by", []string{
			"Kestwick said it would raise its bid for the studio next week.",
			"Ostrand said the rival offer undervalued the studio's catalogue by far.",
			"The Tarsian carmaker said that it would keep its plants open all winter."},
			"plants open all winter", "", "fits none", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, an := storyOf(tc.paras, tc.other)
			st := statementWith(t, an, tc.cue)
			p, ev, ok := s.Side(Described(st))
			if !ok {
				p = ""
			}
			// The evidence is checked where this rule decides: attrib
			// may resolve the phrase to its company itself.
			if p != tc.side || (tc.side == "" || tc.other != nil) && !strings.Contains(ev, tc.why) {
				t.Errorf("side %q (%s), want %q (%s); speaker %+v", p, ev, tc.side, tc.why, Described(st))
			}
		})
	}
}

// The modifiers of a firm noun are read from the statement's sentence.
func TestDescribed(t *testing.T) {
	tests := []struct{ text, generic, want string }{
		{`As the filing shows, the social media giant called it "a sham".`, "giant", "social media giant"},
		{"The tech firm said it would appeal.", "firm", "tech firm"},
		{"The firm said it would appeal.", "firm", "firm"},
		{"Analysts said the Tarsian state-owned carmaker would appeal.", "carmaker", "tarsian state-owned carmaker"},
	}
	for _, tc := range tests {
		st := attrib.Statement{Text: tc.text, Speaker: attrib.Speaker{Name: tc.generic, Kind: attrib.Body, Generic: tc.generic}}
		if got := Described(st).Name; got != tc.want {
			t.Errorf("Described(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A one-word body the texts also write after a first name ("Lewis Ward")
// is a person's surname, no company that speaks.
func TestSurnameIsNoActingFirm(t *testing.T) {
	paras := []string{
		"Lewis Ward, an analyst, said the console would struggle to find buyers this year.",
		"\"They need more games,\" Ward says of the launch, which came late.",
		"The company has promised that many more games will arrive by the end of the year."}
	an := attrib.Extract(paras)
	s := NewStory([]attrib.Analysis{an}, []string{strings.Join(paras, "\n\n")})
	for _, st := range an.Statements {
		if p, ev, ok := s.Side(Described(st)); ok && strings.Contains(st.Text, "promised") && p == "Ward" {
			t.Errorf("side %q (%s) for the company", p, ev)
		}
	}
}

// "Its site director" after "the company" spoke is a post of the story's
// one company.
func TestPostOfTheStorysCompany(t *testing.T) {
	s := story("Brenlo Chemicals said its discharges had stayed within its permit.",
		"The company has admitted that a valve failed. Its site director, Ada Renn, has said the river poses no risk.")
	p, ev, _ := s.Side(attrib.Speaker{Name: "Ada Renn", Role: "the company's site director", Kind: attrib.Person})
	if p != "Brenlo Chemicals" {
		t.Errorf("side %q (%s), want Brenlo Chemicals", p, ev)
	}
}
