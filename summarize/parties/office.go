package parties

import (
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
