package parties

import "testing"

// A body named with a possessive of another actor ("Kessar Front's
// Supreme Council", "the group's political bureau") belongs to that
// actor's side, whether a person's role names it or it speaks itself. A
// definite possessor ("the group's") is the body of that kind the article
// named before, or the body whose spokesman it has named; one it cannot
// resolve, and a possessive of anything but a body ("the group's
// demands"), change nothing.
func TestBodyOwnedByAnotherActor(t *testing.T) {
	const (
		group    = "The militant group Kessar Front rejected a ceasefire offer from Dornava on Monday."
		minister = "Dornavan Defence Minister Ivo Marek said the offer “remains on the table.”"
	)
	runOwnedCases(t, []ownedCase{
		{
			name:  "named possessor in a member's role",
			paras: []string{"Dornava shelled Kessar Front positions near the border.", "Omar Valdi, a member of Kessar Front's Supreme Council, said the raids were a crime."},
			cue:   "Omar Valdi",
			want:  "Kessar Front",
		},
		{
			name:  "definite possessor: the group named before",
			paras: []string{group, "Omar Valdi, a member of the group's Supreme Council, said the offer was an insult."},
			cue:   "Omar Valdi",
			want:  "Kessar Front",
		},
		{
			name:  "definite possessor after another side spoke",
			paras: []string{group, minister, "Omar Valdi, head of the group's Supreme Council, said the offer was an insult."},
			cue:   "Omar Valdi",
			want:  "Kessar Front",
		},
		{
			name: "definite possessor: the group whose spokesman spoke",
			paras: []string{"Dornava shelled the port overnight.", "“We will answer this,” Kessar Front spokesman Rami Tadesse said.",
				"The group's spokesman added that the raids would not stop its campaign.", minister,
				"Lena Sorr, a member of the group's Supreme Political Council, said: “These raids are a crime.”"},
			cue:  "Lena Sorr",
			want: "Kessar Front",
		},
		{
			name:  "a definite possessor's body speaks",
			paras: []string{group, minister, "The group's Supreme Council said the offer was an insult."},
			cue:   "Supreme Council",
			want:  "Kessar Front",
		},
		{
			name:  "a named possessor's bureau speaks",
			paras: []string{group, "Kessar Front's Political Bureau said it would study any new proposal."},
			cue:   "Political Bureau",
			want:  "Kessar Front",
		},
		{
			name:  "a definite possessor's lower-case bureau speaks",
			paras: []string{group, minister, "The group's political bureau said it would study any new proposal."},
			cue:   "political bureau",
			want:  "Kessar Front",
		},
	})
}

// A possessive the article gives no owner for, or one of no body, leaves
// the side as it was.
func TestPossessiveOfNoOwnedBody(t *testing.T) {
	runOwnedCases(t, []ownedCase{
		{
			name:  "no body of the kind named",
			paras: []string{"Dornava shelled the port overnight.", "Omar Valdi, a member of the group's Supreme Council, said the raids were a crime."},
			cue:   "Omar Valdi",
			want:  "Supreme Council",
		},
		{
			name:  "the group's demands are no body",
			paras: []string{"The militant group Kessar Front rejected a ceasefire offer on Monday.", "Omar Valdi, who backs the group's demands, said the offer was an insult."},
			cue:   "Omar Valdi",
			want:  "Omar Valdi",
		},
	})
}

// ownedCase is an article (its paragraphs) and the side wanted for the
// statement that holds cue.
type ownedCase struct {
	name  string
	paras []string
	cue   string // words of the statement whose side is checked
	want  string
}

func runOwnedCases(t *testing.T, cases []ownedCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, an := storyOf(c.paras, nil)
			st := statementWith(t, an, c.cue)
			if got, ev, _ := s.Side(st.Speaker); got != c.want {
				t.Errorf("Side(%+v) = %q (%s), want %q", st.Speaker, got, ev, c.want)
			}
		})
	}
}
