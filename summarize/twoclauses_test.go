package summarize

import (
	"strings"
	"testing"
)

// A sentence with two speakers, each with a cue of their own, gives each
// a claim: the two halves of one sentence are two points (a sentence cut
// in two makes two points) that never join one claim, and each claim's
// text is its speaker's clause, standing verbatim in the article.
func TestTwoSpeakersInOneSentence(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		speakers []string // each with a claim of their own
	}{
		{"while", "Ferry fares frozen\n\nHarbour chief Lena Moss said fares would stay flat through the winter, while union leader Tomas Bray claimed the crews had been promised a rise in pay.\n\nMoss said the night ferries would keep sailing until March.\n",
			[]string{"Lena Moss", "Tomas Bray"}},
		{"after, a pledge", "Port seized in Valdrin\n\nGovernor Piet Ravel pledged to crush what he called a revolt after militia chief Ivo Dunmore announced he had seized the port of Valdrin.\n\nRavel said the army would retake the docks within days.\n",
			[]string{"Piet Ravel", "Ivo Dunmore"}},
		{"and, after a comma", "Ferry fares frozen\n\nHarbour chief Lena Moss said on Tuesday that fares would stay flat through the winter, and union leader Tomas Bray said he had been promised a rise in pay.\n\nMoss said the night ferries would keep sailing until March.\n",
			[]string{"Lena Moss", "Tomas Bray"}},
		{"with, an absolute construction", "Harbour levy row\n\nMayor Lena Moss defended the harbour levy on Monday, with union leader Tomas Bray saying the levy would cost the port its night crews.\n\nMoss said the levy would fund the new quay.\n",
			[]string{"Lena Moss", "Tomas Bray"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := testArticles(t, tc.text)
			body := squash(arts[0].Text())
			texts := map[string]string{}
			for _, p := range Group(arts)[0].Digest().Parties {
				for _, c := range p.Claims {
					if !strings.Contains(body, squash(c.Text)) {
						t.Errorf("%s: %q is not in the article", c.Speaker, c.Text)
					}
					texts[c.Speaker] += c.Text + "\n"
				}
			}
			for i, who := range tc.speakers {
				if texts[who] == "" {
					t.Fatalf("no claim of %s: %v", who, texts)
				}
				other := tc.speakers[1-i]
				if strings.Contains(texts[who], other) {
					t.Errorf("%s's claims hold %s's clause: %s", who, other, texts[who])
				}
			}
		})
	}
}
