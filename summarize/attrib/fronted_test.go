package attrib

import "testing"

// A person named after a phrase that opens the sentence ("As it turned
// out, Vera Holm had ...", "A quiet woman in her sixties, Ines Marr
// lives ...") is the sentence's subject: a pronoun after it stands for
// that person, not for the last speaker.
func TestSubjectAfterOpeningPhrase(t *testing.T) {
	runRules(t, []ruleCase{
		{"after an opening clause",
			[]string{"“The bridge is safe,” Ada Brun said.", "Brun met Vera Holm at the depot in May.",
				"As it turned out, Holm had spent ten years on the ferry plan.", "“It was terrifying,” she said."},
			[]string{"Ada Brun", "Vera Holm"}},
		{"after an appositive that describes the subject",
			[]string{"“The bridge is safe,” Ada Brun said.", "A quiet woman in her sixties, Ines Marr lives in Dornby.",
				"“Nobody asked us,” she said."},
			[]string{"Ada Brun", "Ines Marr"}},
		{"after an appositive with a comma inside it",
			[]string{"“The levy is fair,” Ada Brun said.", "A cheerful, blunt man of seventy, Osvald Krenn runs the ferry.",
				"“The levy will sink us,” he said."},
			[]string{"Ada Brun", "Osvald Krenn"}},
		{"after a time phrase",
			[]string{"“The fares will stay,” Ada Brun said.", "Last spring, Ines Marr moved her shop to Dornby.",
				"“The rent doubled,” she said."},
			[]string{"Ada Brun", "Ines Marr"}},
		{"a relative clause after the name",
			[]string{"“The fares will stay,” Ada Brun said.", "Earlier that week, Tomas Ekberg, who runs the harbour cafe, could see the queue grow.",
				"“Nobody is coming back,” he said."},
			[]string{"Ada Brun", "Tomas Ekberg"}},
		{"a name inside the opening phrase keeps the last speaker",
			[]string{"“The fares will stay,” Ada Brun said.", "After meeting Tomas Ekberg, Brun toured the depot.",
				"“We will keep every route,” she said."},
			[]string{"Ada Brun", "Ada Brun"}},
		{"a name in a list after a comma is no subject",
			[]string{"“The fares will stay,” Ada Brun said.", "She thanked the crews, Tomas Ekberg and the harbour staff.",
				"“We will keep every route,” she said."},
			[]string{"Ada Brun", "Ada Brun"}},
	})
}

// A playing position written out before a player's name is a role, so the
// name after it opens the sentence as its subject.
func TestWrittenOutPositionBeforeName(t *testing.T) {
	runRules(t, []ruleCase{
		{"a defenseman and a relative clause",
			[]string{"“We were flat,” coach Ada Brun said.", "Harbor defenseman Tomas Ekberg, who joked about the ice, could see the frustration.",
				"“He is used to scoring goals,” he said."},
			[]string{"Ada Brun", "Tomas Ekberg"}},
		{"a goalkeeper",
			[]string{"“We were flat,” coach Ada Brun said.", "Kell goalkeeper Piet Alder saved two penalties on Sunday.",
				"“The wind helped us,” he said."},
			[]string{"Ada Brun", "Piet Alder"}},
		{"a quarterback",
			[]string{"“We were flat,” coach Ada Brun said.", "Hawks quarterback Piet Alder threw three interceptions.",
				"“That one is on me,” he said."},
			[]string{"Ada Brun", "Piet Alder"}},
	})
}
