package attrib

import (
	"strings"
	"testing"
)

// Every sentence gets a decision: the cue, the mention and how it was
// resolved, or why it gave nothing.
func TestDecisions(t *testing.T) {
	an := Extract([]string{
		"Ilse Brandt, the mayor, opened the new harbour bridge on Monday.",
		"Piotr Hale, a shipping agent, watched from the quay.",
		"The bridge was declared open after a short ceremony.",
		"Brandt defended its cost of 40 million crowns.",
		`"It will pay for itself within ten years," she said.`,
		"Ten ships passed under it before noon.",
	})
	if len(an.Decisions) != 6 {
		t.Fatalf("%d decisions for 6 sentences", len(an.Decisions))
	}
	for i, d := range an.Decisions {
		if d.Sentence != i || d.Text == "" {
			t.Errorf("decision %d = %+v: wrong sentence or no text", i, d)
		}
	}
	checks := []struct {
		i              int
		stated         bool
		reason, cue    string
		resolutionPart string
	}{
		{2, false, reasonPassive, "", ""},
		{4, true, reasonStatement, "said", "pronoun 'she' -> Ilse Brandt"},
		{5, false, reasonNoCue, "", ""},
	}
	for _, c := range checks {
		d := an.Decisions[c.i]
		if d.Stated != c.stated || d.Reason != c.reason || d.Cue != c.cue || !strings.Contains(d.Resolution, c.resolutionPart) {
			t.Errorf("decision %d = %+v, want stated=%v reason %q cue %q resolution with %q", c.i, d, c.stated, c.reason, c.cue, c.resolutionPart)
		}
	}
	if d := an.Decisions[4]; d.CueAt != 2 || d.Mention != "she" || d.Speaker != "Ilse Brandt" {
		t.Errorf("decision 4 = %+v, want the cue at index 2, mention she, speaker Ilse Brandt", d)
	}
}

// A cue whose subject names no one abstains with that reason.
func TestDecisionCueWithoutSpeaker(t *testing.T) {
	an := Extract([]string{"Many warned that the harbour fees would rise again next spring."})
	d := an.Decisions[0]
	if d.Stated || d.Cue != "warned" || d.Reason != reasonNoSpeaker {
		t.Errorf("decision = %+v, want the cue 'warned' and %q", d, reasonNoSpeaker)
	}
}

// A run of one speaker's statements joins only sentences that follow one
// another, so that its text stands in the article as written.
func TestRunsStayVerbatim(t *testing.T) {
	para := `"The river died in a weekend," said Ada Rusk, the anglers' secretary. ` +
		`The anglers met in the town hall that night. The water board met the next morning. ` +
		`Rusk said the dead fish began at the outfall and ran downstream from it.`
	an := Extract([]string{para})
	for _, st := range an.Statements {
		if !strings.Contains(para, st.Text) {
			t.Errorf("statement text %q is not in the paragraph", st.Text)
		}
	}
	if len(an.Statements) != 2 {
		t.Errorf("%d statements, want the two sentences apart", len(an.Statements))
	}
}

// A sentence between two statements of one speaker joins their run only
// when it names or quotes the speaker (a cue, "according to", a
// quotation); a sentence of narrative ends the run.
func TestRunBridges(t *testing.T) {
	tests := []struct {
		name string
		para string
		want int // statements
	}{
		{"narrative ends the run",
			`Union leader Ada Rusk said the offer was an insult to the night crews. ` +
				`Rusk pressed for a better offer at a short meeting with the board. ` +
				`She said the crews would stay out until the board moved.`, 2},
		{"a bare attribution joins it",
			`"The offer is an insult," Ada Rusk said on Monday. ` +
				`Rusk told reporters. ` +
				`"The crews will stay out until the board moves."`, 1},
		{"according to joins it",
			`The Tessel Water Board said it had ordered the plant to stop pumping. ` +
				`According to the board's notice, the samples held three times the permitted level of ammonia. ` +
				`The board said it expected laboratory results on Friday.`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Extract([]string{tt.para})
			if len(an.Statements) != tt.want {
				t.Errorf("%d statements, want %d: %+v", len(an.Statements), tt.want, an.Statements)
			}
			for _, st := range an.Statements {
				if !strings.Contains(tt.para, st.Text) {
					t.Errorf("statement text %q is not in the paragraph", st.Text)
				}
			}
		})
	}
}
