package parties

import (
	"strings"
	"testing"
)

func TestPlaceLookup(t *testing.T) {
	for _, tc := range []struct {
		phrase, want string // want "" for no place
	}{
		{"Kremlin", "Russia"},
		{"the Kremlin", "Russia"},
		{"Moscow", "Russia"},
		{"the White House", "United States"},
		{"The White House", "United States"},
		{"White House", "United States"},
		{"U.S.", "United States"},
		{"US", "United States"},
		{"the US", "United States"},
		{"USA", "United States"},
		{"America", "United States"},
		{"Americans", "United States"},
		{"Pentagon", "United States"},
		{"us", ""},
		{"Us", ""},
		{"u.s.", ""},
		{"Ukrainian", "Ukraine"},
		{"Ukrainians", "Ukraine"},
		{"Kiev", "Ukraine"},
		{"Kyiv", "Ukraine"},
		{"kyiv", "Ukraine"},
		{"Zelenskyy", ""},
		{"Putin", ""},
		{"EU", "European Union"},
		{"E.U.", "European Union"},
		{"European", "European Union"},
		{"Brussels", "European Union"},
		{"NATO", "NATO"},
		{"Nato", "NATO"},
		{"Britain", "United Kingdom"},
		{"UK", "United Kingdom"},
		{"U.K.", "United Kingdom"},
		{"Great Britain", "United Kingdom"},
		{"British", "United Kingdom"},
		{"Downing Street", "United Kingdom"},
		{"Türkiye", "Turkey"},
		{"Turkiye", "Turkey"},
		{"Turkey", "Turkey"},
		{"Turkish", "Turkey"},
		{"Beijing", "China"},
		{"Chinese", "China"},
		{"Zhongnanhai", "China"},
		{"Élysée", "France"},
		{"Elysee", "France"},
		{"ELYSEE", "France"},
		{"Elyse\u0301e", "France"}, // decomposed accent
		{"Côte d'Ivoire", "Ivory Coast"},
		{"Cote d’Ivoire", "Ivory Coast"},
		{"Ivory Coast", "Ivory Coast"},
		{"Burma", "Myanmar"},
		{"Czechia", "Czech Republic"},
		{"Filipino", "Philippines"},
		{"Dutch", "Netherlands"},
		{"Swiss", "Switzerland"},
		{"Emirati", "United Arab Emirates"},
		{"Saudi", "Saudi Arabia"},
		{"Israeli", "Israel"},
		{"Palestinian", "Palestine"},
		{"Iranian", "Iran"},
		{"Blue House", "South Korea"},
		{"Yongsan", "South Korea"},
		{"Pyongyang", "North Korea"},
		{"Guinea-Bissau", "Guinea-Bissau"},
		{"Guinea Bissau", "Guinea-Bissau"},
		{"Guinea", "Guinea"},
		{"St Lucia", "Saint Lucia"},
		{"St. Kitts & Nevis", "Saint Kitts and Nevis"},
		{"The Gambia", "Gambia"},
		{"The Hague", "Netherlands"},
		{"Congo", "Democratic Republic of the Congo"},
		{"Republic of Congo", "Republic of the Congo"},
		{"Vatican", "Vatican City"},
		{"Holy See", "Vatican City"},
		{"Taipei", "Taiwan"},
		{"Hong Kong", "Hong Kong"},
		{"Pristina", "Kosovo"},
		{"WHO", "World Health Organization"},
		{"who", ""},
		{"Who", ""},
		{"IMF", "International Monetary Fund"},
		{"G7", "G7"},
		{"G-20", "G20"},
		{"UN", "United Nations"},
		{"U.N.", "United Nations"},
		{"AU", "African Union"},
		{"au", ""},
		{"Hezbollah", "Hezbollah"},
		{"Taliban", "Taliban"},
		{"Hamas", "Hamas"},
		// Words that are also ordinary lower-case words name a place only
		// when capitalised.
		{"turkey", ""},
		{"polish", ""},
		{"Polish", "Poland"},
		{"Poles", "Poland"},
		{"white house", ""},
		{"pentagon", ""},
		{"china", ""},
		{"", ""},
		{"the", ""},
		{"Paris Agreement", ""},
	} {
		p, ok := Lookup(tc.phrase)
		if tc.want == "" {
			if ok {
				t.Errorf("Lookup(%q) = %q, want none", tc.phrase, p.Name)
			}
			continue
		}
		if !ok || p.Name != tc.want {
			t.Errorf("Lookup(%q) = %q, %v, want %q", tc.phrase, p.Name, ok, tc.want)
		}
	}
}

// TestPlaceWordsNameOnePlace keeps every word of the table naming one place
// only, so that the order of the table never decides.
func TestPlaceWordsNameOnePlace(t *testing.T) {
	type owner struct{ name, word string }
	seen := map[string]owner{}
	for _, p := range Places() {
		for _, w := range placeWords(p) {
			key, exact := placeKey(w)
			if exact {
				key = "exact:" + key
			}
			if o, ok := seen[key]; ok && o.name != p.Name {
				t.Errorf("%q (%s) and %q (%s) share the key %q", o.word, o.name, w, p.Name, key)
			}
			seen[key] = owner{p.Name, w}
		}
	}
}

// TestEveryPlaceWordFindsItsPlace looks up every word of the table as
// written.
func TestEveryPlaceWordFindsItsPlace(t *testing.T) {
	for _, p := range Places() {
		for _, w := range placeWords(p) {
			if got, ok := Lookup(w); !ok || got.Name != p.Name {
				t.Errorf("Lookup(%q) = %q, %v, want %q", w, got.Name, ok, p.Name)
			}
			if strings.HasPrefix(w, "The ") {
				continue
			}
			if got, ok := Lookup("the " + w); !ok || got.Name != p.Name {
				t.Errorf("Lookup(%q) = %q, %v, want %q", "the "+w, got.Name, ok, p.Name)
			}
		}
	}
}

func TestPlacesTable(t *testing.T) {
	places := Places()
	// 193 UN members, 2 observers, Taiwan, Kosovo, Hong Kong, 19 bodies and groups.
	if len(places) != 193+2+3+19 {
		t.Errorf("%d places, want 217", len(places))
	}
	names := map[string]bool{}
	for _, p := range places {
		if p.Name == "" || names[p.Name] {
			t.Errorf("empty or repeated name %q", p.Name)
		}
		names[p.Name] = true
		for _, w := range placeWords(p) {
			if strings.TrimSpace(w) != w || w == "" {
				t.Errorf("%s: badly spaced word %q", p.Name, w)
			}
		}
	}
	// capitalOnly must name words of the table.
	for key := range capitalOnly {
		if _, ok := placeIndex().folded[key]; !ok {
			t.Errorf("capitalOnly word %q is not in the table", key)
		}
	}
	// Places returns a copy of the table.
	places[0].Name = "changed"
	if Places()[0].Name == "changed" {
		t.Error("Places returns the table itself")
	}
}
