package attrib

import (
	"strings"
	"testing"
)

// Who speaks when a story is told by tabloids, live pages and wires:
// unnamed voices, shouted words, colons, issued documents, subjects
// behind an adverb or an opening phrase.

// A tabloid's word in capitals for emphasis is no word of a name:
// "HEARTBROKEN Lina Varo" is Lina Varo, "EIGHT Keldor trawlers" names no
// person, and initials stay a name ("NATO").
func TestShoutedWords(t *testing.T) {
	tests := []struct {
		para, want string
	}{
		{"HEARTBROKEN Lina Varo said the newspaper had ruined her life and her career.", "Lina Varo"},
		{"FURIOUS union boss Ada Renn said the offer was an insult to every nurse.", "Ada Renn"},
		{"NATO said the exercise would go ahead in the spring as planned.", "NATO"},
		{"SAG-AFTRA President Ada Renn said the strike would begin at midnight.", "Ada Renn"},
	}
	for _, tt := range tests {
		an := Extract([]string{tt.para})
		got := ""
		for _, st := range an.Statements {
			got = st.Speaker.Name
		}
		if got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.para, got, tt.want)
		}
	}
	an := Extract([]string{"EIGHT Keldor trawlers were seized by the navy on Monday, the ministry said."})
	for _, p := range an.People {
		if strings.Contains(p.Name, "EIGHT") {
			t.Errorf("person %q", p.Name)
		}
	}
}

// "A spokeswoman" is someone new: never a person named before who holds
// that post on another side, but a voice of the body that has just spoken
// or acted.
func TestIndefiniteVoiceOfTheBodyBefore(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  string // speaker of the last statement
	}{
		{"after the body spoke", []string{
			"Union spokeswoman Ada Renn said the merger would cost 300 jobs in the regional newsrooms.",
			"Tarnco Media denied that any decision on jobs had been taken. A spokeswoman said the documents were early planning and had been misread.",
		}, "Tarnco Media's spokeswoman"},
		{"after the body acted", []string{
			"Opposition health spokeswoman Lena Hart said the attack showed years of neglect at the hospitals.",
			"The Korva Hospitals Trust has responded quickly.",
			`"We have not had any contact with the criminals responsible," a spokeswoman told the Courier.`,
		}, "Korva Hospitals Trust's spokeswoman"},
		{"after the body opened the sentence before", []string{
			"Justice Minister Ivo Marsh said gangs had started the riot in the east wing.",
			"The Orla Prison Service has updated the death toll.",
			"A spokeswoman tells the Post that nine inmates are now confirmed dead.",
		}, "Orla Prison Service's spokeswoman"},
		{"a person spoke last", []string{
			"Tarnco Media said the merger would go ahead in the spring.",
			"Culture Minister Ivo Marsh said the decision was one for the regulator alone to make.",
			"A spokesman said the minister would not comment on the appeal before the hearing.",
		}, "Ivo Marsh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Extract(tt.paras)
			got := ""
			for _, st := range an.Statements {
				got = st.Speaker.Name
			}
			if got != tt.want {
				t.Errorf("speaker %q, want %q (decisions %+v)", got, tt.want, an.Decisions)
			}
		})
	}
}

// A colon that opens a quotation after a subject and any verb reports it
// ("sobbed:", "crowed:"), and a new, unnamed speaker's quotation ("One
// worker, who asked not to be named, told us:") is never the speaker's
// before.
func TestColonAfterAVerb(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // speakers of the statements, in order
	}{
		{"a verb of feeling before the colon", []string{
			"Foreign Minister Lena Vask said the trawlers had been fishing illegally in Orlan waters.",
			`Skipper's wife Anni Holt, 38, from Tarnby, sobbed: "My husband rang me at three in the morning. Then the line went dead."`,
		}, []string{"Lena Vask", "Anni Holt"}},
		{"words between the verb and the colon", []string{
			"Labour Minister Ivo Marsh said the pension reform would pass before the summer recess.",
			`Union chief Ada Renn roared to a sea of red flags: "We will not work until we drop!"`,
		}, []string{"Ivo Marsh", "Ada Renn"}},
		{"an unnamed speaker is no one before", []string{
			"A Tarnco spokesman, Piet Alder, said the plant had passed every inspection this year.",
			`One worker, who asked not to be named, told us: "The managers said the repairs could wait until next year."`,
		}, []string{"Piet Alder"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Extract(tt.paras)
			var got []string
			for _, st := range an.Statements {
				got = append(got, st.Speaker.Name)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("speakers %q, want %q", got, tt.want)
			}
		})
	}
}

