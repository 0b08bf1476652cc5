package attrib

import "testing"

// TestPostInAPerfectClause covers a relative clause that gives a post in
// the perfect ("who has led the coast guard since 2020"), after an age
// too, and after a rank before the name: the speaker's post.
func TestPostInAPerfectClause(t *testing.T) {
	tests := []struct {
		name, para, role string
	}{
		{"the perfect", "Jan Ketteler, who has led the coast guard since 2020, said the trawler had rammed the cutter.", "led the coast guard since 2020"},
		{"after an age", "Jan Ketteler, 58, who has led the coast guard since 2020, told reporters the trawler had rammed the cutter.", "led the coast guard since 2020"},
		{"after a rank", "Vice-Admiral Jan Ketteler, 58, who has led the coast guard since 2020, told reporters the trawler had rammed the cutter.", "Vice-Admiral, led the coast guard since 2020"},
	}
	if sts := Extract([]string{"“This was the fourth time I have been deported,” said Singh Jabarjung, 24, from Punjab’s Bhatinda."}).Statements; len(sts) != 1 || sts[0].Speaker.Role != "" {
		t.Errorf("statements %+v: where one is from is no post", sts)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sts := Extract([]string{tc.para}).Statements
			if len(sts) != 1 || sts[0].Speaker.Name != "Jan Ketteler" || sts[0].Speaker.Role != tc.role {
				t.Errorf("statements %+v, want Jan Ketteler with role %q", sts, tc.role)
			}
		})
	}
}
