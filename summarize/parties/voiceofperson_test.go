package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestVoiceOfAPerson covers a spokesperson or an aide of a person of
// the story ("Joy Lamasan, spokesperson for Sumagaysay", "Sumagaysay's
// aide"): the person's side; and a vice or lieutenant governor, elected
// apart, who is no voice of the governor's office.
func TestVoiceOfAPerson(t *testing.T) {
	texts := []string{
		"Vice Governor Rodel Sumagaysay said he would take his oath on June 30.",
		"Former board member Liza Ferraren said the count was riddled with errors.",
		"Joy Lamasan, spokesperson for Sumagaysay, said his watchers had him 937 votes in front.",
		"Ferraren's aide, Nilo Belarmino, said the recount had wiped out the lead.",
		"Lieutenant Governor Ana Cruz said the count would be fair.",
		"Governor Paolo Reyes said the province would pay for the recount.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, tc := range []struct {
		sp   attrib.Speaker
		want string
	}{
		{attrib.Speaker{Name: "Rodel Sumagaysay", Kind: attrib.Person, Role: "Vice Governor"}, "Rodel Sumagaysay"},
		{attrib.Speaker{Name: "Joy Lamasan", Kind: attrib.Person, Role: "spokesperson for Sumagaysay"}, "Rodel Sumagaysay"},
		{attrib.Speaker{Name: "Nilo Belarmino", Kind: attrib.Person, Role: "Ferraren's aide"}, "Liza Ferraren"},
		{attrib.Speaker{Name: "Ana Cruz", Kind: attrib.Person, Role: "Lieutenant Governor"}, "Ana Cruz"},
		{attrib.Speaker{Name: "Paolo Reyes", Kind: attrib.Person, Role: "Governor"}, "Governor's Office"},
	} {
		if p, ev, _ := s.Side(tc.sp); p != tc.want {
			t.Errorf("%s: side %q (%s), want %q", tc.sp.Name, p, ev, tc.want)
		}
	}
}
