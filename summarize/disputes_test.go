package summarize

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/summarize/extract"
)

// testArticles parses invented articles for a test, named a.txt, b.txt...
func testArticles(t *testing.T, texts ...string) []Article {
	t.Helper()
	var arts []Article
	for i, text := range texts {
		arts = append(arts, testArticle(t, string(rune('a'+i))+".txt", text))
	}
	return arts
}

// testArticle parses an invented article for a test.
func testArticle(t *testing.T, file, text string) Article {
	t.Helper()
	a, err := ParseArticle([]byte(text), extract.Text, file, "")
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestSourceDisputes(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // topic: values, one per dispute
	}{
		{
			name: "two counts of one crowd",
			texts: []string{
				"Dockers strike at Korvel\n\nMore than 3,100 dockworkers walked off the job at the port of Korvel on Monday, the union said.",
				"Korvel port at a standstill\n\nSome 2,600 dockworkers walked off the job at the port of Korvel on Monday, halting all cargo.",
				"Strike hits Korvel\n\nAbout 3,100 dockworkers walked off the job at Korvel's port on Monday morning.",
			},
			want: []string{"Number of dockworkers: 3,100 dockworkers|2,600 dockworkers"},
		},
		{
			name: "equal values written differently agree",
			texts: []string{
				"Marchers fill Vell\n\nTwelve thousand people marched through Vell on Saturday against the new tax.",
				"Tax protest in Vell\n\nSome 12,000 people marched through Vell on Saturday against the tax.",
			},
		},
		{
			name: "the same number of different things is no dispute",
			texts: []string{
				"Port strike\n\nThe union says 3,100 members will strike at Korvel on Monday.",
				"Ships wait\n\nAt Korvel, 2,600 containers were stuck on the quay on Monday as ships waited offshore.",
			},
		},
		{
			name: "a count a relative clause restricts counts part of the whole",
			texts: []string{
				"Actors walk out\n\nThe strike at the Marden studios covers the 52,000 actors who voted for it, the guild said on Friday.",
				"Studios shut\n\nThe strike at the Marden studios covers some 90,000 actors, the guild said on Friday.",
			},
		},
		{
			name: "the same verb of a restricted count is one count",
			texts: []string{
				"Dockers strike at Korvel\n\nThe 3,100 dockworkers who walked off the job at the port of Korvel on Monday were joined by crane drivers.",
				"Korvel port at a standstill\n\nSome 2,600 dockworkers walked off the job at the port of Korvel on Monday, halting all cargo.",
			},
			want: []string{"Number of dockworkers: 3,100 dockworkers|2,600 dockworkers"},
		},
		{
			name: "two attributes that share a unit are two facts",
			texts: []string{
				"Count under way in Ostrava\n\nMayor Lenka Dvorska led with 48% of the vote in Ostrava late on Sunday, the election commission said.",
				"Ostrava count\n\nMayor Lenka Dvorska led in Ostrava late on Sunday with 75% of polling stations counted, the election commission said.",
			},
		},
		{
			name: "one attribute, two values: the topic names it",
			texts: []string{
				"Nurses offered rise\n\nThe Varden Health Board offered nurses a 4% pay rise on Monday after talks at the ministry.",
				"Pay offer for nurses\n\nThe Varden Health Board offered nurses a 5% pay rise on Monday after talks at the ministry.",
			},
			want: []string{"Pay rise: 4%|5%"},
		},
		{
			name: "one crowd told in other words",
			texts: []string{
				"March in Vell\n\nAbout 200 people marched through Vell on Saturday to protest the closure of the maternity ward, police said.",
				"Vell protest\n\nMore than 400 people joined a protest march in Vell on Saturday against plans to close the hospital's maternity ward.",
			},
			want: []string{"Number of people: 200 people|400 people"},
		},
		{
			name: "one crowd counted as people in one outlet and as protesters in another",
			texts: []string{
				"Nurses protest\n\nAbout 200 people, many of them in uniform, protested outside the ministry on Tuesday, police said.",
				"NURSES' FURY\n\nSome 400 protesters, many in uniform, packed the street outside the health ministry on Tuesday.",
			},
			want: []string{"Number of people: 200 people|400 protesters"},
		},
		{
			name: "one crowd of fans and supporters",
			texts: []string{
				"Fans march\n\nAround 2,000 supporters of Tarrow Rovers marched to the town hall on Saturday.",
				"Rovers protest\n\nMore than 5,000 fans of Tarrow Rovers marched to the town hall on Saturday.",
			},
			want: []string{"Number of supporters: 2,000 supporters|5,000 fans"},
		},
		{
			name: "one count of passengers and holidaymakers",
			texts: []string{
				"Flights grounded\n\nAbout 9,000 passengers were stranded at Brannick on Monday, the airport said.",
				"HOLIDAY CHAOS\n\nAround 15,000 holidaymakers were stranded at Brannick on Monday.",
			},
			want: []string{"Number of passengers stranded: 9,000 passengers|15,000 holidaymakers"},
		},
		{
			name: "one call told in other words",
			texts: []string{
				"Leaders speak\n\nThe two presidents held a five-minute phone call on Friday about the dam, an aide said.",
				"Call on dam\n\nThe two presidents held a 20-minute phone call on Friday about the dam, the palace said.",
			},
			want: []string{"Length of the phone call: five-minute|20-minute"},
		},
		{
			name: "the day of one vote",
			texts: []string{
				"Council backs fare rise\n\nThe city council voted 7-5 on Tuesday night to raise bus fares by 40 cents.",
				"Fares to rise\n\nThe city council voted 8-4 on Wednesday to raise bus fares by 40 cents from July.",
			},
			want: []string{"Vote: 7-5|8-4", "Day: on Tuesday|on Wednesday"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSourceDisputes(t, tc.texts, tc.want, true) })
	}
}

