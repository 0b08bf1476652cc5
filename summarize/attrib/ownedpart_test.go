package attrib

import "testing"

// A body a role or a speaker names as a part of a body named by its kind
// ("the group's Supreme Council") is named by the owner the article gives
// it: the body of that kind named before, or the body of the spokesman it
// called "the group's spokesman". A possessive of no body, one in a
// relation other than membership ("a critic of"), or one whose owner the
// article does not give is left as written.
func TestOwnedPartNamesItsOwner(t *testing.T) {
	const group = "The militant group Kessar Front rejected a ceasefire offer on Monday."
	cases := []lastSpeakerCase{
		{"member of the group's council", []string{group, "Omar Valdi, a member of the group's Supreme Council, said the offer was an insult."},
			"Omar Valdi / a member of Kessar Front's Supreme Council"},
		{"head of the union's committee", []string{"The Tarn Dockworkers Union called a strike at the port.", "Piet Larsen, head of the union's executive committee, said workers were angry."},
			"Piet Larsen / head of Tarn Dockworkers Union's executive committee"},
		{"the group of the spokesman who spoke", []string{"“We will answer this,” Kessar Front spokesman Rami Tadesse said.", "The group's spokesman added that the raids would not stop it.",
			"Lena Sorr, a member of the group's Supreme Council, said the raids were a crime."},
			"Lena Sorr / a member of Kessar Front's Supreme Council"},
		{"the group's bureau speaks", []string{group, "The group's political bureau said it would study any new proposal."},
			"Kessar Front's political bureau / "},
		{"a critic of the group's leadership", []string{group, "Omar Valdi, a critic of the group's leadership, said the offer was fair."},
			"Omar Valdi / a critic of the group's leadership"},
		{"the group's demands", []string{group, "Omar Valdi, the author of the group's demands, said the offer was an insult."},
			"Omar Valdi / the author of the group's demands"},
		{"no group named", []string{"Omar Valdi, a member of the group's Supreme Council, said the raids were a crime."},
			"Omar Valdi / a member of the group's Supreme Council"},
	}
	runLastSpeaker(t, cases)
}

// lastSpeakerCase is a story's paragraphs and the last statement's
// speaker and role it should give, as "Name / role".
type lastSpeakerCase struct {
	name  string
	paras []string
	want  string
}

// runLastSpeaker checks the speaker and role of each case's last
// statement.
func runLastSpeaker(t *testing.T, cases []lastSpeakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := Extract(c.paras)
			if len(an.Statements) == 0 {
				t.Fatalf("no statement in %q", c.paras)
			}
			sp := an.Statements[len(an.Statements)-1].Speaker
			if got := sp.Name + " / " + sp.Role; got != c.want {
				t.Errorf("speaker %q, want %q", got, c.want)
			}
		})
	}
}
