package parties

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// office returns the office a role or body name holds, if any.
func office(text string) string {
	f := " " + commaSpaceQuotes.Replace(attrib.Fold(text)) + " "
	for _, o := range publicOffices {
		if strings.Contains(f, " "+o.words+" ") {
			return o.office
		}
	}
	for _, k := range []string{"deputy mayor", "city hall", "town hall", "mayor", "governor"} {
		for _, form := range []string{" " + k + " ", " " + k + "'s "} {
			i := strings.Index(f, form)
			if i < 0 {
				continue
			}
			// "a critic of the mayor", "the former mayor": not the office's voice.
			before := strings.Fields(f[:i])
			for j := len(before) - 1; j >= 0 && j >= len(before)-3; j-- {
				if officeNegators[before[j]] {
					return ""
				}
			}
			return offices[k]
		}
	}
	return ""
}

// banksGovernor returns the story's bank when its texts speak of a
// bank's governor ("the central bank governor", "the bank's deputy
// governor"): a governor the story names is that bank's, not a state's
// or a province's. It returns "" for a story of no bank, or that speaks
// of no bank's governor.
func (s *Story) banksGovernor() string {
	if s.bankGovernor == nil {
		b := s.readBankGovernor()
		s.bankGovernor = &b
	}
	return *s.bankGovernor
}

// readBankGovernor is banksGovernor, read from the texts: the bank the
// texts name most often, not one whose people only comment ("Nordvik
// Bank economists"), and a name that holds another's ("Aldermark's
// National Bank") counted as that one.
func (s *Story) readBankGovernor() string {
	spoken := false
	for _, t := range s.texts {
		f := attrib.Fold(t)
		if strings.Contains(f, "bank governor") || strings.Contains(f, "bank's governor") || strings.Contains(f, "bank's deputy governor") {
			spoken = true
			break
		}
	}
	if !spoken {
		return ""
	}
	count := map[string]int{}
	for _, o := range s.orgs {
		if !slices.Contains(strings.Fields(attrib.Fold(o)), "bank") || s.commenting[attrib.Fold(o)] {
			continue
		}
		for _, t := range s.texts {
			count[trimThe(o)] += strings.Count(t, trimThe(o))
		}
	}
	best, n, second := leading(count)
	if n == 0 || n == second {
		return ""
	}
	return best
}
