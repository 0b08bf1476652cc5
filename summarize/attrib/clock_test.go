package attrib

import "testing"

// A live page's time of day opening an entry is no part of a statement;
// a figure opening a sentence is.
func TestWithoutClock(t *testing.T) {
	for in, want := range map[string]string{
		"08:45 - The Education Ministry disputes that.": "The Education Ministry disputes that.",
		"13.52 – Sandoval says the ratings fell.":       "Sandoval says the ratings fell.",
		"13:52 Renn said the talks were over.":          "Renn said the talks were over.",
		"13.50 euros a month is too much, Renn said.":   "13.50 euros a month is too much, Renn said.",
		"12:00": "12:00",
		"15:48 GMT - The trust has responded quickly.":    "The trust has responded quickly.",
		"09:30 CET - Speaking to reporters, she said no.": "Speaking to reporters, she said no.",
		"9:05 am ET | Renn said the talks were over.":     "Renn said the talks were over.",
		"13.20 BST – Renn said the talks were over.":      "Renn said the talks were over.",
	} {
		if got := WithoutClock(in); got != want {
			t.Errorf("WithoutClock(%q) = %q, want %q", in, got, want)
		}
	}
}

// A live page's entry names its subject after its time of day, and a
// role of common nouns before a name with no comma makes the name the
// subject too: a pronoun after either is that person.
func TestSubjectAfterAClockOrARole(t *testing.T) {
	for _, paras := range [][]string{
		{"Union leader Ada Renn said the strike would go on until the age was cut.",
			"12:20 GMT - Lena Vask, the opposition leader, has joined the march.",
			"Speaking to the Courier, she accused the government of treating parliament as a rubber stamp."},
		{"Union leader Ada Renn said the merger would cost hundreds of jobs in the regions.",
			"The commission chair Lena Vask is speaking now.",
			"She says the combined company would have had 41 percent of the market."},
	} {
		an := Extract(paras)
		got := ""
		for _, st := range an.Statements {
			got = st.Speaker.Name
		}
		if got != "Lena Vask" {
			t.Errorf("%q: last speaker %q, want Lena Vask", paras[2], got)
		}
	}
}