// checkSourceDisputes runs sourceDisputes on articles of texts and checks
// that it finds as many disputes as want holds, each "Topic: value|value"
// held by a dispute's topic and summary: the dispute of the same rank when
// inOrder, else any.
func checkSourceDisputes(t *testing.T, texts, want []string, inOrder bool) {
	t.Helper()
	var got []string
	for _, d := range sourceDisputes(testArticles(t, texts...)) {
		got = append(got, d.Topic+": "+d.Summary)
	}
	if len(got) != len(want) {
		t.Fatalf("disputes:\n%s\nwant %d: %q", strings.Join(got, "\n"), len(want), want)
	}
	holds := func(g, w string) bool {
		topic, values, _ := strings.Cut(w, ": ")
		for _, v := range append([]string{topic}, strings.Split(values, "|")...) {
			if !strings.Contains(g, v) {
				return false
			}
		}
		return true
	}
	for i, w := range want {
		if inOrder {
			if !holds(got[i], w) {
				t.Errorf("dispute %d = %q, want it to hold %q", i, got[i], w)
			}
			continue
		}
		if !slices.ContainsFunc(got, func(g string) bool { return holds(g, w) }) {
			t.Errorf("no dispute holds %q in:\n%s", w, strings.Join(got, "\n"))
		}
	}
}

