package attrib

import (
	"strings"
	"testing"
)

// speakersOf returns the speaker of each statement an article gives.
func speakersOf(paras ...string) []string {
	var out []string
	for _, st := range Extract(paras).Statements {
		out = append(out, st.Speaker.Name)
	}
	return out
}

type ruleCase struct {
	name  string
	paras []string
	want  []string // the speakers of the statements, in order; nil: none
}

func runRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := speakersOf(tc.paras...)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("speakers %q, want %q", got, tc.want)
			}
		})
	}
}

// Cue verbs outside the few plain ones, found by lemma in any inflection.
func TestCueLexicon(t *testing.T) {
	runRules(t, []ruleCase{
		{"tweeted", []string{"Orla Devlin tweeted that the ferry timetable would be restored by the spring."}, []string{"Orla Devlin"}},
		{"vows", []string{"Farid Osei vows the depot will stay open for as long as drivers need it."}, []string{"Farid Osei"}},
		{"conceded", []string{"Mayor Ines Roold conceded that the bridge repairs had run six months late."}, []string{"Ines Roold"}},
		{"pointed out", []string{"Tamsin Greaves pointed out that the levy had not changed in a decade."}, []string{"Tamsin Greaves"}},
		{"called for", []string{"Council leader Bram Olsen called for an independent review of the harbour contract."}, []string{"Bram Olsen"}},
		{"urged", []string{"The Vantor Cyclists' Federation urged the council to finish the riverside lane this year."}, []string{"Vantor Cyclists' Federation"}},
		{"the noun is no cue", []string{"Her claims about the tender drew a sharp reply from the harbour board in Vantor."}, nil},
		{"an infinitive is no cue", []string{"Piet Alder refused to say whether the depot would close before winter."}, nil},
		{"a noun before 'by' is no cue", []string{"Mayor Ines Roold's statement followed comments by the harbour board about the late ferries."}, nil},
		{"a noun after a list of names is no cue", []string{"The strike stopped a plant that builds the Orla, Vesk and Tamber brands."}, nil},
		{"has written, after the quotation", []string{`"The duty is paid at the border by the importer," Ivo Marsh, a senior fellow at the Tarn Policy Center, has written.`}, []string{"Ivo Marsh"}},
		{"weighed in", []string{`"We all miss Ada so much," Piet Alder weighed in, telling the crowd, "since she left, the club has not been the same."`}, []string{"Piet Alder"}},
		{"chimed in", []string{"Orla Devlin chimed in that the ferry timetable would be restored by the spring."}, []string{"Orla Devlin"}},
		{"written as an adjective is no cue", []string{"In a written statement, Ada Renn said the plan would cost jobs in the port."}, []string{"Ada Renn"}},
		{"adding to a sum, with a relative clause after it, is no statement: the source is", []string{"The Tarn Water Authority is investigating Tarnco, according to two people familiar with the matter, adding to a series of problems that have hurt the firm."}, []string{"two people"}},
		{"added to a sum is no statement", []string{"The delay added to the strain that the port has been under since May, the union said in a statement."}, []string{"union"}},
		{"put the figure at", []string{"The Interior Ministry put the number of marchers at 11,000 on Saturday evening."}, []string{"Interior Ministry"}},
		{"put the death toll at", []string{"Local officials in Carrow put the death toll at 41 on Sunday."}, []string{"Local officials of Carrow"}},
		{"put a thing somewhere is no statement", []string{"The Interior Ministry put the files at the disposal of the court on Monday."}, nil},
		{"wrote a thing is no statement", []string{"Piet Alder ran the shop for years.", "Although he wrote a will, it was neither witnessed nor signed, and was therefore invalid."}, nil},
		{"written by, of a thing, is no statement", []string{"The column is written by Ada Renn, who founded the paper with her mother."}, nil},
		{"wrote someone that is a statement", []string{"Ada Renn wrote the council that the fees would rise in the spring."}, []string{"Ada Renn"}},
		{"a pair with no comma still speaks", []string{"Marks and Brennan says the harbour fees will rise again in the spring."}, []string{"Marks"}},
	})
}

