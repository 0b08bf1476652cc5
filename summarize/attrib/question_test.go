package attrib

import (
	"strings"
	"testing"
)

// TestQuestionStatesNothing covers a question the writer asks with a
// word in scare quotes: no statement of the person it names.
func TestQuestionStatesNothing(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		text  string
	}{
		{"a writer's question with scare quotes", []string{
			"Ivo Maric chairs the panel.",
			"Would Ivo Maric have pleaded to keep the “informant’s” name secret?"},
			"pleaded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, st := range Extract(tt.paras).Statements {
				if strings.Contains(st.Text, tt.text) {
					t.Errorf("%q: statement by %q", st.Text, st.Speaker.Name)
				}
			}
		})
	}
}