// "The company" after a company's officer has spoken is that company, not
// the last company named ("the contractor ClinaTest"); and a name ending
// in a firm's trade ("Halvard Therapeutics") is a company, not a person.
func TestTheCompanyOfTheOfficerBefore(t *testing.T) {
	an := Extract([]string{
		"The regulator ordered Ardent Therapeutics to stop all dosing in the study.",
		"The study was run on Ardent's behalf by the contract research company Veltrix.",
		`Ardent chief executive Ada Renn said the company was "devastated". "Our thoughts are with the volunteers," Renn said.`,
		"The company said the trial had been approved by the regulator and an ethics committee.",
	})
	got := ""
	for _, st := range an.Statements {
		got = st.Speaker.Name
	}
	if got != "Ardent Therapeutics" {
		t.Errorf("speaker %q, want Ardent Therapeutics (decisions %+v)", got, an.Decisions)
	}
	for _, p := range an.People {
		if p.Name == "Ardent Therapeutics" {
			t.Errorf("%q taken for a person", p.Name)
		}
	}
}

// A role before a name with an abbreviated form of address, in commas
// ("Its president, Dr. Hana Solvik, called"), is the name's: the name
// speaks, not another person who holds that post.
func TestRoleThenTitledNameInCommas(t *testing.T) {
	an := Extract([]string{
		"Justice Maren Kolt, the president of the court, said the court took no view on vaccination.",
		"The Orla Medical Association was among the first to react. Its president, Dr. Lena Vask, called the ruling dangerous for patients.",
	})
	got := ""
	for _, st := range an.Statements {
		got = st.Speaker.Name
	}
	if got != "Lena Vask" {
		t.Errorf("speaker %q, want Lena Vask (decisions %+v)", got, an.Decisions)
	}
}