// A cue in -ing after a comma shares the subject of the main clause.
func TestParticipleCues(t *testing.T) {
	runRules(t, []ruleCase{
		{"saying", []string{"The Orrin Nurses' Union rejected the offer on Monday, saying it fell far short of inflation."}, []string{"Orrin Nurses' Union"}},
		{"after a trailing clause whose subject speaks", []string{"Talks on the Tarnland budget collapsed on Monday after the Liberal Party walked out, accusing its partner of blocking cuts to farm subsidies."}, []string{"Liberal Party"}},
		{"the main clause's subject first", []string{"The Liberal Party walked out of the talks after the vote failed, accusing its partner of blocking cuts."}, []string{"Liberal Party"}},
		{"a body's kind after its name", []string{"The Farmers' Union party said no hospital cuts had been proposed in the budget."}, []string{"Farmers' Union"}},
		{"adding that, after an opening phrase", []string{"In a letter to members, Kasia Wren defended the merger, adding that no branch would close."}, []string{"Kasia Wren"}},
		{"accusing, with an appositive name", []string{"Lodmar's trade minister, Eda Kosk, struck a harder tone, accusing her neighbours of dumping steel."}, []string{"Eda Kosk"}},
		{"quoted as saying", []string{"Rui Falcão was quoted as saying that the harbour would reopen within a week."}, []string{"Rui Falcão"}},
		{"characterising as what is speech", []string{"Mayor Ines Roold defended the budget, characterising the strike as a stunt."}, []string{"Ines Roold"}},
		{"characterising a thing under study is none", []string{"The Vantor probe will orbit the moon on dozens of passes, characterizing its ocean and its ice."}, nil},
		{"believing is the writer's reading", []string{"Tove Marsk has pressed on with the plan, believing that voters will come round."}, nil},
	})
}

// A passive's subject did not speak; an agent after "by" did, unless the
// verb made a thing ("was written by") or called an event ("the strike
// was called on Tuesday by the collective").
func TestPassives(t *testing.T) {
	runRules(t, []ruleCase{
		{"passive of a cue", []string{"Harald Brenn was declared the winner of the council seat after a recount."}, nil},
		{"told, passive", []string{"Residents of Kelby were told that the water would be safe to drink by Friday."}, nil},
		{"agent after by", []string{"The harbour deal was signed on Friday and hailed as “a turning point” by Mayor Ilse Brandt."}, []string{"Ilse Brandt"}},
		{"an event called, with a time", []string{"The strike was called on Tuesday by the Tarn Couriers' Collective."}, nil},
		{"an event called", []string{"The walkout began at noon and was called by the Tarn Couriers' Collective, a group of riders."}, nil},
		{"words called a thing", []string{"The plan was called “a disgrace” by Mayor Ilse Brandt."}, []string{"Ilse Brandt"}},
	})
}

// Adverbs and times between a subject and its verb.
func TestAdverbsBeforeCue(t *testing.T) {
	runRules(t, []ruleCase{
		{"manner adverb", []string{"Ilse Brandt publicly insisted that the union had never been consulted."}, []string{"Ilse Brandt"}},
		{"weekday", []string{"Council leader Bram Olsen on Thursday said the vote would go ahead."}, []string{"Bram Olsen"}},
		{"a name in -ly is no adverb", []string{"Gareth Moberly chairs the anglers.", "Moberly said the fish died at the outfall and downstream of it."}, []string{"Gareth Moberly"}},
		{"a surname that is an adverb, mid-sentence", []string{"Ivo Early runs the studio.", "Sales are slow, but Early still says the console will sell well in the spring."}, []string{"Ivo Early"}},
		{"a surname that is an adverb, opening the sentence", []string{"Ivo Early runs the studio.", "Early says the console will sell well in the spring."}, []string{"Ivo Early"}},
		{"an adverb opening the sentence is no surname", []string{"Ivo Early runs the studio.", "Early on Monday, the union said the talks had failed."}, []string{"union"}},
		{"a capitalised adverb, no one of its name", []string{"Late says the plan is dead."}, nil},
	})
}

