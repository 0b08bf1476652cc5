package parties

import "testing"

// TestDepartmentOfSeveralPortfolios covers a government's remit after
// "of" that joins portfolios ("Environment and Water"): a department, no
// side; a body's own name is not one.
func TestDepartmentOfSeveralPortfolios(t *testing.T) {
	for w, want := range map[string]bool{
		"Defence":                     true,
		"Environment and Water":       true,
		"Energy and Water Resources":  true,
		"the Tarn Farm Bureau":        false,
		"Health and Safety Executive": false,
		"Orvanta Minerals":            false,
	} {
		if got := isDepartment(w); got != want {
			t.Errorf("isDepartment(%q) = %v, want %v", w, got, want)
		}
	}
}
