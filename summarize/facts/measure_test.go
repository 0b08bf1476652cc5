package facts

import "testing"

// A measure keeps the unit of its kind, and what a rate is per, so that
// only measures of one unit are compared.
func TestMeasureUnits(t *testing.T) {
	tests := []struct{ in, unit, topic string }{
		{"The hospital lies 74 kilometres away.", "km", "Distance"},
		{"The road runs for 30 miles.", "km", "Distance"},
		{"The dam releases 40 cubic metres of water per second.", "m³/s", "Flow"},
		{"Calderbrook loses 241 million litres every day.", "m³/day", "Flow"},
		{"The spill released 12 tonnes of oil.", "t", "Weight"},
		{"The fire burned 800 hectares of forest.", "ha", "Area"},
		{"Demand hit 14.6 gigawatts on Wednesday.", "MW", "Power"},
	}
	for _, tc := range tests {
		var got []Fact
		for _, f := range Extract(tc.in) {
			if f.Kind == Measure {
				got = append(got, f)
			}
		}
		if len(got) != 1 || got[0].Unit != tc.unit || MeasureTopic(got[0].Unit) != tc.topic {
			t.Errorf("%q: measures %+v, want one in %s (%s)", tc.in, got, tc.unit, tc.topic)
		}
	}
}
