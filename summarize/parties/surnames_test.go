package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// Two people of one surname named in two articles of a story stay two
// people: the son's statements are not the father's, whatever article
// names each, and the son's possessive finds the son.
func TestPeopleOfOneSurnameAcrossArticles(t *testing.T) {
	s, _ := storyOf([]string{"Joe Varga said the harbour bill would pass."},
		[]string{"Hunter Varga said he had done nothing wrong.", "Hunter Varga's lawyer said the charges would not stand."})
	joe, hunter := s.PersonKey("Joe Varga"), s.PersonKey("Hunter Varga")
	if joe == hunter {
		t.Fatalf("Joe and Hunter Varga share the key %q", joe)
	}
	if got := s.PersonKey("Hunter Varga's"); got != hunter {
		t.Errorf("PersonKey(Hunter Varga's) = %q, want %q", got, hunter)
	}
	if got := s.Canonical(attrib.Speaker{Name: "Hunter Varga", Kind: attrib.Person}).Name; got != "Hunter Varga" {
		t.Errorf("Canonical(Hunter Varga) = %q", got)
	}
	if got := s.PersonKey("Varga"); got != joe {
		t.Errorf("PersonKey(Varga) = %q, want the first named, %q", got, joe)
	}
}