func TestPartyDisputes(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // "side / side" per dispute
	}{
		{
			name: "one side denies what the other says",
			texts: []string{
				"Dockers strike over cranes\n\nUnion general secretary Dmitri Sorok said the automation plan would cost 900 jobs at the port.\n\nSorok said members would stay out until the company put its promises in writing.",
				"Port operator hits back\n\nSelvan Port Company chief executive Anna Brandt said there would be no job cuts at the port and no compulsory redundancies.\n\nBrandt said the company's pay offer was fair.",
			},
			want: []string{"Union / Selvan Port Company"},
		},
		{
			name: "sides speaking of different things",
			texts: []string{
				"Fare rise passes\n\nMayor Priya Ram said the fare rise would close a budget gap at the transit agency.\n\nRam said the low-income pass would be frozen.",
				"Campaigners plan ballot\n\nFair Fares organiser Tomas Greer said the campaign would gather signatures for a ballot initiative.\n\nGreer said volunteers would start on Saturday.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := testArticles(t, tc.texts...)
			var got []string
			for _, d := range partyDisputes(storyClaims(arts), arts) {
				got = append(got, d.Sides[0].Party+" / "+d.Sides[1].Party)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("disputes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestDisputeStatus(t *testing.T) {
	t.Run("a correction settles a figure", func(t *testing.T) {
		arts := []Article{
			testArticle(t, "a.txt", "Dockers strike at Korvel\n\nMore than 3,100 dockworkers walked off the job at the port of Korvel on Monday, the union said."),
			testArticle(t, "b.txt", "Korvel port at a standstill\n\nSome 2,600 dockworkers walked off the job at the port of Korvel on Monday.\n\nCorrection: an earlier version of this article misstated the number of dockworkers on strike."),
		}
		arts[0].Published = time.Date(2026, 5, 18, 9, 0, 0, 0, time.UTC)
		arts[1].Published = time.Date(2026, 5, 19, 9, 0, 0, 0, time.UTC)
		ds := sourceDisputes(arts)
		if len(ds) != 1 || ds[0].Status != Resolved {
			t.Fatalf("disputes = %+v, want one resolved", ds)
		}
	})
	t.Run("a correction by someone else, open", func(t *testing.T) {
		arts := []Article{
			testArticle(t, "a.txt", "Missiles hit Orla\n\nVesk fired 4 missiles at the port of Orla on Monday night, officials said."),
			testArticle(t, "b.txt", "Orla port struck\n\nVesk fired 6 missiles at the port of Orla on Monday night, officials said.\n\nThe army later corrected its own account of the strike."),
		}
		if ds := sourceDisputes(arts); len(ds) != 1 || ds[0].Status != Open {
			t.Fatalf("disputes = %+v, want one open", ds)
		}
	})
	t.Run("a correction published before the other report, open", func(t *testing.T) {
		arts := []Article{
			testArticle(t, "a.txt", "Missiles hit Orla\n\nVesk fired 4 missiles at the port of Orla on Monday night, officials said."),
			testArticle(t, "b.txt", "Orla port struck\n\nVesk fired 6 missiles at the port of Orla on Monday night, officials said.\n\nCorrection: an earlier version of this article misstated the day of the strike."),
		}
		arts[0].Published = time.Date(2026, 5, 19, 9, 0, 0, 0, time.UTC)
		arts[1].Published = time.Date(2026, 5, 18, 9, 0, 0, 0, time.UTC)
		if ds := sourceDisputes(arts); len(ds) != 1 || ds[0].Status != Open {
			t.Fatalf("disputes = %+v, want one open", ds)
		}
	})
	t.Run("no correction, open", func(t *testing.T) {
		arts := []Article{
			testArticle(t, "a.txt", "Dockers strike at Korvel\n\nMore than 3,100 dockworkers walked off the job at the port of Korvel on Monday, the union said."),
			testArticle(t, "b.txt", "Korvel port at a standstill\n\nSome 2,600 dockworkers walked off the job at the port of Korvel on Monday."),
		}
		if ds := sourceDisputes(arts); len(ds) != 1 || ds[0].Status != Open {
			t.Fatalf("disputes = %+v, want one open", ds)
		}
	})
}

// The overview leads with the newest article.
func TestOverviewNewestFirst(t *testing.T) {
	old := testArticle(t, "a.txt", "Talks open in Geneva\n\nNegotiators from Moldara and Kestria opened talks in Geneva on the future of the Sarnek dam and its water.")
	newer := testArticle(t, "b.txt", "Talks end without deal\n\nThe Geneva talks between Moldara and Kestria on the Sarnek dam ended without a deal on the water it holds back.")
	old.Published = time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	newer.Published = time.Date(2026, 3, 11, 9, 0, 0, 0, time.UTC)
	got := Overview([]Article{old, newer})
	if !strings.HasPrefix(got, "The Geneva talks between Moldara and Kestria") {
		t.Errorf("overview = %q, want the newest article's lead first", got)
	}
}

// Advice to the reader is no account of where a story stands.
func TestOverviewSkipsAdviceToTheReader(t *testing.T) {
	a := testArticle(t, "a.txt", "Battery recall: what to do\n\nIf your e-bike runs on a TrailCell battery, stop riding it and stop charging it at once.\n\nHalvard Power Systems recalled 48,000 TrailCell battery packs on Tuesday after reports of fires in homes.")
	if got := Overview([]Article{a}); strings.Contains(got, "your") || !strings.Contains(got, "recalled 48,000") {
		t.Errorf("overview = %q", got)
	}
}

// A lead the page cut off mid-sentence ("... among the member states,")
// is no sentence of the overview: joined to the next, it would read as
// one sentence that nobody wrote.
func TestOverviewSkipsCutOffLead(t *testing.T) {
	for _, cut := range []string{
		"Ministers from the twelve member states on Thursday backed the final text of the river accord signalling agreement among the member states,",
		"Ministers from the twelve member states on Thursday backed the final text of the river accord signalling agreement among the member",
	} {
		a := testArticle(t, "a.txt", "River accord backed\n\n"+cut+"\n\nThe accord caps how much water each state may draw from the Tesna river in a dry summer.")
		if got := Overview([]Article{a}); strings.Contains(got, "Ministers") || !strings.Contains(got, "caps how much water") {
			t.Errorf("overview = %q", got)
		}
	}
}

// A rebuttal that says nothing of its own ("The authority rejected that
// claim.") stands in a dispute by what its side says in the next
// sentence, when it says something there.
func TestRebuttalPositionSaysWhatFollows(t *testing.T) {
	arts := testArticles(t,
		"Fishing ban row\n\nOrsa Bay Fishermen's Cooperative chairman Nils Eklund said inspectors had ignored complaints from fishermen for months.\n\nThe Estmark Environment Authority rejected that claim. Its director, Margit Falkenrath, said every complaint had been inspected in line with the law.",
		"Cooperative seeks compensation\n\nThe Orsa Bay Fishermen's Cooperative said its members had lost a season.\n\nThe Estmark Environment Authority said the ban would stay until tests were clear.",
	)
	found := false
	for _, d := range partyDisputes(storyClaims(arts), arts) {
		for _, s := range d.Sides {
			if s.Party != "Estmark Environment Authority" {
				continue
			}
			found = true
			if strings.Contains(s.Position, "rejected that claim") {
				t.Errorf("the authority's position is its bare rebuttal %q", s.Position)
			}
		}
	}
	if !found {
		t.Error("no dispute of the authority")
	}
}
