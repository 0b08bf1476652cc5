package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestCompanysPostOfAFirmNamedByItsTrade covers "the company's chief
// executive" in a story whose one business is named by its trade
// ("Kestrel Biopharma") beside a regulator: the business's side.
func TestCompanysPostOfAFirmNamedByItsTrade(t *testing.T) {
	texts := []string{
		"The Varnian Authority for Consumers and Markets fined Kestrel Biopharma 186 million euros on Monday.",
		"The company's chief executive, Annelies Kroon, said the regulator had mistaken ordinary contacts for collusion.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	sp := attrib.Speaker{Name: "Annelies Kroon", Kind: attrib.Person, Role: "company's chief executive"}
	if p, ev, _ := s.Side(sp); p != "Kestrel Biopharma" {
		t.Errorf("side %q (%s), want Kestrel Biopharma", p, ev)
	}
}
