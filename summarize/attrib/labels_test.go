package attrib

import (
	"strings"
	"testing"
)

// A transcript's speaker labels: the turn of someone interviewed is
// theirs, sentence by sentence; an anchor's or a reporter's turn is
// narration; a letter's salutation names no one who speaks.
func TestSpeakerLabels(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // speaker | role | text prefix, in order
	}{
		{"a post in brackets",
			[]string{"JORAN METT (SKIPPER, ILKA MAY): They didn't fire any flares. They hit us twice."},
			[]string{"Joran Mett | Skipper, Ilka May | They didn't fire"}},
		{"initials in the post",
			[]string{"DOUGLAS HARW (CEO, VERIMONT): Nobody who needs it will go without it."},
			[]string{"Douglas Harw | CEO, Verimont | Nobody"}},
		{"a reporter answering the anchor by name",
			[]string{"ANCHOR (ALANA PRES): Daniel, what are patients saying?", "DANIEL OKAF: Alana, the anger is real. I spent yesterday at the hospital."},
			nil},
		{"a rank before the name",
			[]string{"CMDR. PIET HALL (KESSAR COAST GUARD): Our crew followed every procedure."},
			[]string{"Piet Hall | Kessar Coast Guard | Our crew"}},
		{"no post, in the first person",
			[]string{"KORVA: We were attacked at two in the morning."},
			[]string{"Korva |  | We were attacked"}},
		{"the anchor and the reporter narrate",
			[]string{"ANCHOR (RUTH ELLAN): Good evening.", "TOMAS BREV: Ruth, the boat limped in. The skipper, Joran Mett, said the crew was safe."},
			[]string{"Joran Mett | skipper | The skipper"}},
		{"a post after a comma",
			[]string{"PETRA HALV, INTERIOR MINISTER: Ballot boxes were stuffed in three towns."},
			[]string{"Petra Halv | Interior Minister | Ballot boxes"}},
		{"one name and no first person",
			[]string{"DRAVIC: Receiving stolen goods does not make them yours."},
			[]string{"Dravic |  | Receiving"}},
		{"a reporter who tells what others said",
			[]string{"MIRA CAST: I spoke to the premier, Ilse Korv. She told me the result was final."},
			[]string{"Ilse Korv |  | She told me"}},
		{"an interviewee who speaks of what others say",
			[]string{"VERHOEK (RESEARCHER): The passwords were there. Anyone who says otherwise has not looked."},
			[]string{"Verhoek | Researcher | The passwords"}},
		{"an interviewer who puts what a body says",
			[]string{"ARTHUR DELL: The museum says it bought them from a dealer."},
			nil},
		{"a guest who says what the law says",
			[]string{"PRESENTER: Good morning.", "JONAS BRAND: Those were spoiled ballots, set aside exactly as the law says.", "CLARA NOVA: That is not true.", "JONAS BRAND: No observer was asked to leave."},
			[]string{"Jonas Brand |  | Those were spoiled", "Clara Nova |  | That is not true", "Jonas Brand |  | No observer"}},
		{"an answer that opens with no",
			[]string{"ANNA FROST (PRESENTER): Did you ignore the warnings?", "OLAF BREN: No, and I think that is unfair to my staff."},
			[]string{"Olaf Bren |  | No, and I think"}},
		{"a guest who speaks for a group and says what another said",
			[]string{"ANNA FROST (PRESENTER): With us is Lisa Krantz.", "LISA KRANTZ: Our members had no water for four days. Mr Bren says supplies are safe."},
			[]string{"Lisa Krantz |  | Our members had no water for four days. Mr Bren says"}},
		{"the presenter named in brackets, then by surname",
			[]string{"PRESENTER (Anna Voss): Good morning.", "VOSS: Dr Reyke, is a strike on the table?", "REYKE: It is exactly that.", "VOSS: The clinic will close in March."},
			[]string{"Reyke |  | It is exactly"}},
		{"an answer that opens with a number",
			[]string{"ANNA FROST (PRESENTER): How many routes go?", "FELIX DORR: It is not true that we did not consult.", "FELIX DORR: Two, the number 4 and the number 9."},
			[]string{"Felix Dorr |  | It is not true", "Felix Dorr |  | Two, the number"}},
		{"the presenter named in capitals in brackets, then by surname",
			[]string{"PRESENTER (ANNA KOVIC): Good morning.", "KOVIC: The aviation authority was not told about these reports. Dario Pell?", "DARIO PELL: We told them in March."},
			[]string{"Dario Pell |  | We told them"}},
		{"a letter's salutation",
			[]string{"DEAR ABBY: My husband and I were leaving a restaurant when the manager shouted at us."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, st := range Extract(tc.paras).Statements {
				got = append(got, st.Speaker.Name+" | "+st.Speaker.Role+" | "+st.Text)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("statements %q, want %q", got, tc.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tc.want[i]) {
					t.Errorf("statement %d = %q, want prefix %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestInterviewersPremiseIsNoClaim covers what a presenter puts to the
// guest before a question ("Minister, Varosia says you came with
// fourteen names. What happened?"): no one's claim, while a presenter's
// turn that only reports stays narration read as any other.
func TestInterviewersPremiseIsNoClaim(t *testing.T) {
	runRules(t, []ruleCase{
		{"a side's words put to the guest", []string{
			"PRESENTER: Minister, Varosia says you turned up at the bridge with fourteen names.",
			"ORBELI: That is simply untrue. We brought the agreed list."}, []string{"Orbeli"}},
		{"a side's words before a question", []string{
			"PRESENTER: The organisers say their water was tested every day. Was it?",
			"REDDICK: Then let them publish the results."}, []string{"Reddick"}},
		{"a presenter's report with no question", []string{
			"PRESENTER: The ministry says fourteen people have died in the floods.",
			"KALE: We are still searching the valley."}, []string{"ministry", "Kale"}},
	})
}

// TestPresenterNamedBeforeHerLabel covers a presenter the article names
// with her post and her whole name before the transcript labels her by
// her surname alone ("our presenter Hannah Croft spoke to ... CROFT:"):
// her turns are narration, no statements of hers.
func TestPresenterNamedBeforeHerLabel(t *testing.T) {
	paras := []string{
		"Earlier our presenter Hannah Croft spoke to Major Daria Koval, spokeswoman for the Dostravan Ministry of Defence.",
		"CROFT: Then who did? Your side says nothing fired.",
		"KOVAL: The village head is wrong. Our units never fired.",
	}
	for _, st := range Extract(paras).Statements {
		if st.Paragraph == 1 && strings.Contains(st.Speaker.Name, "Croft") {
			t.Errorf("the presenter's turn given to her: %+v", st)
		}
	}
}
