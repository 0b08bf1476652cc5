package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestGroupOfMembersIsNoCompany covers a body named by its members
// ("Brennholt Residents' Action Group", "Varnian Fishermen's Group"):
// no company "the company" may stand for, while a business named with
// "Group" is one.
func TestGroupOfMembersIsNoCompany(t *testing.T) {
	for _, tc := range []struct {
		texts []string
		want  string
	}{
		{[]string{"The Brennholt Residents' Action Group said it had warned of the danger for years.",
			"The company says the hall held around 180 tonnes, within its permitted limit."}, ""},
		{[]string{"The Halden Group said it had warned of the danger for years.",
			"The company says the hall held around 180 tonnes, within its permitted limit."}, "Halden Group"},
	} {
		an := attrib.Extract(tc.texts)
		s := NewStory([]attrib.Analysis{an}, tc.texts)
		if got := s.storyCompany(); got != tc.want {
			t.Errorf("%q: the story's company %q, want %q", tc.texts[0], got, tc.want)
		}
		if got, _ := s.firmFor("the company", "company"); got != tc.want {
			t.Errorf("%q: the company is %q, want %q", tc.texts[0], got, tc.want)
		}
	}
}
