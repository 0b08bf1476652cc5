package facts

import (
	"strings"
	"testing"
)

// The stems of an attribute named before and after a figure are both
// kept, so "a refund of $249" and "a refund of the $279 purchase price"
// name one attribute.
func TestSlotStems(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Owners get a full refund of the $279 purchase price.", "full refund purchas price"},
		{"Owners are offered a refund of $249.", "refund"},
		{"Owners are offered a $249 refund.", "refund"},
		{"It will impose 20 percent tariffs on 4.2 billion euros' worth of goods.", "tariff"},
		{"It will impose tariffs on 3.8 billion euros of imports.", "tariff import"},
	}
	for _, tc := range tests {
		var got string
		for _, f := range Extract(tc.in) {
			if f.Kind == Money {
				stems, _ := Slot(tc.in, f)
				got = strings.Join(stems, " ")
			}
		}
		if got != tc.want {
			t.Errorf("Slot(%q) stems = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestComplement(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"The bureau reported a 6% rise in food prices.", "food price"},
		{"Unions won a 5% rise in wages for nurses.", "wage"},
		{"Vell will charge a 25 percent tariff on steel above the quota.", "steel"},
		{"Ostrin keeps its 20 percent tariff on Vell's electric cars.", "electr car"},
		{"The city faces a $38 million shortfall in its transit budget.", "transit budget"},
		{"The bloc announced tariffs of 20 percent on Vell dairy.", "dairi"},
		{"Ostrin drops its 25 percent tariff on Vell electric trucks.", "electr truck"},
		{"Ostrava won 48% of the vote.", ""},
		{"Turnout was 61 percent in the city.", ""},
		{"The union wants a 20% pay rise.", ""},
	}
	for _, tc := range tests {
		var got string
		for _, f := range Extract(tc.in) {
			if f.Kind == Percent || f.Kind == Money {
				got = strings.Join(Complement(tc.in, f), " ")
				break
			}
		}
		if got != tc.want {
			t.Errorf("Complement(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAttributeStem(t *testing.T) {
	if AttributeStem(Money, "offer") != AttributeStem(Money, "valu") || AttributeStem(Percent, "offer") == AttributeStem(Percent, "valu") {
		t.Errorf("the words of a deal's value stand for one attribute of an amount, and only of an amount")
	}
}

func TestSlot(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the phrase of each fact, in order
	}{
		{"The union wants a 20% pay rise.", []string{"pay rise"}},
		{"The board offered a pay rise of 12% on Monday.", []string{"pay rise", ""}},
		{"Ostrava won 48% of the vote, with 75% of polling stations counted.", []string{"vote", "polling stations"}},
		{"Turnout was 61 percent.", []string{"turnout"}},
		{"The deficit would reach 4.2% of output next year.", []string{"deficit"}},
		{"Public debt rose to 96 percent of GDP in 2026.", []string{"public debt"}},
		{"Public debt rose to 96 percent of national income in 2026.", []string{"public debt"}},
		{"The city will borrow $4bn of debt.", []string{"debt"}},
		{"The city will borrow $4bn.", []string{""}},
		{"Union members demand 15 percent more pay.", []string{""}},
		{"About 3,100 nurses walked out.", []string{"nurses"}},
		{"The board said it had received 31 reports of fires.", []string{"reports"}},
		{"Prices rose 6% in March.", []string{"", ""}},
		{"The pass would be frozen at $30.", []string{""}},
		{"Owners get a full refund of the $279 purchase price.", []string{"purchase price"}},
		{"It will impose tariffs on 3.8 billion euros of imports.", []string{"imports"}},
		{"It launched a $8.1 billion cash offer hours after the vote.", []string{"cash offer"}},
		{"The offer values the firm at roughly $7.9 billion.", []string{"value"}},
		{"The bid valued Velmar at $7.9 billion.", []string{"value"}},
	}
	for _, tc := range tests {
		var got []string
		for _, f := range Extract(tc.in) {
			_, phrase := Slot(tc.in, f)
			got = append(got, phrase)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Slot(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestWorkforceCounts checks that a partitive count is of the group it is
// part of ("nine of its employees") and that the nouns of a workforce
// ("miners", "employees", "workers", "staff") count one group, whose
// slot is one; other counts keep their own noun.
func TestWorkforceCounts(t *testing.T) {
	tests := []struct {
		in    string
		value float64
		slot  string
	}{
		{"The company said nine of its employees were trapped.", 9, "worker"},
		{"The union said 14 miners were trapped.", 14, "worker"},
		{"About 300 staff walked out on Monday.", 300, "worker"},
		{"The mill employs 120 workers.", 120, "worker"},
		{"Some 40 pupils were sent home.", 40, "pupil"},
	}
	// A part picked out of a group the sentence does not own is no count
	// of the group: "Five of the men are contractors".
	for _, f := range Extract("Five of the men in Gallery 7 are contractors.") {
		if f.Kind == Count && f.Value == 5 {
			t.Errorf("a part of the men counted: %+v", f)
		}
	}
	for _, tc := range tests {
		var count *Fact
		for _, f := range Extract(tc.in) {
			if f.Kind == Count {
				count = &f
				break
			}
		}
		if count == nil {
			t.Errorf("%q: no count", tc.in)
			continue
		}
		if stems, _ := Slot(tc.in, *count); count.Value != tc.value || strings.Join(stems, " ") != tc.slot {
			t.Errorf("%q: %v slot %v, want %v slot %s", tc.in, count.Value, stems, tc.value, tc.slot)
		}
	}
}