// Sources without a name: officials, spokespeople, documents, bodies.
func TestAnonymousAndInstitutionalSources(t *testing.T) {
	runRules(t, []ruleCase{
		{"officials", []string{"Port officials said the cranes would be back in service by the weekend."}, []string{"Port officials"}},
		{"the statement, no body before", []string{"The statement said the board had voted to close two depots next year."}, []string{"statement"}},
		{"the lawsuit, then it", []string{
			"The lawsuit, filed in the Vantor district court on Tuesday, accuses the builder of hiding the defects.",
			"It claims that the builder knew of the cracks for two years before the sale.",
		}, []string{"lawsuit", "lawsuit"}},
		{"lawyers of a person", []string{"In a filing, Olsen's lawyers said the contract had been ended lawfully and in good time."}, []string{"Olsen's lawyers"}},
		{"according to estimates by", []string{"According to estimates by the Vantor Port Authority, the strike has cost 40 million crowns."}, []string{"Vantor Port Authority"}},
		{"an indefinite document speaks for no one", []string{"The quotas start on May 1, according to a notice published in the official gazette."}, nil},
	})
}

// Typed mentions: dates, determiners and places are never people.
func TestTypedMentions(t *testing.T) {
	for _, tc := range []struct {
		name, para string
		speaker    string
		kind       Kind
	}{
		{"a state is a body", "The United States said the strikes had hit radar sites and depots.", "United States", Body},
		{"a place fragment is a body", "The Red Sea Shipping Forum said insurers had raised premiums.", "Red Sea Shipping Forum", Body},
		{"function word at the start", "And the Vantor Port Authority said the berths would reopen on Monday.", "Vantor Port Authority", Body},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sts := Extract([]string{tc.para}).Statements
			if len(sts) != 1 || sts[0].Speaker.Name != tc.speaker || sts[0].Speaker.Kind != tc.kind {
				t.Fatalf("statements %+v, want one by %q of kind %d", sts, tc.speaker, tc.kind)
			}
		})
	}
	an := Extract([]string{"Ships avoided the Red Sea and the Gulf of Aden for a second week, insurers said."})
	for _, p := range an.People {
		if strings.Contains(p.Name, "Sea") || strings.Contains(p.Name, "Gulf") {
			t.Errorf("place %q taken for a person", p.Name)
		}
	}
}

