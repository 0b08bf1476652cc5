package attrib

import "testing"

// TestRebuttals: a sentence too thin to be a claim whose cue denies,
// rejects or disputes answers the statement of someone else before it,
// pointing back to it or naming what it denies.
func TestRebuttals(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  string // "speaker > sentence answered", or "" for none
	}{
		{"pointing back", []string{
			"Union organiser Piet Alder said the sprinklers had been switched off for a month.",
			"Tarnco rejected that account.",
		}, "Tarnco > 0"},
		{"pointing back with a plural", []string{
			"The agency said 600 rescuers and 45 boats were working in the province.",
			"Governor Ada Renn disputed those figures.",
		}, "Ada Renn > 0"},
		{"naming the act denied", []string{
			"Interior minister Lena Vask said the shells were fired from Orlan positions above the town.",
			"The weather was cold.",
			"Orla denied firing on the town.",
		}, "Orla > 0"},
		{"denying blame", []string{
			"Aqualis Water boss Nora Pell blamed contractor Valvetec Networks for the burst main.",
			"Valvetec Networks denied responsibility.",
		}, "Valvetec Networks > 0"},
		{"denying any wrongdoing", []string{
			"Union organiser Piet Alder accused Tarnco of switching off the sprinklers.",
			"Tarnco denies any wrongdoing.",
		}, "Tarnco > 0"},
		{"a shell noun rebutted in the passive", []string{
			"Opposition deputy leader Mira Faust claimed that 4.2 million crowns of public money went into the campaign.",
			"The accusation was rejected by Teodor Lask, the region's economy councillor.",
		}, "Teodor Lask > 0"},
		{"that account disputed in the passive", []string{
			"Union organiser Piet Alder said the sprinklers had been switched off for a month.",
			"That account was flatly disputed by Tarnco.",
		}, "Tarnco > 0"},
		{"the point a quotation supports", []string{
			"Patients' Voice chief executive Bridget Osei said an independent audit of the list was the only way to settle the argument.",
			"\"Behind every number is a person in pain,\" she said.",
			"Health Minister Helena Vasquez rejected the call.",
		}, "Helena Vasquez > 0"},
		{"a quotation that alone names the one who answers it", []string{
			"Lusaro Landowners Association chair Pius Kalembo said fish had disappeared from the river.",
			"\"Brightmoor has poisoned the Sefu River,\" he said.",
			"Brightmoor denied the allegation.",
		}, "Brightmoor > 1"},
		{"naming what no one said", []string{
			"Union organiser Piet Alder said the sprinklers had been switched off for a month.",
			"Tarnco denied any wage cuts.",
		}, ""},
		{"its own words before", []string{
			"Tarnco said the mill was safe.",
			"Tarnco denied it.",
		}, ""},
		{"too far back", []string{
			"Union organiser Piet Alder said the sprinklers had been switched off for a month.",
			"The mill employs 300 people.",
			"It was built in 1952.",
			"Tarnco rejected that account.",
		}, ""},
		{"a plain cue that calls what was said untrue", []string{
			"Mayor Lena Vask said the university had asked the police to clear the camp.",
			"Chief Constable Roderick Hale says that is not true.",
		}, "Roderick Hale > 0"},
		{"a long subject, then a short clause that calls it untrue", []string{
			"The council said it had warned the organisers in May about hand-washing.",
			"Nadia Ostrowska, the festival's director and one of its founders, said that was not what happened.",
		}, "Nadia Ostrowska > 0"},
		{"that position was wrong", []string{
			"Aurel Air said the outage was outside its control and it owed no compensation.",
			"The Travellers' Rights Network, a consumer group, said that position was wrong.",
		}, "Travellers' Rights Network > 0"},
		{"an adverb before what calls it untrue", []string{
			"Mayor Lena Vask said the university had asked the police to clear the camp.",
			"Chief Constable Roderick Hale says that is simply wrong.",
		}, "Roderick Hale > 0"},
		{"the opposite of what happened", []string{
			"Mayor Lena Vask said the union had walked out of the talks on Monday.",
			"Union leader Marta Kovalenko said that was the opposite of what had happened.",
		}, "Marta Kovalenko > 0"},
		{"a plain cue that says what is false is a claim", []string{
			"Mayor Lena Vask said the university had asked the police to clear the camp.",
			"Hunter Varga said the charges against him were false.",
		}, ""},
		{"a rejection of that criticism with a clause after it", []string{
			"Airline chief Ada Kostan criticised the Air Safety Board for taking a month to publish its findings.",
			"Board chairman Piet Vance rejected that criticism, saying the board had needed the recorder data first.",
		}, "Piet Vance > 0"},
		{"a rejection of another's version with a clause after it", []string{
			"IT contractor Tarnco said it had flagged the risk in writing in March.",
			"Mayor Ada Holm rejected the company's version, saying the city had never received any such warning.",
		}, "Ada Holm > 0"},
		{"a short negated clause naming what was charged", []string{
			"Vesk said Orla shelled the village of Tarn on Monday, killing nine civilians.",
			"Orla says the shelling never happened.",
		}, "Orla > 0"},
		{"a short negated clause naming something else", []string{
			"Vesk said Orla shelled the village of Tarn on Monday, killing nine civilians.",
			"Orla says talks never stopped.",
		}, ""},
		{"rejecting another's account and no more", []string{
			"IT contractor Tarnco said it had flagged the risk in writing in March.",
			"Carrow City Council, the city's governing body, rejected the company's account.",
		}, "Carrow City Council > 0"},
		{"denying the allegations against him", []string{
			"Prosecutors said Ivo Marsh had taken 2 million crowns from the shipyard.",
			"Marsh denied the allegations against him.",
		}, "Ivo Marsh > 0"},
		{"dismissing the claims as what he calls them", []string{
			"The Tarn Farmers Union said the new levy would ruin small farms.",
			"Finance Minister Ada Renn dismissed the union's claims as scaremongering.",
		}, "Ada Renn > 0"},
		{"a rejected claim with a clause of its own is a claim", []string{
			"The Tarn Farmers Union said the new levy would ruin small farms.",
			"Finance Minister Ada Renn rejected the claim that the levy would close any farm in Tarnland.",
		}, ""},
		{"a cue that rejects nothing", []string{
			"Union organiser Piet Alder said the sprinklers had been switched off for a month.",
			"Tarnco said so too.",
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Extract(tt.paras)
			got := ""
			for _, r := range an.Rebuttals {
				got = r.Speaker.Name + " > " + string(rune('0'+r.Answers))
			}
			if got != tt.want {
				t.Errorf("rebuttal %q, want %q (decisions %+v)", got, tt.want, an.Decisions)
			}
		})
	}
}

