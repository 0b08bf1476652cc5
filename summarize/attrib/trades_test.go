package attrib

import "testing"

// TestTradeBeforeAName covers a worker's trade opening a sentence before
// the name ("Welder Pavel Duric", "Docker Ana Lopes"): the role, no word
// of the name.
func TestTradeBeforeAName(t *testing.T) {
	runRules(t, []ruleCase{
		{"a welder", []string{"Welder Pavel Duric said the pipe had been leaking for weeks before the breach."}, []string{"Pavel Duric"}},
		{"a docker", []string{"Docker Ana Lopes said the cranes had stood idle since Monday morning."}, []string{"Ana Lopes"}},
	})
}
