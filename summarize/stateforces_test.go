package summarize

import "testing"

// A name before a state's armed forces ("the Tesselmark army", "Tesselmark
// troops") is a state's, so what its army says is its side's, in a story
// that names the country no other way.
func TestStateNamedBeforeItsArmy(t *testing.T) {
	arts := testArticles(t,
		"Border clash\n\nNorvassia said Tesselmark troops fired first at the river crossing.",
		"Tesselmark account\n\nThe Tesselmark army said two of its soldiers died at the river crossing.")
	d := Story{Articles: arts}.Digest()
	for _, p := range d.Parties {
		for _, c := range p.Claims {
			if c.Speaker == "Tesselmark army" && p.Name != "Tesselmark" {
				t.Errorf("the Tesselmark army's claim is under %q, want Tesselmark", p.Name)
			}
			if c.Speaker == "Tesselmark army" {
				return
			}
		}
	}
	t.Errorf("no claim of the Tesselmark army in %+v", d.Parties)
}
