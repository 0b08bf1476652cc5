package attrib

import "testing"

// TestStormIsNoSpeaker covers a storm's name ("Typhoon Haraya",
// "Hurricane Ida"): a thing, so "he said" after it is the person named
// before, never the storm.
func TestStormIsNoSpeaker(t *testing.T) {
	runRules(t, []ruleCase{
		{"a typhoon after the speaker", []string{
			"Our team spoke to Nestor Gabane, who rode out Typhoon Haraya in a school with his wife. \"The water came up to the roof in less than ten minutes,\" he said.",
		}, []string{"Nestor Gabane"}},
		{"a hurricane opening the sentence before", []string{
			"Mayor Ana Ruiz toured the shelters on Monday.",
			"Hurricane Ida flattened the pier overnight. \"We have never seen a surge like it,\" she said.",
		}, []string{"Ana Ruiz"}},
	})
}
