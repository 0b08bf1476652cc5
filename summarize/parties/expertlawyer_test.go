package parties

import "testing"

// TestExpertLawyer covers a lawyer asked for a view, named by a field of
// law no client is named by or by a law firm: a commentator; counsel
// for someone, or a lawyer of a field a client may be named by ("a
// family lawyer"), is not.
func TestExpertLawyer(t *testing.T) {
	for role, want := range map[string]bool{
		"a competition lawyer in Amsterdam":                  true,
		"a partner at an Amsterdam law firm":                 true,
		"a competition partner at the law firm Fenwick Lowe": true,
		"constitutional lawyer":                              true,
		"a lawyer for the Kell family":                       false,
		"Family lawyer":                                      false,
		"Renn's competition lawyer":                          false,
		"a lawyer representing seven families":               false,
	} {
		if got := expertLawyer(role); got != want {
			t.Errorf("expertLawyer(%q) = %v, want %v", role, got, want)
		}
	}
}