// Coreference: roles, head nouns, name parts, relative clauses.
func TestCoreference(t *testing.T) {
	runRules(t, []ruleCase{
		{"role head to the last holder", []string{
			"Houthi spokesman Kamal Rashed said the strikes would be answered.",
			"The group's spokesman stressed that this will not deter its fighters from the coast.",
		}, []string{"Kamal Rashed", "Kamal Rashed"}},
		{"a body named by its owner and kind goes on", []string{
			"Vesk's defence ministry said in a statement that its artillery had hit only firing positions.",
			`"We did not fire first," the ministry said.`,
		}, []string{"Vesk's defence ministry", "Vesk's defence ministry"}},
		{"his spokesman, after a person the sentence names", []string{
			"Tarnland's army spokesman Ivo Brandt said the shelling had stopped at dawn.",
			"UN Secretary-General Tomas Ekberg called for an immediate ceasefire, his spokesman said.",
		}, []string{"Ivo Brandt", "Tomas Ekberg's spokesman"}},
		{"a document from a body's part that the pronoun's body owns", []string{
			"Vesk's army said Tarnland's troops opened fire first.",
			"Tarnland's military denied the accusation.",
			"A statement from its media wing said Vesk's forces had fired on villages near the border, killing two women.",
		}, []string{"Vesk's army", "Tarnland's military"}},
		{"a document from a named source", []string{
			"A statement from the Tarn Water Agency said the river was safe to swim in again.",
		}, []string{"Tarn Water Agency"}},
		{"their union is the people's, named later, not their employer's", []string{
			"Drivers at Tarn Transit have backed strike action after rejecting a 12 percent pay offer, their union said.",
			"The Tarn Drivers' Union said 88% of members who voted supported a walkout.",
		}, []string{"Tarn Drivers' Union", "Tarn Drivers' Union"}},
		{"a role in the lead, its one holder named after it", []string{
			"The death toll from the floods rose to 41 on Tuesday, the regional governor said.",
			"Governor Ada Renn said more than 3,000 people had been evacuated from the valley.",
		}, []string{"Ada Renn", "Ada Renn"}},
		{"a role in the lead, two holders named after it", []string{
			"The death toll from the floods rose to 41 on Tuesday, the regional governor said.",
			"Governor Ada Renn said more than 3,000 people had been evacuated from the valley.",
			"Governor Piet Alder of the next province said his roads were open to the rescuers.",
		}, []string{"Ada Renn", "Piet Alder"}},
		{"role with a hyphen", []string{
			"UN Secretary-General Tomas Ekberg spoke to delegates in the hall on Tuesday.",
			"The Secretary-General stressed that the era of coal must end within a generation.",
		}, []string{"Tomas Ekberg"}},
		{"name particle and a given name", []string{
			"Energy Minister Prince Karim bin Tareq said the text imposed nothing on any country.",
			"Prince Karim said the deal would not touch the kingdom's exports of crude oil.",
		}, []string{"Karim bin Tareq", "Karim bin Tareq"}},
		{"relative clause before the cue", []string{
			"The Arlen Drivers' Union, which represents 4,000 drivers including those at Vesta Cabs, said the strike would go on.",
		}, []string{"Arlen Drivers' Union"}},
		{"a body with 'to' after it", []string{
			"Lodmar's Permanent Mission to the United Nations said it had asked for an emergency session.",
		}, []string{"Lodmar's Permanent Mission"}},
		{"the ministry, with a demonym in the sentence", []string{
			"The Lodmari Defence Ministry denied that its jets had crossed the border.",
			"The ministry added that all Lodmari forces had kept to their own airspace.",
		}, []string{"Lodmari Defence Ministry", "Lodmari Defence Ministry"}},
		{"the company, with its rival named", []string{
			"Tessaro Holdings raised its bid for Northwind Logistics on Friday.",
			"The company said it had engaged with Tessaro and met its advisers twice before the vote.",
		}, []string{"Northwind Logistics"}},
		{"inverted after a clause", []string{"Talks on the harbour fees will resume next week, said Olek Varn."}, []string{"Olek Varn"}},
		{"a question put to her is not what she said", []string{
			"Sabine Orr chairs the carmakers' federation.",
			"Asked whether she thought the ministry would back down, she smiled.",
		}, nil},
	})
}

// A document with no owner named is the statement of the person who has
// just spoken; "the group" the article never names is the body whose
// spokesman spoke.
func TestUnownedDocumentsAndBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{"the statement of the spokesman who just spoke", []string{
			`"The blockade will go on," said Orrik Tamm, a spokesman for the Tarvic rebels.`,
			`"We will strike every convoy that crosses the pass," the statement said.`},
			[]string{"Orrik Tamm", "Orrik Tamm"}},
		{"a statement long after anyone spoke has no owner", []string{
			`"The blockade will go on," said Orrik Tamm, a spokesman for the Tarvic rebels.`,
			"Convoys waited at the pass for two days.", "Prices in the valley doubled.", "Schools closed early.",
			`"Every convoy will be stopped," the statement said.`},
			[]string{"Orrik Tamm", "statement"}},
	})
	a := Extract([]string{
		`Tarvic spokesman Orrik Tamm said the rebels would hold the pass.`,
		`The group's spokesman said: "We will not retreat."`,
		`The group insisted that "no convoy will pass without our consent."`,
	})
	if n := len(a.Statements); n != 3 {
		t.Fatalf("%d statements, want 3: %+v", n, a.Statements)
	}
	if sp := a.Statements[2].Speaker; sp.Generic != "group" || sp.Role != "Tarvic spokesman" {
		t.Errorf("'the group' = %+v, want the body whose role 'Tarvic spokesman' spoke", sp)
	}
}

