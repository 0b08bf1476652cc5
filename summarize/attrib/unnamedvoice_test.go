package attrib

import "testing"

// An unnamed spokeswoman is someone new, not the person named last, when
// the article says whom she speaks for: "according to a spokeswoman for
// the Ministry of Transport" (as when she is the subject of "said"), or
// a sentence before that opens with the body by its kind ("The ministry
// was having none of it. A spokeswoman insisted ..."), though the
// article names no ministry. One with neither still speaks for the last
// person ("Musk tweeted. A spokeswoman said").
func TestUnnamedVoiceIsNotThePersonNamedLast(t *testing.T) {
	lead := "The Passengers' Association wants a fare freeze. Its chair, Mira Tolland, said commuters had paid twice."
	tests := []struct {
		name  string
		paras []string
		want  string
	}{
		{"according to a spokeswoman for a ministry",
			[]string{lead, "That appears unlikely. According to a spokeswoman for the Ministry of Transport, the fare rise will go ahead."},
			"Ministry of Transport"},
		{"a spokeswoman for a ministry said",
			[]string{lead, "A spokeswoman for the Ministry of Transport said the fare rise would go ahead."},
			"Ministry of Transport"},
		{"a spokeswoman after the ministry by its kind",
			[]string{lead, "The ministry was having none of it. A spokeswoman insisted the government had no plans to close ticket offices."},
			"ministry spokeswoman"},
		{"a spokesman after a person",
			[]string{"Jon Varga tweeted a picture of a dog on Monday.", "A spokesman said the picture was a joke."},
			"Jon Varga"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := Extract(tc.paras)
			got := ""
			for _, st := range an.Statements {
				if st.Paragraph == len(tc.paras)-1 {
					got = st.Speaker.Name
				}
			}
			if got != tc.want {
				t.Errorf("speaker %q, want %q (statements %+v)", got, tc.want, an.Statements)
			}
		})
	}
}

// A spokeswoman of a kind of body, written with the body's noun before
// her post ("A university spokeswoman hit back"), is that kind's unnamed
// voice, not the spokeswoman of another side named before, and "She" in
// the next sentence is the same voice.
func TestBodysNounBeforeAVoice(t *testing.T) {
	paras := []string{
		"Students occupied the classics building on Monday. Nadia Pell, a spokeswoman for the students' union, said they would stay until the decision was reversed.",
		`A university spokeswoman hit back, saying security staff had acted "with great restraint".`,
		"She warned that the occupation was unlawful.",
	}
	for _, st := range Extract(paras).Statements {
		if st.Paragraph > 0 && st.Speaker.Name == "Nadia Pell" {
			t.Errorf("paragraph %d: %q given to Nadia Pell", st.Paragraph, st.Text)
		}
	}
}
