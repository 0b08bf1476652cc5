package summarize

import "testing"

// The kind noun by which a story's articles call the one side of that kind
// when it speaks ("the company said", "the union said") names that side in
// what another side says: "accused the company of ..." turns on it. It
// names no side when another side is of that kind by its name.
func TestKindNounNamesTheOneSideCalledSo(t *testing.T) {
	runDisputeShapes(t, []disputeShape{
		{
			name: "an accusation of the company, the story's company speaking as the company",
			texts: []string{
				"Depot row\n\nVell Freight Holdings runs the Tarn depot, the largest in the valley.\n\nThe company said drivers' pay at the depot had risen this year.",
				"Drivers walk out\n\nDrivers' leader Ada Renn accused the company of cutting pay at the Tarn depot.\n\nRenn said drivers would strike on Monday.",
			},
			want: []string{"Drivers / Vell Freight Holdings"},
		},
		{
			name: "an accusation of the union, the story's union speaking as the union",
			texts: []string{
				"Ferry strike\n\nThe Orla Ferrymen's Guild represents the crews of all six ferries.\n\nThe union said crews would stay out because the rota broke their contract.",
				"Operator answers\n\nOrla Sound chief executive Piet Alder accused the union of holding island passengers hostage.\n\nAlder said ferries would run a reduced timetable.",
			},
			want: []string{"Orla Sound / Orla Ferrymen's Guild"},
		},
		{
			name: "the company names no side when another side is a company by its name",
			texts: []string{
				"Depot row\n\nVell Freight Holdings runs the Tarn depot, the largest in the valley.\n\nThe company said drivers' pay at the depot had risen this year.",
				"Rival speaks\n\nTarn Haulage Group chief executive Ada Renn accused the company of cutting pay at the Tarn depot.\n\nRenn said her drivers would not cross a picket line.",
			},
			want: nil,
		},
	})
}