// An agent speaks for a principal: its role names whom, and an unnamed
// agent is not the last body of its kind named.
func TestAgentOfAPrincipal(t *testing.T) {
	a := Extract([]string{
		"Marsh & Pell, a law firm, handled the sale for the port.",
		`A law firm representing harbour owner Ilse Varn filed a letter on Monday, stating that the port "broke the terms of the sale."`,
		`Negotiator Tavi Lomu spoke on behalf of the Alliance of Reef Nations, saying the text "falls short."`,
	})
	if len(a.Statements) != 2 {
		t.Fatalf("%d statements, want 2: %+v", len(a.Statements), a.Statements)
	}
	if sp := a.Statements[0].Speaker; !strings.Contains(sp.Role, "representing") || !strings.Contains(sp.Role, "Ilse Varn") || strings.Contains(sp.Name, "Marsh") {
		t.Errorf("agent = %+v, want a law firm representing Ilse Varn", sp)
	}
	if sp := a.Statements[1].Speaker; sp.Name != "Tavi Lomu" || !strings.Contains(sp.Role, "on behalf of Alliance of Reef Nations") {
		t.Errorf("negotiator = %+v, want Tavi Lomu on behalf of the Alliance of Reef Nations", sp)
	}
}

// An appositive role may hold a parenthesis or a dash.
func TestAppositiveWithParenthesis(t *testing.T) {
	runRules(t, []ruleCase{
		{"parenthesis", []string{"The blockade will go on, Orrik Tamm, a spokesman for Tarvia's Free Hills (Tarvic) movement, said."}, []string{"Orrik Tamm"}},
		{"initials in parentheses at the end", []string{"The blockade will go on, Orrik Tamm, a spokesman for the Free Hills Movement (FHM), said."}, []string{"Orrik Tamm"}},
	})
	a := Extract([]string{"The blockade will go on, Orrik Tamm, a spokesman for Tarvia's Free Hills (Tarvic) movement, said."})
	if len(a.Statements) == 1 && !strings.Contains(a.Statements[0].Speaker.Role, "(Tarvic)") {
		t.Errorf("role %q, want the parenthesis kept as written", a.Statements[0].Speaker.Role)
	}
}

// Two speakers joined by "and": a joint statement is the first-named
// speaker's; speakers addressing each other make none; "and" inside a
// body's name is no coordination.
func TestCoordinatedSpeakers(t *testing.T) {
	runRules(t, []ruleCase{
		{"joint statement", []string{`"We stand together," Ilse Varn and Tomas Bray wrote in their statement.`}, []string{"Ilse Varn"}},
		{"reciprocal", []string{"Varenia and Belgora accused each other of breaking the ceasefire."}, nil},
		{"and inside a name is not the first word of it", []string{"The Waters and Fisheries Agency's notice says the plant broke its permit."}, nil},
	})
}

