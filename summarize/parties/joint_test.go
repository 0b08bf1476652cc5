package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// People speaking together keep both names and take the side both speak
// for, or stand as a side of their own; never the side of the one named
// last.
func TestPeopleSpeakingTogether(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		sp    attrib.Speaker
		want  string
	}{
		{
			name:  "two people of no affiliation",
			texts: []string{"Lena Varo and her brother Tomas Brekke met the Vell Harbour Board on Monday. They said the road should reopen."},
			sp:    attrib.Speaker{Name: "Lena Varo and Tomas Brekke", Kind: attrib.Person},
			want:  "Lena Varo and Tomas Brekke",
		},
		{
			name: "two people of one body",
			texts: []string{"Vell Harbour Board chair Ada Renn opened the meeting.",
				"Vell Harbour Board secretary Ivo Dane read the minutes. Renn and Dane said the ferry would run in May."},
			sp:   attrib.Speaker{Name: "Ada Renn and Ivo Dane", Kind: attrib.Person},
			want: "Vell Harbour Board",
		},
		{
			name: "two people of different sides",
			texts: []string{"Vell Harbour Board chair Ada Renn opened the meeting.",
				"Tomas Brekke read a letter from the crews. Renn and Brekke said the ferry would run in May."},
			sp:   attrib.Speaker{Name: "Ada Renn and Tomas Brekke", Kind: attrib.Person},
			want: "Ada Renn and Tomas Brekke",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := story(tt.texts...)
			got, ev, _ := st.Side(tt.sp)
			if got != tt.want {
				t.Errorf("Side(%q) = %q (%s), want %q", tt.sp.Name, got, ev, tt.want)
			}
			if c := st.Canonical(tt.sp); c.Name != tt.sp.Name {
				t.Errorf("Canonical(%q) = %q, want both names kept", tt.sp.Name, c.Name)
			}
		})
	}
}
