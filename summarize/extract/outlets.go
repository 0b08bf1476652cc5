package extract

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// The names of outlets are data of summarize/lex (outlets.go).

// agencyOrOutlet returns the name of an agency or outlet credit as it is
// known ("ap" is AP, "Reuters" is Reuters), or name itself.
func agencyOrOutlet(name string) string {
	name = strings.TrimSpace(name)
	if a, ok := lex.Agency(name); ok && a != "" {
		return a
	}
	return name
}