// One sentence, two speakers, each with a cue of their own: a clause
// with its own subject and a cue with a quotation or a reported clause,
// after a contrast (", while", ", but", "; "), or after a clause of time
// that is not part of what the first speaker said, is a second statement.
// Both texts are verbatim parts of the sentence, of the same index.
func TestTwoAttributionsInASentence(t *testing.T) {
	tests := []struct {
		name, text    string
		first, second string // speakers; second "" when the sentence has one
		secondText    string
	}{
		{"after", `Mayor Ines Roold said she would call the port chief from Oslo after the harbour union accused her of "selling out the docks" on Friday.`,
			"Ines Roold", "union", `the harbour union accused her of "selling out the docks" on Friday.`},
		{"while", `Ilse Varn said the plant would reopen, while union leader Tomas Bray warned that "nothing has been fixed".`,
			"Ilse Varn", "Tomas Bray", `union leader Tomas Bray warned that "nothing has been fixed".`},
		{"no quotation in the clause", `Ilse Varn said the plant would reopen after inspectors said it was safe.`,
			"Ilse Varn", "", ""},
		{"a time clause with no cue", `Ilse Varn said the plant would reopen as workers return from leave.`,
			"Ilse Varn", "", ""},
		// A contrast clause with a cue that reports a clause of its own.
		{"while, a reported clause with a pronoun", `Oskar Lind claimed his crews turned back to spare the town, while harbour master Ada Thorne claimed she had brokered the truce.`,
			"Oskar Lind", "Ada Thorne", `harbour master Ada Thorne claimed she had brokered the truce.`},
		{"but, a that-clause", `Harbour chief Lena Moss said fares would stay flat, but union leader Tomas Bray insisted that the crews had been promised a rise.`,
			"Lena Moss", "Tomas Bray", `union leader Tomas Bray insisted that the crews had been promised a rise.`},
		{"whereas, a that-clause", `Mayor Ines Roold pledged to reopen the pier, whereas council leader Bram Olsen announced that the repairs would take a year.`,
			"Ines Roold", "Bram Olsen", `council leader Bram Olsen announced that the repairs would take a year.`},
		{"a semicolon", `Ilse Varn said the plant would reopen in May; union leader Tomas Bray warned the crews would stay out.`,
			"Ilse Varn", "Tomas Bray", `union leader Tomas Bray warned the crews would stay out.`},
		{"the main cue in the later clause", `Ilse Varn argued that the levy was fair, but the harbour union said it would strike on Monday.`,
			"Ilse Varn", "union", `the harbour union said it would strike on Monday.`},
		{"an accusation with its charge, the main cue in the later clause", `Tarnland accused Vesk on Thursday of launching a drone strike on a dam, while Karvo said Tarnland's own forces had shelled it.`,
			"Tarnland", "Karvo", `Karvo said Tarnland's own forces had shelled it.`},
		// A clause of time after a main cue that reports no clause.
		{"after, a pledge", `Governor Piet Ravel pledged to crush what he called a revolt after militia chief Ivo Dunmore announced he had seized the port.`,
			"Piet Ravel", "Ivo Dunmore", `militia chief Ivo Dunmore announced he had seized the port.`},
		{"as, a vow", `Mayor Ines Roold vowed on Friday to keep the ferries running as council leader Bram Olsen announced that the depot would close.`,
			"Ines Roold", "Bram Olsen", `council leader Bram Olsen announced that the depot would close.`},
		{"when, after a framing tail", `Two crossings were shut overnight, the port authority said, when union leader Tomas Bray warned that the strike would spread.`,
			"authority", "Tomas Bray", `union leader Tomas Bray warned that the strike would spread.`},
		// One statement: the other clause is an action, an object, the
		// same speaker, or part of what the first speaker said.
		{"an action, not speech", `Governor Piet Ravel pledged to crush the revolt after militia chief Ivo Dunmore seized the port.`,
			"Piet Ravel", "", ""},
		{"an object, not a clause", `Ilse Varn said the plant would reopen, while union leader Tomas Bray criticised the new rota for night crews.`,
			"Ilse Varn", "", ""},
		{"a pronoun in the later clause", `Ilse Varn said the plant would reopen, but she said the crews would need new contracts.`,
			"Ilse Varn", "", ""},
		{"a time clause inside a that-clause", `Ilse Varn said that after the talks union leader Tomas Bray had warned the crews would strike.`,
			"Ilse Varn", "", ""},
		{"while without a comma", `Ilse Varn said the plant would reopen while union leader Tomas Bray said the crews would strike.`,
			"Ilse Varn", "", ""},
		{"a participle, not a verb", `Ilse Varn said the plant would reopen, while the harbour union condemned the rota announced on Monday by the board.`,
			"Ilse Varn", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := Extract([]string{tt.text}).Statements
			want := 1
			if tt.second != "" {
				want = 2
			}
			if len(sts) != want {
				t.Fatalf("%d statements, want %d: %+v", len(sts), want, sts)
			}
			if sts[0].Speaker.Name != tt.first {
				t.Errorf("first speaker %q, want %q", sts[0].Speaker.Name, tt.first)
			}
			for _, st := range sts {
				if !strings.Contains(tt.text, st.Text) {
					t.Errorf("text %q is not part of the sentence", st.Text)
				}
				if st.Sentence != 0 {
					t.Errorf("statement %q of sentence %d, want 0", st.Text, st.Sentence)
				}
			}
			if want == 2 {
				if !strings.Contains(sts[1].Speaker.Name, tt.second) || sts[1].Text != tt.secondText {
					t.Errorf("second = %q: %q, want %q: %q", sts[1].Speaker.Name, sts[1].Text, tt.second, tt.secondText)
				}
				if sts[1].Quote != "" && strings.Contains(sts[0].Text, sts[1].Quote) {
					t.Errorf("first statement %q still holds the second's quotation", sts[0].Text)
				}
			}
		})
	}
}

