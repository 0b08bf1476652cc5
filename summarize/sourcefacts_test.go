package summarize

import (
	"strings"
	"testing"
)

// Values compared within one attribute of one subject, or one event:
// sentences told in other words still dispute one fact when they name it,
// and values of two attributes or two events never do.
func TestSourceDisputesByAttribute(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // topic: values, one per dispute
	}{
		{
			name: "an offer named before and after its figure",
			texts: []string{
				"Velmar offer\n\nThe Velmar board said in a long statement to staff that its pay offer of 7% over three years was final.",
				"Harbour staff\n\nA spokeswoman insisted the group's offer of a 6.5 percent rise over three years remained open to the crews.",
			},
			want: []string{"Pay offer: 7%|6.5 percent"},
		},
		{
			name: "an amount written before or after its noun",
			texts: []string{
				"Kettle recall\n\nBuyers will be offered a refund of $89 or a new kettle, the maker said.",
				"Faulty kettles\n\nStores must give shoppers who bring the kettle back a full refund of the $99 purchase price.",
			},
			want: []string{"Refund: $89|$99"},
		},
		{
			name: "a demand and an offer are two attributes",
			texts: []string{
				"Pilots strike\n\nThe airline said it had offered a 9 percent pay rise over two years.",
				"Pilots walk out\n\nThe pilots' association, whose members fly long routes, is seeking an 18% rise over two years.",
			},
		},
		{
			name: "two attributes that share a unit are two facts",
			texts: []string{
				"Prices climb\n\nPrices in Vell rose 6% in the year to March, the statistics office said.",
				"Wages lag\n\nWages in Vell rose 4% in the year to March, the statistics office said.",
			},
		},
		{
			name: "one attribute of two things is two facts",
			texts: []string{
				"Costs climb\n\nThe bureau reported a 6% rise in food prices over the year, the fastest in a decade.",
				"Pay deal\n\nUnions won a 5% rise in wages for nurses over the year, the fastest in a decade.",
			},
		},
		{
			name: "one tariff on two goods is two facts",
			texts: []string{
				"Tariff\n\nVell will charge a 25 percent tariff on steel above the quota.",
				"Cars\n\nOstrin keeps its 20 percent tariff on Vell's electric cars above the quota.",
			},
		},
		{
			name: "the change and the price of one stock on one day",
			texts: []string{
				"Bid lifts Velmar\n\nVelmar shares jumped 27% to $40.80 after the bid, well below the offer price, as investors weighed a long review.",
				"Velmar bid\n\nVelmar shares closed up 26% at $40.60. Tessor shares fell 4%.",
			},
			want: []string{"Change in Velmar shares: 27%|26%", "Price of Velmar shares: $40.80|$40.60"},
		},
		{
			name: "one stock's fall told in other words",
			texts: []string{
				"Velmar slides\n\nShares of Velmar fell 8% to $12.40 after the warning.",
				"Profit warning\n\nVelmar stock dropped 7.5% to $12.55 on Tuesday as investors fled.",
			},
			want: []string{"Change in Velmar shares: 8%|7.5%", "Price of Velmar shares: $12.40|$12.55"},
		},
		{
			name: "the day of one vote named just before it",
			texts: []string{
				"Vote date\n\nThe referendum will be held on October 12, the commission said.",
				"Poll set\n\nVoters will go to the polls in the referendum on October 19.",
			},
			want: []string{"Date: October 12|October 19"},
		},
		{
			name: "the date of one scheduled event",
			texts: []string{
				"Levy on steel\n\nThe quotas on Ostrin steel will take effect on July 1, according to a notice in the gazette.",
				"Carmakers fret\n\nCarmakers fear Vell's new quotas on imported steel, which take effect on June 15 and cap imports at two million tonnes.",
			},
			want: []string{"Date: July 1|June 15"},
		},
		{
			name: "the month of one meeting",
			texts: []string{
				"Dam talks\n\nThe two delegations agreed that a technical working group would meet in April.",
				"Dam dispute\n\nDiplomats said a technical working group would meet in May to study the river.",
			},
			want: []string{"Month: in April|in May"},
		},
		{
			name: "one meeting's day and length told in other words",
			texts: []string{
				"Ministers meet\n\nThe talks in Vell on Tuesday lasted around three hours, officials from both sides said afterwards.",
				"Dam meeting\n\nThe minister said his country had come out of Wednesday's four-hour meeting in Vell convinced that engineers could settle the matter.",
			},
			want: []string{"meeting: three hours|four-hour", "Day: on Tuesday|Wednesday's"},
		},
		{
			name: "one deadline told in other words",
			texts: []string{
				"Bids due\n\nThe deadline for bids from the three bidders is June 30, the agency said.",
				"Bidders told\n\nThe three bidders must submit their bids by July 15, officials said.",
			},
			want: []string{"Date: June 30|July 15"},
		},
		{
			name: "the day of talks a remark names",
			texts: []string{
				"Talks held\n\nThe ceasefire talks were held in Vell on Tuesday, diplomats said.",
				"Ceasefire\n\nDiplomats said Wednesday's ceasefire talks in Vell produced no agreement.",
			},
			want: []string{"Day: on Tuesday|Wednesday's"},
		},
		{
			name: "two events at one place on two days",
			texts: []string{
				"Port vote\n\nThe union's members at the port of Vell voted on Monday to strike.",
				"Ships diverted\n\nShips bound for the port of Vell were diverted to Ostrin on Wednesday.",
			},
		},
		{
			name: "one strike's start told as a strike and a stoppage",
			texts: []string{
				"Dock strike\n\nThe strike by the Vell Dockers’ Union began on Monday and has halted all cargo at the terminal.",
				"Port shut\n\nThe stoppage began at 10 p.m. on Sunday, when the night shift downed tools, and has spread to every berth.",
			},
			want: []string{"Day: on Monday|on Sunday"},
		},
		{
			name: "remarks on two days are two remarks",
			texts: []string{
				"Port strike\n\n\"We will not step in,\" the transport ministry said in a statement on Tuesday about the strike at the port.",
				"Minister under pressure\n\nThe transport minister stressed on Wednesday that the government would not step in at the port.",
			},
		},
		{
			name: "a strike's start and its end are two events",
			texts: []string{
				"Nurses strike\n\nThe nurses' strike at the Vell hospitals began on Monday, the union said.",
				"Hospitals hit\n\nThe nurses' strike at the Vell hospitals is due to end on Thursday, the union said.",
			},
		},
		{
			name: "a round count of one group",
			texts: []string{
				"Schools to close\n\nThe closures will affect 640 pupils, who will move to other schools in September.",
				"Board votes\n\nThe board voted to close the three schools. About 700 pupils attend the three schools.",
			},
			want: []string{"Number of pupils: 640 pupils|700 pupils"},
		},
		{
			name: "the others of a whole but one agree with the whole",
			texts: []string{
				"Mine halted\n\nThe union demanded that Tarvan suspend work at all five of its mines.",
				"Company answers\n\nTarvan said suspending operations at its other four mines would be unjustified.",
			},
		},
		{
			name: "two estimates within the step they are rounded to agree",
			texts: []string{
				"Plant strike\n\nThe stoppage will affect approximately 9,000 employees at the Vell plant, the company said.",
				"Walkout\n\nApproximately 8,700 workers walked off the job at the Vell plant on Wednesday.",
			},
		},
		{
			name: "one distance given two values",
			texts: []string{
				"Maternity ward to close\n\nMothers from Dranovo will have to give birth at Lindholm General Hospital, which lies 74 kilometres away along a mountain road.",
				"Ward closure\n\nFrom April, women from Dranovo will have to travel to Lindholm General Hospital, a journey of 90 kilometres on a mountain road.",
			},
			want: []string{"Distance: 74 kilometres|90 kilometres"},
		},
		{
			name: "a count and its rounding agree",
			texts: []string{
				"Waiting list falls\n\nThe ministry's figures showed 412,300 patients on the waiting list at the end of February.",
				"Lists shrink\n\nFigures from the ministry show 412,000 patients were on the waiting list at the end of February.",
			},
		},
		{
			name: "two round counts of a crowd are no rounding",
			texts: []string{
				"March in Vell\n\n400 people marched through Vell on Saturday against the tax.",
				"Vell protest\n\n450 people marched through Vell on Saturday against the tax.",
			},
			want: []string{"Number of people: 400 people|450 people"},
		},
		{
			name: "the dead and the injured are two counts",
			texts: []string{
				"Blast\n\nAbout 40 people were injured in the blast at the Vell plant on Monday.",
				"Plant blast\n\nThe blast at the Vell plant on Monday killed 60 people, officials said.",
			},
		},
		{
			name: "the marchers and the arrested are two counts",
			texts: []string{
				"March in Vell\n\nAbout 300 people marched through Vell on Saturday against the tax.",
				"Arrests at march\n\nPolice arrested 150 people at the march through Vell on Saturday.",
			},
		},
		{
			name: "the injured told in other words",
			texts: []string{
				"Blast\n\nAbout 40 people were injured in the blast at the Vell plant.",
				"Plant blast\n\nSome 55 people were hurt in the blast at the Vell plant, officials said.",
			},
			want: []string{"Number of people: 40 people|55 people"},
		},
		{
			name: "a meeting's length, in a compound and after a verb",
			texts: []string{
				"Talks\n\nThe governor and the finance minister held a two-hour meeting at the ministry on Friday to ease tensions.",
				"Meeting\n\nThe minister and the governor met at the ministry on Friday; the meeting lasted more than four hours, officials said.",
			},
			want: []string{"Length of the meeting: two-hour|four hours"},
		},
		{
			name: "a length in the night is no length of the night",
			texts: []string{
				"Border\n\nThe shelling of Selenka lasted two hours overnight, villagers said.",
				"Village hit\n\nSelenka was shelled for three hours overnight, the village council said.",
			},
			want: []string{"Duration: two hours|three hours"},
		},
		{
			name: "the strikers are no count of all the staff",
			texts: []string{
				"Strike at Vell\n\nSome 2,600 nurses walked out at the Vell hospitals on Monday.",
				"Hospitals strained\n\nAbout 4,000 nurses work at the Vell hospitals, the health board says.",
			},
		},
		{
			name: "a count of part is no count of the whole",
			texts: []string{
				"Strike at Vell\n\nSome 2,600 nurses who walked out on Monday picketed the hospitals.",
				"Hospitals strained\n\nAbout 4,000 nurses work at the city's hospitals, the health board says.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSourceDisputes(t, tc.texts, tc.want, false) })
	}
}

// A source is named by its outlet, else by the host of its address, and
// never by its headline.
func TestOutletName(t *testing.T) {
	tests := []struct {
		name string
		a    Article
		want string
	}{
		{"outlet", Article{Outlet: "Vell Post", Title: "Strike enters third day", URL: "https://vellpost.example/a"}, "Vell Post"},
		{"host", Article{Title: "Strike enters third day", URL: "https://www.vellpost.example/a"}, "vellpost.example"},
		{"neither", Article{Title: "Strike enters third day", File: "a/vellpost.txt"}, unnamedOutlet},
	}
	for _, tc := range tests {
		if got := outletName(tc.a); got != tc.want {
			t.Errorf("%s: outletName = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSidesFiguresAreNoOutletsDiscrepancy checks that two sides' own
// figures on the attribute they dispute are their dispute, once, and not
// also a discrepancy between the outlets that carry them.
func TestSidesFiguresAreNoOutletsDiscrepancy(t *testing.T) {
	arts := testArticles(t,
		"Miners trapped\n\nBogdan Ratko, president of the Miners' Federation, said 14 miners were trapped after the roof fall at Mirovac.\n\nRatko said the union had warned of the risk in writing.",
		"Company gives its figure\n\nTarvan Minerals said nine of its employees were trapped behind the fall.\n\nThe company said rescuers were drilling around the clock.")
	d := NewStory("", arts).Digest()
	var kinds []string
	for _, x := range d.Disputes {
		kinds = append(kinds, x.Kind+": "+x.Topic)
	}
	if len(kinds) != 1 || !strings.HasPrefix(kinds[0], BetweenParties+": Number of") {
		t.Errorf("disputes %q, want the sides' one", kinds)
	}
}
