package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A possessive of a name of several words is the whole name's: "United
// Nations' spokesman" points to the United Nations, not to "Nations".
func TestPossessiveOfASeveralWordName(t *testing.T) {
	s := story("The Northern Rail Board met the drivers in Carrow.")
	tests := []struct{ role, want string }{
		{"United Nations' spokesman", "United Nations"},
		{"Tarvic Ferries' chief executive", "Tarvic Ferries"},
		{"TarsAir's chief executive", "TarsAir"},
	}
	for _, tt := range tests {
		if got := s.PartyOf(attrib.Speaker{Name: "Ana Vesk", Role: tt.role, Kind: attrib.Person}); got != tt.want {
			t.Errorf("PartyOf(role %q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// The opposition of a country is a side of its own, never the country,
// unless its role names the opposition's party.
func TestOppositionIsNoCountry(t *testing.T) {
	texts := []string{"Varenia and Belgora traded fire across the border on Sunday.",
		"The Green Alliance, the largest opposition party in Varenia, called for talks."}
	tests := []struct {
		name    string
		speaker attrib.Speaker
		want    string
	}{
		{"opposition lawmakers in a country", attrib.Speaker{Name: "Opposition lawmakers of Varenia", Kind: attrib.Unnamed, Generic: "lawmakers"}, "Opposition"},
		{"an opposition leader of a country", attrib.Speaker{Name: "Ilse Varn", Role: "Varenian opposition leader", Kind: attrib.Person}, "Opposition"},
		{"an opposition party named in the role", attrib.Speaker{Name: "Petra Lind", Role: "leads the opposition Green Alliance", Kind: attrib.Person}, "Green Alliance"},
		{"a minister of the country", attrib.Speaker{Name: "Olaf Brenner", Role: "Varenian foreign minister", Kind: attrib.Person}, "Varenia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := story(texts...).PartyOf(tt.speaker); got != tt.want {
				t.Errorf("PartyOf(%+v) = %q, want %q", tt.speaker, got, tt.want)
			}
		})
	}
}

// A firm noun with a nationality ("the Varenian automaker") is a company of
// that country, never the country: the story's one company, or no side.
func TestFirmOfANationality(t *testing.T) {
	sp := attrib.Speaker{Name: "Varenian automaker", Kind: attrib.Body, Generic: "automaker"}
	if got := story("Brisk Motors Ltd unveiled a new van in Varenia on Monday.").PartyOf(sp); got != "Brisk Motors Ltd" {
		t.Errorf("PartyOf(%+v) = %q, want the story's company", sp, got)
	}
	if got := story("A new van was unveiled in Varenia on Monday.").PartyOf(sp); got == "Varenia" {
		t.Errorf("PartyOf(%+v) = %q, want no country", sp, got)
	}
}

// A generic word of a name ("Association") stands for the story's body of
// that name only when written alone ("the Association"), never as the end
// of another body's name ("Varnish Teachers Association President").
func TestGenericWordOfAnotherName(t *testing.T) {
	s := story("The Northern Governors Association met in Carrow on Monday.")
	tests := []struct{ role, want string }{
		{"Varnish Teachers Association President", "Varnish Teachers Association"},
		{"a spokesman for the Association", "Northern Governors Association"},
	}
	for _, tt := range tests {
		if got := s.PartyOf(attrib.Speaker{Name: "Ana Vesk", Role: tt.role, Kind: attrib.Person}); got != tt.want {
			t.Errorf("PartyOf(role %q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// A place inside a civil body's name ("Varenian Farm Bureau", "Alliance
// for Varenian Shipbuilding") is no side: the body is; a government
// body's name keeps its country.
func TestPlaceInACivilBodysName(t *testing.T) {
	s := story("Varenia and Belgora signed the trade deal in Carrow on Monday.")
	tests := []struct{ role, want string }{
		{"the president of the Varenian Farm Bureau", "Varenian Farm Bureau"},
		{"heads the Alliance for Varenian Shipbuilding", "Alliance for Varenian Shipbuilding"},
		{"Varenian foreign minister", "Varenia"},
	}
	for _, tt := range tests {
		if got := s.PartyOf(attrib.Speaker{Name: "Ana Vesk", Role: tt.role, Kind: attrib.Person}); got != tt.want {
			t.Errorf("PartyOf(role %q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// A role that chairs a body of a kind the story names once ("who chairs
// the patients' association") is that body's, not a corporate title of
// the story's company.
func TestRoleOfABodyOfAKind(t *testing.T) {
	paras := []string{
		"Tarnco Pharmaceuticals said its new liver drug would cost 90,000 crowns a course.",
		"The Vell Patients Association said the price would leave thousands untreated.",
		"Ada Renn, who chairs the patients' association, said people on the waiting list did not care who won the argument.",
	}
	s, an := storyOf(paras, nil)
	st := statementWith(t, an, "waiting list")
	if p, ev, _ := s.Side(st.Speaker); p != "Vell Patients Association" {
		t.Errorf("side %q (%s) of %+v, want Vell Patients Association", p, ev, st.Speaker)
	}
}

// TestArmedGroupsSpokesman covers the spokesman of "the group" or of "the
// militants" in a story of one armed group: the group's ("Crimson Ridge
// Brigades"), not a speaker of no side.
func TestArmedGroupsSpokesman(t *testing.T) {
	texts := []string{"The Crimson Ridge Brigades freed four engineers on Saturday. The group said five more would follow. " +
		"Anna Berg, a professor at the University of Orlen, said the deal was fragile. The militants appear to be in no hurry."}
	runSideCases(t, []sideCase{
		{name: "the group's spokesman", texts: texts,
			sp: attrib.Speaker{Name: "Tamar Rees", Role: "group's spokesman", Kind: attrib.Person}, want: "Crimson Ridge Brigades"},
		{name: "the militants' spokesman", texts: texts,
			sp: attrib.Speaker{Name: "Tamar Rees", Role: "the militants' spokesman", Kind: attrib.Person}, want: "Crimson Ridge Brigades"},
	})
}
