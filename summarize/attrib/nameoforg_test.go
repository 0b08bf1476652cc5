package attrib

import "testing"

// TestNameOfLongBody covers a person named with the body they work for
// after "of", the body's name long ("Ivo Maric of the Tarnian Department
// of Health and Human Services says"): the person speaks, not the body.
func TestNameOfLongBody(t *testing.T) {
	tests := []struct{ para, who string }{
		{"Dr. Ivo Maric of the Tarnian Department of Health and Human Services says the risk continues.", "Ivo Maric"},
		{"Lena Vask of the Tarn Valley Association of Fruit and Vegetable Growers said prices would fall.", "Lena Vask"},
		{"Lena Vask of the Tarn Valley Farmers Union said prices would fall.", "Lena Vask"},
	}
	for _, tt := range tests {
		var got []string
		for _, st := range Extract([]string{tt.para}).Statements {
			got = append(got, st.Speaker.Name)
			if st.Speaker.Name == tt.who {
				got = nil
				break
			}
		}
		if got != nil {
			t.Errorf("%q: speakers %v, want %s", tt.para, got, tt.who)
		}
	}
}
