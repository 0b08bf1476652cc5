package parties

import "testing"

// A plural kind noun ("unions", "teachers unions") names many bodies,
// never the story's one body of that kind, and a capitalised kind noun
// after another capitalised word ends another body's name ("the Tarn
// Company's chair"); a possessive of the lower-case singular still
// names the story's body.
func TestKindNounStandsForTheStorysBody(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		cue   string // words of the statement's sentence
		side  string // "" for no side
	}{
		{"according to a modified plural", []string{
			"The Vell Governors Association gave money to the campaign last year.",
			"Nearly 300 schools closed because of the march, according to teachers unions."},
			"300 schools closed", ""},
		{"a bare plural subject", []string{
			"The Vell Governors Association gave money to the campaign last year.",
			"The unions said more than 15,000 people had signed up for the march."},
			"15,000 people", ""},
		{"a kind noun ending another name", []string{
			"Brenlo Group said it would buy the rest of the office firm.",
			"Ada Renn, the Tarn Company's new executive chair, said the cuts would come this week."},
			"cuts would come", "Tarn Company"},
		{"a kind noun ending another name, with a person's title", []string{
			"The Korvel Dockworkers Union called a strike at the port on Monday.",
			"Vell Nurses Union president Ada Renn said her members would not join the strike."},
			"would not join", "Vell Nurses Union"},
		{"another union's possessive", []string{
			"The Korvel Dockworkers Union called a strike at the port on Monday.",
			"Ada Renn, the Halden Union's general secretary, said her members would not join the strike."},
			"would not join", "Halden Union"},
		{"the singular's possessive still names the story's union", []string{
			"The Korvel Dockworkers Union called a strike at the port on Monday.",
			"Ada Renn, the union's leader, said the strike would last a week."},
			"last a week", "Korvel Dockworkers Union"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, an := storyOf(tc.paras, nil)
			st := statementWith(t, an, tc.cue)
			p, ev, ok := s.Side(Described(st))
			if !ok {
				p = ""
			}
			if p != tc.side {
				t.Errorf("side %q (%s), want %q; speaker %+v", p, ev, tc.side, st.Speaker)
			}
		})
	}
}
