package summarize

import "testing"

// A length of one strike or truce is told with its noun or another word
// for the same kind of event, in one word or two: two values are
// disputed; the lengths of two offers are not.
func TestSourceDisputesLengths(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // topic: values, one per dispute
	}{
		{
			name: "a strike and a walkout",
			texts: []string{
				"Strike at Vesk docks\n\nDockers at Vesk began a 48-hour strike over pay on Monday, the union said. Ships were sent to other ports.",
				"Vesk dockers walk out\n\nDockers at Vesk started a 72-hour walkout over pay on Monday, the union said. Ships were sent to other ports.",
			},
			want: []string{"Length of the strike: 48-hour|72-hour"},
		},
		{
			name: "a truce and a ceasefire, in one word or two",
			texts: []string{
				"Truce in Orla\n\nVesk and Orla agreed to a three-day truce in the border towns, mediators said on Sunday. Aid convoys are waiting at the border.",
				"Orla truce\n\nVesk and Orla agreed a ceasefire of 96 hours in the border towns, mediators said on Sunday. Aid convoys are waiting at the border.",
			},
			want: []string{"truce: three-day|96 hours"},
		},
		{
			name: "a ceasefire's hours in one word and in two",
			texts: []string{
				"Truce in Orla\n\nVesk and Orla agreed to a 72-hour ceasefire in the border towns, mediators said. Aid convoys are waiting at the border.",
				"Orla truce\n\nThe ceasefire in the border towns between Vesk and Orla will hold for 96 hours, mediators said. Aid convoys are waiting at the border.",
			},
			want: []string{"ceasefire: 72-hour|96 hours"},
		},
		{
			name: "lengths more than tenfold apart are two lengths",
			texts: []string{
				"Shutdown row\n\nThe budget standoff is the longest in 14 years, the speaker said on Monday. Offices stayed shut across the capital.",
				"Shutdown drags on\n\nThe budget standoff has now lasted two weeks, the speaker said on Monday. Offices stayed shut across the capital.",
			},
			want: nil,
		},
		{
			name: "a call's minutes and hours",
			texts: []string{
				"Leaders speak\n\nThe two presidents spoke for 40 minutes on Friday about the border, aides said. No deal was announced.",
				"Presidents talk\n\nThe two presidents spoke for two hours on Friday about the border, aides said. No deal was announced.",
			},
			want: []string{"Duration: 40 minutes|two hours"},
		},
		{
			name: "a strike's days",
			texts: []string{
				"Tarnco strike\n\nTarnco workers began a three-day strike at the Orla plant on Monday, the union said. The plant makes brakes for lorries.",
				"Tarnco walkout\n\nThe two-day strike by Tarnco workers at the Orla plant began on Monday, the union said. The plant makes brakes for lorries.",
			},
			want: []string{"strike: three-day|two-day"},
		},
		{
			name: "a day of a siege as an ordinal and as a number",
			texts: []string{
				"Siege of Orla\n\nOn the fourth day of the siege of Orla, Vesk troops entered the town, officials said. Residents fled to the hills.",
				"Orla falls\n\nVesk troops entered the town on day five of the siege of Orla, officials said. Residents fled to the hills.",
			},
			want: []string{"Day of the siege: fourth day|day five"},
		},
		{
			name: "a day of a strike and a day of talks are two days",
			texts: []string{
				"Tarnco strike\n\nWorkers at Tarnco marked the fourth day of the strike with a march through Orla. The company has not spoken.",
				"Tarnco march\n\nWorkers at Tarnco marked the second day of the talks with a march through Orla. The company has not spoken.",
			},
		},
		{
			name: "a strike and a meeting are two things",
			texts: []string{
				"Strike at Vesk docks\n\nDockers at Vesk began a 48-hour strike over pay on Monday, the union said. Ships were sent to other ports.",
				"Vesk dockers meet\n\nDockers at Vesk held a 3-hour meeting over pay on Monday, the union said. Ships were sent to other ports.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSourceDisputes(t, tc.texts, tc.want, false) })
	}
}
