package parties

import "testing"

// A country named with "-land" has demonyms in "-ic" and "-er"
// ("Tarnlandic", "Tarnlander", as "Icelandic"), which stand for it when
// the story names it; a body or a title after the demonym is the
// country's, as one after "Kestrian" is Kestria's.
func TestDemonymsOfALandName(t *testing.T) {
	paras := []string{
		"Tarnland accused Vesk on Tuesday of shelling two villages near the border overnight.",
		"Tarnlandic Prime Minister Piet Alder vowed to defend the border at any cost.",
		"The Tarnland military said two of its soldiers were wounded in the shelling.",
		"A Tarnlander lawmaker, Ada Renn, said parliament would meet on Friday to debate the attack.",
		"Vesk's defence ministry said its artillery had fired only at army positions.",
	}
	s, an := storyOf(paras, nil)
	for _, tc := range []struct{ cue, side string }{
		{"defend the border", "Tarnland"},
		{"soldiers were wounded", "Tarnland"},
		{"fired only at", "Vesk"},
	} {
		st := statementWith(t, an, tc.cue)
		if p, ev, _ := s.Side(st.Speaker); p != tc.side {
			t.Errorf("%q by %+v: side %q (%s), want %q", tc.cue, st.Speaker, p, ev, tc.side)
		}
	}
	// "Arabic" is no demonym of an "Arab" the story names.
	if c := s.demonymOf("Arabic"); c != "" {
		t.Errorf("demonymOf(Arabic) = %q, want none", c)
	}
}

// A possessive written with the apostrophe alone after an s ("Ivo
// Lucas' spokesman") belongs to the person as "Lucas's" does.
func TestPossessiveAfterS(t *testing.T) {
	paras := []string{
		"Tarn Water Agency chief Ivo Lucas said the river was safe to swim in.",
		"Ivo Lucas' spokesman said the agency would publish its tests on Friday.",
	}
	s, _ := storyOf(paras, nil)
	if p, ev := s.ownersSide("Ivo Lucas' spokesman"); p != "Tarn Water Agency" {
		t.Errorf("ownersSide = %q (%s), want Tarn Water Agency", p, ev)
	}
}

// A state's forces in a role with no country ("a military spokesman")
// hold their post for the country named just before the name, even in a
// story of one country.
func TestForcesTitleOfTheCountryBefore(t *testing.T) {
	paras := []string{
		"Tarnland accused Vesk of shelling its border villages, and Tarnlandic officials said four civilians died.",
		"The Tarnland military said two of its soldiers were wounded. A military spokesman, Colonel Ivo Brandt, said Vesk had used rocket launchers.",
		"Tarnlandic Prime Minister Piet Alder vowed to defend the border at any cost.",
	}
	s, an := storyOf(paras, nil)
	st := statementWith(t, an, "rocket launchers")
	if p, ev, _ := s.Side(st.Speaker); p != "Tarnland" {
		t.Errorf("side %q (%s), want Tarnland", p, ev)
	}
}

// A government body its owner's possessive names ("Vesk's foreign
// ministry") is the owner's, though the story names one other ministry
// its word "ministry" would stand for.
func TestOwnedMinistryBeforeTheStorysMinistry(t *testing.T) {
	paras := []string{
		"Missiles struck the Vesk port of Telm on Tuesday, and the Orlan Defence Ministry said the strike hit an ammunition depot.",
		"Vesk's foreign ministry dismissed that claim as an invention of the army.",
		"The Orlan Defence Ministry said its missiles had hit only the depot.",
		"Vesk's president, Ada Renn, called the strike a war crime.",
	}
	s, an := storyOf(paras, nil)
	st := statementWith(t, an, "invention of the army")
	if p, ev, _ := s.Side(st.Speaker); p != "Vesk" {
		t.Errorf("side %q (%s) of %+v, want Vesk", p, ev, st.Speaker)
	}
}

// A ministry of another portfolio ("the interior ministry") is not the
// story's one ministry another state owns ("Vesk's foreign ministry").
func TestMinistryOfAnotherPortfolio(t *testing.T) {
	paras := []string{
		"Tarnland said on Sunday that the coup attempt had been crushed.",
		"Vesk's foreign ministry said Vesk had no part in the plot.",
		"The interior ministry said a curfew would stay in place in the capital.",
	}
	s, an := storyOf(paras, nil)
	st := statementWith(t, an, "curfew")
	if p, ev, _ := s.Side(st.Speaker); p == "Vesk" {
		t.Errorf("side %q (%s) of %+v, want not Vesk", p, ev, st.Speaker)
	}
}

// A country's name is not the first word of an outlet's ("Tarnland
// Broadcasting News"), which is never the country's fuller name.
func TestOutletIsNoFullerNameOfACountry(t *testing.T) {
	paras := []string{
		"Tarnland's health minister, Ada Renn, said waiting lists would fall by spring.",
		"Tarnland Broadcasting News reported that 3,100 patients had been moved.",
		"Renn said the ministry had answered every letter.",
	}
	s, _ := storyOf(paras, nil)
	if got := s.fullName("Tarnland"); got != "Tarnland" {
		t.Errorf("fullName(Tarnland) = %q, want Tarnland", got)
	}
}
