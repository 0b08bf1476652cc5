package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// An organisation named before a person's title is their side when the
// story names it at least as often as the person; a person the story
// names more often, or whose organisation it never names again, is a side
// of their own.
func TestTitledOrganisation(t *testing.T) {
	runSideEvidenceCases(t, []sideEvidenceCase{
		{
			name: "a team named before a coach's title",
			texts: []string{"Kelmford beat Ostrava 3-1 on Friday. Kelmford scored twice late on.",
				"Kelmford coach Ben Ilse said the team had found its rhythm. Ostrava lost again."},
			speaker: attrib.Speaker{Name: "Ben Ilse", Role: "Kelmford coach", Kind: attrib.Person},
			want:    "Kelmford", ev: "before the title",
		},
		{
			name: "a player's team, the other side of the game",
			texts: []string{"Kelmford beat Ostrava 3-1 on Friday. Ostrava had won five in a row.",
				"Ostrava captain Ada Kreel said the loss stung. Ostrava play again on Sunday."},
			speaker: attrib.Speaker{Name: "Ada Kreel", Role: "Ostrava captain", Kind: attrib.Person},
			want:    "Ostrava", ev: "before the title",
		},
		{
			name: "an acronym between a qualifier and a title of several words",
			texts: []string{"A fight broke out on an HTA train on Tuesday. HTA suspended service for an hour.",
				"Interim HTA Police Chief Ivo Brand said officers arrested a man. HTA trains ran late."},
			speaker: attrib.Speaker{Name: "Ivo Brand", Role: "Interim HTA Police Chief", Kind: attrib.Person},
			want:    "HTA", ev: "before the title",
		},
		{
			name: "an investor named before its chief executive's title",
			texts: []string{"Marvex put more money into Pellor this year. Marvex wants Pellor to make a profit.",
				"Marvex CEO Lio Dant told Pellor staff that costs must fall."},
			speaker: attrib.Speaker{Name: "Lio Dant", Role: "Marvex CEO", Kind: attrib.Person},
			want:    "Marvex", ev: "before the title",
		},
		{
			name: "the story's principal, named more often than the employer, is their own side",
			texts: []string{"Kai Lerow dropped his bid for Pellor. Lerow said the deal was dead.",
				"Vorn founder Kai Lerow had agreed to buy Pellor in April. Lerow blamed Pellor. Vorn shares rose."},
			speaker: attrib.Speaker{Name: "Kai Lerow", Role: "Vorn founder", Kind: attrib.Person},
			want:    "Kai Lerow", ev: "side of their own",
		},
		{
			name: "a name with a number is an event or its edition, not a body",
			texts: []string{"Talks at TARC31 ran late. TARC31 closed on Friday. TARC31 drew crowds.",
				"TARC31 President Rana Osk said the fair was a success."},
			speaker: attrib.Speaker{Name: "Rana Osk", Role: "TARC31 President", Kind: attrib.Person},
			want:    "Rana Osk", ev: "side of their own",
		},
		{
			name: "a party's word before a title is the party's side",
			texts: []string{"Republican lawmakers met on Monday. Republican leaders said little.",
				"Republican chairman Tom Arle said the bill would pass."},
			speaker: attrib.Speaker{Name: "Tom Arle", Role: "Republican chairman", Kind: attrib.Person},
			want:    "Republicans", ev: "Republican",
		},
	})
}
