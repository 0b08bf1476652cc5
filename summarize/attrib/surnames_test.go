package attrib

import "testing"

// Two people of one surname ("Joe Biden", "Hunter Biden") are two
// speakers; the surname alone stands for the first named, and a shorter
// or initialled form of a name is the same person.
func TestPeopleOfOneSurname(t *testing.T) {
	runRules(t, []ruleCase{
		{"a father and a son", []string{"Joe Varga said the bill would pass.", "Hunter Varga said he had done nothing wrong."}, []string{"Joe Varga", "Hunter Varga"}},
		{"the surname alone is the first named", []string{"Joe Varga said the bill would pass.", "Hunter Varga said he had done nothing wrong.", "Varga said the bill would cut costs for families."}, []string{"Joe Varga", "Hunter Varga", "Joe Varga"}},
		{"a double surname, given names apart", []string{"Ada Van Dorn said the book sold well.", "Piet Van Dorn, her husband, said the series had stalled."}, []string{"Ada Van Dorn", "Piet Van Dorn"}},
		{"a double surname alone", []string{"Ada Van Dorn said the book sold well.", "Van Dorn said the series had stalled."}, []string{"Ada Van Dorn", "Ada Van Dorn"}},
		{"a run of particles in a surname", []string{"Ada Van Der Dorn was voted off on Monday.", "Van Der Dorn said the week had been hard."}, []string{"Ada Van Der Dorn"}},
		{"a run of particles, lower case", []string{"Piet van der Alder said the plan would fail."}, []string{"Piet van der Alder"}},
		{"a given name the tagger reads as an adverb", []string{"Lewis Hall, research director at Tarnco, sees the lineup as its weak spot.", `"They need to ramp up the game catalogue," says Hall.`}, []string{"Lewis Hall"}},
		{"an opening adverb the article writes in lower case is no given name", []string{"Only Tarnco said the lineup would grow next year.", "Tarnco had only three games."}, []string{"Tarnco"}},
		{"a name after an opening preposition", []string{"To Ada Renn, the record is not a goal.", `"The team is playing well," Renn said.`}, []string{"Ada Renn"}},
		{"a name after an opening preposition, against", []string{"Against Ada Renn, the mayor has no case at all.", `"The case is weak," Renn said.`}, []string{"Ada Renn"}},
		{"an initial of the given name", []string{"Joe Varga said the bill would pass.", "J. Varga said the bill would cut costs for families."}, []string{"Joe Varga", "Joe Varga"}},
	})
}

func TestOtherBearer(t *testing.T) {
	tests := []struct {
		known, name string
		want        bool
	}{
		{"Joe Biden", "Hunter Biden", true},
		{"Joe Biden", "Biden", false},
		{"Joseph R. Biden", "Joseph Biden", false},
		{"Joe Biden", "J. Biden", false},
		{"Ada Van Dorn", "Van Dorn", false},
		{"Ada Van Dorn", "Piet Van Dorn", true},
		{"John M. Alder", "Mike Alder", false},
		{"John M. Alder", "Dale Alder", true},
		{"John Michael Alder", "Michael Alder", false},
		{"Aleksei Voronek", "Alexei Voronek", false},
		{"Dmitri Sorokan", "Dmytro Sorokan", false},
		{"Yury Brandt", "Yuri Brandt", false},
	}
	for _, tc := range tests {
		if got := OtherBearer(tc.known, tc.name); got != tc.want {
			t.Errorf("OtherBearer(%q, %q) = %v, want %v", tc.known, tc.name, got, tc.want)
		}
	}
}