// TestRebuttalInTheSameSentence: a rebuttal after a comma, named by a
// shell noun ("a charge", "a claim"), answers the clause before it, which
// alone is the statement.
func TestRebuttalInTheSameSentence(t *testing.T) {
	tests := []struct {
		name, para, statement, rebuttal string
	}{
		{"a charge dismissed", "Orla Air chief executive Piet Alder accused the pilots' union of holding passengers hostage, a charge the union dismissed as cheap rhetoric.",
			"Piet Alder: Orla Air chief executive Piet Alder accused the pilots' union of holding passengers hostage", "union: a charge the union dismissed as cheap rhetoric."},
		{"a claim rejected by a name", "Alder accused the unions of walking away from talks that were close to a deal, a claim Ada Renn rejected.",
			"Alder: Alder accused the unions of walking away from talks that were close to a deal", "Ada Renn: a claim Ada Renn rejected."},
		{"a claim the speaker makes again", "Alder repeated the claim, a claim he has made before.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Extract([]string{tt.para})
			st, rb := "", ""
			for _, s := range an.Statements {
				st = s.Speaker.Name + ": " + s.Text
			}
			for _, r := range an.Rebuttals {
				rb = r.Speaker.Name + ": " + r.Text
			}
			if tt.statement != "" && st != tt.statement || rb != tt.rebuttal {
				t.Errorf("statement %q, rebuttal %q; want %q, %q", st, rb, tt.statement, tt.rebuttal)
			}
		})
	}
}

// TestRebuttalWithWhenAndHow covers a rejection whose object only points
// back to what was said, followed by when or how it was made ("rejected
// that account in the strongest terms", "rejected that call in a
// statement on Friday"): a rebuttal, never a claim of its own; while a
// clause with a verb after the object says something.
func TestRebuttalWithWhenAndHow(t *testing.T) {
	for _, tc := range []struct {
		second string
		claim  bool
	}{
		{"The club rejected that account in the strongest terms.", false},
		{"The finance ministry rejected that demand in a statement on Friday.", false},
		{"Tarnco flatly rejected the union's claims on Monday.", false},
		{"The club rejected the claims within the hour.", false},
		{"The club also rejected the union's main allegation.", false},
		{"The club rejected that account in a statement that blamed the police for the delay.", true},
	} {
		an := Extract([]string{"Union leader Ada Renn said the club had closed the gates at 2pm and demanded an inquiry.", tc.second})
		claim := len(an.Statements) == 2
		if claim != tc.claim || len(an.Rebuttals) != 1 && !tc.claim {
			t.Errorf("%q: statements %d, rebuttals %d, want a claim: %v", tc.second, len(an.Statements), len(an.Rebuttals), tc.claim)
		}
	}
}

// A passive rebuttal that goes on to say what its speaker holds stays a
// statement: its words are a claim too.
func TestPassiveRebuttalThatSaysMore(t *testing.T) {
	runRules(t, []ruleCase{
		{"which said", []string{
			"Vell's army demanded that Tarn troops leave the island within 48 hours.",
			"The demand was rejected on Monday by Tarn's defence ministry, which said its troops would remain on their own territory.",
		}, []string{"Vell's army", "Tarn's defence ministry"}},
	})
}
