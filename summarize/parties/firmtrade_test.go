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

// A housebuilder named by its trade ("Greyloft Homes", "Marrow
// Developments") is the story's company, whose chief executive speaks
// for it when a role says "the company's".
func TestHousebuilderIsTheCompany(t *testing.T) {
	for _, firm := range []string{"Greyloft Homes", "Marrow Developments"} {
		texts := []string{
			"The council voted to sell the market hall to " + firm + " for 14 million crowns.",
			`"We are not bulldozing history," said Marten Skelby, the company's chief executive.`,
			"Traders said " + firm + " had never consulted them.",
		}
		an := attrib.Extract(texts)
		s := NewStory([]attrib.Analysis{an}, texts)
		sp := attrib.Speaker{Name: "Marten Skelby", Kind: attrib.Person, Role: "the company's chief executive"}
		if p, ev, _ := s.Side(sp); p != firm {
			t.Errorf("%s: side %q (%s), want %q", firm, p, ev, firm)
		}
	}
}
