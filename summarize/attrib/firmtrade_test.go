package attrib

import (
	"slices"
	"testing"
)

// TestCompanyNamedByItsTrade covers "the company" after a sentence that
// names a regulator, with its initials in brackets after a word of
// whose it is ("The Dutch Authority for Consumers and Markets (ACM)":
// initials, no stock ticker, so no company), and a business whose name
// ends in its trade ("Kestrel Biopharma"): the company is the business.
func TestCompanyNamedByItsTrade(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"initials after a regulator's name", []string{
			"The Varnian Authority for Consumers and Markets (ACM) has fined Kestrel Biopharma 186 million euros.",
			`In a statement, the company said it "firmly rejects" the findings.`,
		}, []string{"Kestrel Biopharma"}},
		{"a ministry whose remit ends in a trade's word is no business", []string{
			"Kessaria's Ministry of Environment and Water suspended the mine run by Orvanta Minerals.",
			"The company said the flow had been stopped within six hours of the breach.",
		}, []string{"Orvanta Minerals"}},
		{"an acronym with a letter no exchange writes, after the tail of a name", []string{
			"The Czech Office for the Protection of Competition (ÚOHS) froze the award to Hanák Rail.",
			"The company said it had won on the quality and lifetime cost of its trams.",
		}, []string{"Hanák Rail"}},
		{"a business named by a trade of services", []string{
			"Halvard Mobile blamed the breach on its contractor, Sentrix Billing, and hired Arclight Security to investigate.",
			"Sentrix Billing said its own systems had never been compromised by the attackers.",
		}, []string{"Halvard Mobile", "Sentrix Billing"}},
		{"a state's service is no business; a ferry operator is", []string{
			"The Caldarian Conciliation Service offered to host talks between Hallow Sound Ferries and the dockers' union.",
			"The company said its fuel bill had risen by 30% in a year.",
		}, []string{"Hallow Sound Ferries"}},
		{"a business named by a compound trade", []string{
			"The Serevian chemicals agency banned dravoxin, a pesticide made by Quellmann Agrochem.",
			"Quellmann Agrochem said it would appeal against the ban.",
		}, []string{"Quellmann Agrochem"}},
		{"a business by its trade after a body", []string{
			"The Tarn Competition Commission blocked the sale of Halvard Minerals on Monday.",
			"The company said it would appeal against the ruling and keep all three mines open.",
		}, []string{"Halvard Minerals"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, st := range Extract(tc.paras).Statements {
				got = append(got, st.Speaker.Name)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("speakers %q, want %q", got, tc.want)
			}
		})
	}
}

// A name that ends in a compound trade ("Quellmann Agrochem") is a
// business's, never a person's.
func TestCompoundTradeIsABody(t *testing.T) {
	for _, name := range []string{"Quellmann Agrochem", "Tarn Fertilisers", "Orlen Agritech", "Caldera Seafoods", "Vesk Breweries"} {
		an := Extract([]string{"The agency banned the pesticide on Monday.", name + " said it would appeal against the ban."})
		if len(an.Statements) != 1 || an.Statements[0].Speaker.Kind != Body {
			t.Errorf("%s: statements %+v, want one by a body", name, an.Statements)
		}
	}
}
