package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// An ordinal or a rank that opens a title is a word of the title, never a
// state's name: "First Minister" makes no state "First".
func TestRankOpensNoState(t *testing.T) {
	texts := []string{
		"First Minister Ilse Varn said the vote would go ahead.",
		"Second Secretary Oda Pell said the embassy had been told, and Chief Minister Raj Orem agreed.",
		"Senior Minister Tam Welk and Principal Minister Ada Sorn were not consulted.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, w := range s.stateModifiers(texts) {
		t.Errorf("%q taken for a state", w.name)
	}
}

// A story of a region against its country: the region's First Minister
// or premier speaks for the region, named as such, while the country's
// Prime Minister and ministers, whose country the sentences may leave
// unnamed, are never the region's, however often the texts name it.
func TestRegionAgainstItsCountry(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		want  map[string]string // speaker -> side
	}{
		{
			name: "region of",
			texts: []string{
				"The court annulled the referendum in the northern region of Osterland on Tuesday.",
				`"This is a political ruling," Osterland First Minister Ilse Varn told reporters in Osterland's parliament.`,
				"Osterland voted by 70 percent, and Osterland's leaders called for talks. In Osterland, crowds gathered.",
				"Prime Minister Joren Tall said the vote in Osterland had no legal effect.",
				"Justice Minister Sabine Ork said officials in Osterland could face prosecution.",
			},
			want: map[string]string{"Ilse Varn": "Osterland", "Joren Tall": "Government", "Sabine Ork": "Government"},
		},
		{
			name: "the region",
			texts: []string{
				"Farmers in the Dravia region blocked roads as the Dravia province budget was cut.",
				"Dravia Premier Otto Lind said Dravia would sue. Dravia's farmers agreed.",
				"Finance Minister Petra Kross said the cut to Dravia was fair.",
			},
			want: map[string]string{"Otto Lind": "Dravia", "Petra Kross": "Government"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := attrib.Extract(tc.texts)
			s := NewStory([]attrib.Analysis{an}, tc.texts)
			roles := map[string]string{"Ilse Varn": "Osterland First Minister", "Joren Tall": "Prime Minister",
				"Sabine Ork": "Justice Minister", "Otto Lind": "Dravia Premier", "Petra Kross": "Finance Minister"}
			for name, want := range tc.want {
				sp := attrib.Speaker{Name: name, Kind: attrib.Person, Role: roles[name]}
				if p, ev, _ := s.Side(sp); p != want {
					t.Errorf("%s: side %q (%s), want %q", name, p, ev, want)
				}
			}
		})
	}
}

// A region's post with the region's possessive ("Orvane's governor", the
// story naming "Orvane province") speaks for the region in every article,
// also where a later one gives the bare title ("Governor Mirela Tosk"):
// no "Governor's Office" of its own.
func TestRegionsGovernorInEveryArticle(t *testing.T) {
	texts := []string{
		"A landslide buried homes in the village of Skarrow in Orvane province on Monday.\n\nOrvane's governor, Mirela Tosk, declared a state of emergency.",
		"Governor Mirela Tosk said a commission of experts would examine the cause.",
	}
	s := story(texts...)
	if p, ev, _ := s.Side(attrib.Speaker{Name: "Mirela Tosk", Kind: attrib.Person, Role: "Governor"}); p != "Orvane" {
		t.Errorf("side %q (%s), want Orvane", p, ev)
	}
}
