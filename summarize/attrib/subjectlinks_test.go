package attrib

import "testing"

// TestSubjectsPastLinksAndPlaces covers a subject kept apart from its
// cue by a phrase that links the sentence to the one before ("for their
// part", "however", "in turn"), a body given with where it sits
// ("according to the government in Sallowick"), and "the government"
// after a press conference held at a building whose name opens with the
// word ("Government House"), which is no short name of it.
func TestSubjectsPastLinksAndPlaces(t *testing.T) {
	lead := `Prime Minister Severin Aldacross said Belcaria would go to arbitration. "Our patience is not infinite," he told a press conference at Government House.`
	tests := []struct {
		name, text, want string
	}{
		{"for their part", "Tarvonian officials, for their part, say they informed the commission in January.", "Tarvonian officials"},
		{"however", "The Sevra River Commission, however, says the flow fell by a third.", "Sevra River Commission"},
		{"in turn", "Tarvonian officials, in turn, say the dam was built lawfully.", "Tarvonian officials"},
		{"a government where it sits", "The cause, according to the government in Sallowick, lies upstream.", "government of Sallowick"},
		{"the government", "The government said the dam was illegal.", "government"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := Extract([]string{lead, tc.text})
			got := ""
			for _, st := range an.Statements {
				if st.Paragraph == 1 {
					got = st.Speaker.Name
				}
			}
			if got != tc.want {
				t.Errorf("speaker %q, want %q", got, tc.want)
			}
		})
	}
}