// A body that issues a document says what a reporting verb's participle
// right after the document reports ("put out a statement calling ..."),
// before any cue inside what it reports ("confirming it will appeal");
// with no participle the body acts, and "it" after it is that body.
func TestIssuedDocument(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // "speaker: cue" of each decision with a speaker
	}{
		{"a participle after the document", []string{
			`The Orla Union of Journalists has put out a statement calling the decision "the right call for readers".`,
		}, []string{"Orla Union of Journalists: calling"}},
		{"a cue inside what the participle reports", []string{
			"Union leader Ada Renn said the ruling was right for the regions.",
			"Tarnco Media has just issued a two-line statement confirming it will appeal the decision.",
		}, []string{"Ada Renn: said", "Tarnco Media: confirming"}},
		{"an act, then it", []string{
			"Union leader Ada Renn said the talks had failed for good.",
			"The Tarnland labour ministry has issued a statement.",
			`It says the government remains "open to dialogue" but will not change the age of 65.`,
		}, []string{"Ada Renn: said", "Tarnland labour ministry: issued", "Tarnland labour ministry: says"}},
		{"a closing cue comes first", []string{
			"Trade Minister Ada Renn said the quotas broke the rules of the trade council.",
			"The trade ministry has sent a letter to the council formally requesting talks, a spokeswoman confirms.",
		}, []string{"Ada Renn: said", "Ada Renn: confirms"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Extract(tt.paras)
			var got []string
			for _, d := range an.Decisions {
				if d.Speaker != "" {
					got = append(got, d.Speaker+": "+d.Cue)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// "The defence minister" is never the holder of another portfolio named
// later in the article ("Tarnland Foreign Minister Selma Tovey"), but the
// one whose role names defence ("Defence chief Rurik Hale").
func TestPortfolioOfATitle(t *testing.T) {
	an := Extract([]string{
		`Defence chief Rurik Hale blasted the raid as "piracy, pure and simple".`,
		`"Keldor will not be bullied," the defence minister vowed last night.`,
		"But Tarnland Foreign Minister Selma Tovey said the boats had been poaching in Tarnland's waters.",
	})
	for _, d := range an.Decisions {
		if d.Sentence == 1 && d.Speaker != "Rurik Hale" {
			t.Errorf("speaker %q, want Rurik Hale (%s)", d.Speaker, d.Resolution)
		}
	}
}

// A body written in lower case by its common noun ("the prison service"),
// a post of a body of that kind held by no one named ("a justice ministry
// spokeswoman") and unnamed people named by their post ("prison bosses",
// "the exchange's administrators") speak.
func TestLowerCaseBodiesAndPosts(t *testing.T) {
	for _, tc := range []struct{ sentence, want string }{
		{"The prison service says the riot involves about 450 inmates.", "service"},
		{"A justice ministry spokeswoman said the minister had answered every letter.", "justice ministry spokeswoman"},
		{"Prison bosses insisted officers had behaved properly throughout the riot.", "Prison bosses"},
		{"The exchange's administrators say $1.9 billion of customer money is missing.", "exchange's administrators"},
	} {
		an := Extract([]string{"Union leader Ada Renn said the jail was badly understaffed.", tc.sentence})
		got := ""
		for _, st := range an.Statements {
			got = st.Speaker.Name
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%q: speaker %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// A word that opens a clause ("Whether", "While") is no first word of a
// name: "Whether Vesk would comply" names no person "Whether Vesk".
func TestClauseOpenerIsNoName(t *testing.T) {
	an := Extract([]string{
		"Whether Vesk would comply with the order was unclear on Monday.",
		"While Tarnco said the plant was safe, Ada Renn said it was not.",
	})
	for _, p := range an.People {
		if strings.HasPrefix(p.Name, "Whether") || strings.HasPrefix(p.Name, "While") {
			t.Errorf("person %q", p.Name)
		}
	}
}

// An appositive whose body noun is the object of a preposition ("a
// former chief engineer at the ministry") makes the name no body's.
func TestAppositiveBodyAfterAPreposition(t *testing.T) {
	an := Extract([]string{"Piet Alder, a former chief engineer at the ministry, cautioned that a lorry could have hit the pillar."})
	if len(an.Orgs) > 0 {
		t.Errorf("bodies %q, want none", an.Orgs)
	}
	an = Extract([]string{"Orla Sound, the ferry operator, said fares would stay flat this winter."})
	if len(an.Orgs) != 1 {
		t.Errorf("bodies %q, want Orla Sound", an.Orgs)
	}
}

// Two estimates of one sentence are each their own speaker's: organisers
// speak as such, an estimate after ", but" ("but police put the figure at
// 52,000") is the other speaker's, and so is one before a semicolon when
// the cue after it gives another's ("Police estimate 400 people; the
// coalition says 2,500").
func TestTwoEstimatesInOneSentence(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Organisers said 250,000 people had joined the march, but police put the figure at 52,000.",
			[]string{"Organisers: Organisers said 250,000 people had joined the march", "police: police put the figure at 52,000."}},
		{"Police estimate 400 people; the Free Campus Coalition says 2,500.",
			[]string{"Police: Police estimate 400 people", "Free Campus Coalition: the Free Campus Coalition says 2,500."}},
	}
	for _, tc := range tests {
		var got []string
		for _, st := range Extract([]string{tc.text}).Statements {
			got = append(got, st.Speaker.Name+": "+st.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: statements %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A base form after an adverb after a plural subject is the verb ("The
// administrators now say"), and an estimate after a semicolon is the
// next speaker's ("; prosecutors, who ..., say $2.3 billion").
func TestAdverbBeforeACueAndAnEstimateAfterASemicolon(t *testing.T) {
	an := Extract([]string{"The administrators now say $1.9 billion is missing; prosecutors, who include losses from the trading arm, say $2.3 billion."})
	var got []string
	for _, st := range an.Statements {
		got = append(got, st.Speaker.Name)
	}
	if strings.Join(got, "|") != "administrators|prosecutors" {
		t.Errorf("speakers %q, want administrators then prosecutors", got)
	}
}

// A name in apposition to a person's role inside an opening phrase
// ("Asked by her barrister, Jonas Pell, how she had felt") is not the
// sentence's subject: "she" after it is not the barrister.
func TestNameOfARoleInAnOpeningPhrase(t *testing.T) {
	an := Extract([]string{
		"Lina Varo told the court that the newspaper had ruined her career.",
		`She spoke quietly at first. Asked by her barrister, Jonas Pell, how she had felt when she read the article, she paused for several seconds. "Sick," she said.`,
	})
	for _, d := range an.Decisions {
		if d.Sentence == 3 && d.Speaker != "Lina Varo" {
			t.Errorf("speaker %q, want Lina Varo (%s)", d.Speaker, d.Resolution)
		}
	}
}
