package summarize

import "testing"

// A topic is the noun phrase at stake as a statement writes it: a name
// or a possessive may modify the shared noun, an adjective or participle
// names the point with the noun it modifies, a noun in a measure's "of"
// phrase takes the measure, and a lone noun or gerund takes what
// completes it.
func TestTopicNounPhrases(t *testing.T) {
	tests := []struct {
		name   string
		a, b   string
		wa, wb string
		want   string
	}{
		{"a name modifies a plural head",
			"The ministry said Tarn rebels had fired on the convoy.",
			"The council said the rebels never fired a shot.",
			"rebels", "rebels", "Tarn rebels"},
		{"a name that opens the sentence modifies a plural head",
			"Vell fighters who left the front may go home, the army said.",
			"The general said the fighters had deserted.",
			"fighters", "fighters", "Vell fighters"},
		{"a name in the possessive says whose",
			"The minister said Orlan's uprising was a betrayal.",
			"Officials said the uprising ended on Friday.",
			"uprising", "uprising", "Orlan's uprising"},
		{"a word of time modifies the noun after it",
			"The city said no night trains would be cut.",
			"Riders said the city would soon cut night trains.",
			"trains", "trains", "night trains"},
		{"a year says which one",
			"The envoy said Kelm had broken the 1994 treaty.",
			"The ministry said the treaty still held.",
			"treaty", "treaty", "1994 treaty"},
		{"a count before a plural is no modifier",
			"The union said 2000 workers would lose their jobs.",
			"The firm said no workers would go.",
			"workers", "workers", "workers"},
		{"an adjective names the point with its noun",
			"The envoy said international observers had been barred.",
			"The army said international monitors could visit at any time.",
			"international", "international", "international observers"},
		{"a modifier joined by or modifies the noun after both",
			"The party said fake or duplicate ballots were counted.",
			"The commission said it found no fake and duplicate ballots.",
			"fake", "fake", "fake ballots"},
		{"a participle names the point with its noun",
			"The regulator warned of overheating cells in the scooters.",
			"The maker said no cell was overheating.",
			"overheating", "overheating", "overheating cells"},
		{"a noun in the of phrase of a measure takes the measure",
			"The union called the walkout a change of tactics.",
			"The company said its tactics were the same.",
			"tactics", "tactics", "change of tactics"},
		{"a lone noun takes its infinitive",
			`The mayor said there were "no plans" to close the library.`,
			"Residents said the plans were drawn up in secret.",
			"plans", "plans", "plans to close"},
		{"a lone noun takes its prepositional phrase",
			"The guild said the board ignored a warning from the inspectors.",
			"The board said it never received any warning.",
			"warning", "warning", "warning from the inspectors"},
		{"a gerund takes its prepositional phrase",
			"The firm said it had been negotiating in good faith.",
			"The union said the firm had stalled the negotiating.",
			"negotiating", "negotiating", "negotiating in good faith"},
		{"a noun inside a preposition of three words names nothing",
			"The rebels said they fired in order to protect the village.",
			"The army said they withdrew in order to spare the town.",
			"order", "order", ""},
		{"a plural possessive is no name modifier",
			"The Brenn Teachers' union said the union would strike.",
			"The board said the union had not called a vote.",
			"union", "union", "union"},
		{"a comma parts a name from the noun after it",
			"After the vote in Selm, reserves fell sharply.",
			"The bank said reserves had risen.",
			"reserves", "reserves", "reserves"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := topicPhrase(tagged(tc.a), tagged(tc.b), tc.wa, tc.wb); got != tc.want {
				t.Errorf("topicPhrase = %q, want %q", got, tc.want)
			}
		})
	}
}

// A point two statements share through a verb is named by what the verb
// acts on: an active verb's object, a passive participle's subject.
func TestObjectPhrase(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		verb string // a form of the shared verb
		want string
	}{
		{"the object of an active verb, with its name modifier",
			"The envoy was wrong in calling striking Brask miners criminals.",
			"The ministry said the reports were false, calling them a smear.",
			"calling", "Brask miners"},
		{"the subject of a passive participle, with the participle",
			"Officials said the raid on Kelm was ordered by the general.",
			"The general said he ordered nothing.",
			"ordered", "raid ordered"},
		{"the object of two words one side writes",
			"The operator said it had found no fault.",
			"The inspectors found a wiring fault in the depot.",
			"found", "wiring fault"},
		{"a participle before the object",
			"Those who planned an armed revolt will be punished.",
			"He said nobody had planned anything.",
			"planned", "armed revolt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := objectPhrase(tagged(tc.a), tagged(tc.b), stemOf(tc.verb)); got != tc.want {
				t.Errorf("objectPhrase = %q, want %q", got, tc.want)
			}
		})
	}
}

// A topic keeps a side's name when it names more than the side, and
// leaves it out when it would only name the side.
func TestTopicNamesNoSide(t *testing.T) {
	d := &sideDispute{a: &claimWords{c: &claim{party: "Tarn Rebels"}}, b: &claimWords{c: &claim{party: "Kelm"}}}
	for _, tc := range []struct{ phrase, want string }{
		{"Tarn rebels", "Rebels"},
		{"Tarn villages", "Tarn villages"},
		{"Kelm's ceasefire", "Kelm's ceasefire"},
	} {
		if got := d.named(tc.phrase); got != tc.want {
			t.Errorf("named(%q) = %q, want %q", tc.phrase, got, tc.want)
		}
	}
}

// Inside a sentence a topic is written in lower case, but a name that
// opens it keeps its capital.
func TestTopicInSentence(t *testing.T) {
	a := oneClaim(0, "Kelm", "kelm", "a", "The ministry said Tarn rebels and Orlan's uprising had failed.", "")
	b := oneClaim(1, "Tarn", "tarn", "b", "Strike leaders said the rebels had crossed the river, not the Selm River.", "")
	d := &sideDispute{a: &claimWords{c: a}, b: &claimWords{c: b}, sa: a.members[0], sb: b.members[0]}
	for _, tc := range []struct{ topic, want string }{
		{"Tarn rebels", "Tarn rebels"},
		{"Orlan's uprising", "Orlan's uprising"},
		{"Strike leaders", "strike leaders"},
		{"Rebels", "rebels"},
		{"River", "river"},
	} {
		if got := d.inSentence(tc.topic); got != tc.want {
			t.Errorf("inSentence(%q) = %q, want %q", tc.topic, got, tc.want)
		}
	}
}