// A pronoun in a later clause of a sentence is the sentence's subject; a
// preposition opening a sentence is no part of a name.
func TestPronounInALaterClause(t *testing.T) {
	runRules(t, []ruleCase{
		{"the subject of this sentence", []string{
			`Harbour chief Ines Roold said the port would reopen.`,
			`Tomas Bray is not going to sign the deal after all, he told the board on Friday.`},
			[]string{"Ines Roold", "Tomas Bray"}},
		{"a preposition and a weekday are no person", []string{
			`By Thursday, Ilse Varn had gone to Lissek to meet buyers, and "this is a safeguard, not a wall," she told reporters there.`},
			[]string{"Ilse Varn"}},
	})
}

// "the Ford Expedition": a determiner right before capitalised words with
// no title names a thing, so "Ford" is no surname of a person.
func TestThingIsNoPerson(t *testing.T) {
	runRules(t, []ruleCase{
		{"a product after 'the'", []string{
			"The plant builds the Varn Expedition and the Varn Ranger.",
			`Varn called the strike "irresponsible".`},
			[]string{"Varn"}},
	})
	a := Extract([]string{"The plant builds the Varn Expedition and the Varn Ranger."})
	if len(a.People) != 0 {
		t.Errorf("people %+v, want none", a.People)
	}
}

// Words that open a sentence are no names: contractions, quantifiers,
// plural groups, a common word the article writes in lower case, a date.
func TestSentenceOpenersAreNoNames(t *testing.T) {
	runRules(t, []ruleCase{
		{"contraction", []string{"We’ve said it before and we say it again: the tariffs help."}, nil},
		{"quantifier", []string{"Dozens of residents said the road was unsafe."}, nil},
		{"plural group", []string{"Backers of the levy say it will pay for the new school."}, nil},
		{"a common word in lower case elsewhere", []string{"The cost of shipping rose.", "Shipping said it would appeal, warning that prices would rise."}, nil},
		{"a date is no person", []string{`Election Day came and went. "Go out and vote," he said.`}, nil},
		{"maintaining is no statement", []string{"Working on your own boat can be rewarding, maintaining the engine yourself."}, nil},
	})
}

// A rank, written out or cut short, is a title, not part of a name.
func TestRanksAreTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{"Col", []string{"Col Iva Danek said more than 40 rounds hit the village."}, []string{"Iva Danek"}},
		{"Lt.", []string{"Lt. Arvo Kesk said the patrol had been fired on."}, []string{"Arvo Kesk"}},
	})
}

// Two bodies joined by "and" are two names, not one, when the first is a
// place or state or the second opens with "The".
func TestTwoBodiesJoinedByAnd(t *testing.T) {
	a := Extract([]string{"The United Nations and European Union said the vote was fair.",
		"Harbour Records and The Selm Group said the sale would close in May."})
	for _, o := range a.Orgs {
		if strings.Contains(o, " and ") {
			t.Errorf("organisation %q joins two names", o)
		}
	}
}
