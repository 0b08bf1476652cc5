package parties

import "testing"

// A former official speaks for themselves, not for the body or country
// they left, and neither does their agent; a relative speaks for
// themselves, not for their kin's side; a post the role still gives is
// kept. A surname that is also a short function word opens a
// person's name all the same.
func TestFormerPostIsNoSide(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		cue   string // words of the statement's sentence
		side  string
	}{
		{"a former official of a body that speaks", []string{
			"The Tarn Council said the bridge would reopen in May.",
			"Ada Renn, a former Tarn Council official, said the repairs had been rushed."},
			"repairs had been rushed", "Ada Renn"},
		{"a former envoy of a country", []string{
			"Kestria said it would not recall its envoy from Dornava.",
			"Kestria's foreign ministry said the talks would go on.",
			"Mira Holt, former Kestrian ambassador to Dornava, said the talks were a sham."},
			"talks were a sham", "Mira Holt"},
		{"a former mayor with an age before the post", []string{
			"Morlen State University said it would host the count's observers.",
			"Mira Oltane, a 47-year-old former mayor of Morlen, said the count had been rigged."},
			"count had been rigged", "Mira Oltane"},
		{"a former director at a named fund", []string{
			"The Halden Fund said growth would slow next year.",
			"Tomas Vell, the former executive director at the Halden Fund, said the forecast was too gloomy."},
			"forecast was too gloomy", "Tomas Vell"},
		{"a body's former officer, named by its possessive", []string{
			"The Tarn Athletics Federation said its accounts were in order.",
			"Lena Vask, the federation's former finance director, said the accounts had been falsified."},
			"had been falsified", "Lena Vask"},
		{"the agent of a former official", []string{
			"The Tarn Council said the bridge would reopen in May.",
			"Ada Renn, a former Tarn Council official, told the inquiry she had warned the council.",
			"Renn's lawyer said the question was outside the inquiry's remit."},
			"outside the inquiry", "Ada Renn"},
		{"a post still held beside a former one", []string{
			"Tarnsoft said its new console would ship in March.",
			"Ivo Brandt, a former Kestrian envoy to Dornava, joined the firm in May.",
			"Ivo Brandt, chief executive of Tarnsoft, said sales were strong."},
			"sales were strong", "Tarnsoft"},
		{"a brother of a country's heir", []string{
			"Kestria said the royal visit to Dornava would go ahead in May.",
			"Prince Arvo, younger brother of the Kestrian heir, said he had never met the banker."},
			"never met the banker", "Arvo"},
		{"a daughter of a country's president", []string{
			"Dornava said the loan had been repaid in full last year.",
			"Ilka Moren, the daughter of Dornava's president, said she had no part in the loan."},
			"no part in the loan", "Ilka Moren"},
		{"a husband by a possessive, beside a post", []string{
			"Lena Varo, chief executive of Tarnsoft, said the merger was off.",
			"Orvane said it would not bid for Tarnsoft again.",
			"Orvane chief executive Piet Holm, Lena Varo's husband, said the talks had been friendly."},
			"talks had been friendly", "Orvane"},
		{"a surname that is a function word", []string{
			"He Lanfen, who runs a noodle shop near the port, said the new fees would ruin her."},
			"would ruin her", "He Lanfen"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, an := storyOf(tc.paras, nil)
			st := statementWith(t, an, tc.cue)
			p, ev, ok := s.Side(Described(st))
			if !ok || p != tc.side {
				t.Errorf("side %q (%s, %v), want %q; speaker %+v", p, ev, ok, tc.side, st.Speaker)
			}
		})
	}
}

// A chief constable speaks for the story's police, though the title
// names no body.
func TestChiefConstableIsThePolice(t *testing.T) {
	paras := []string{
		"The Halvern Police Department said officers cleared the camp at 2 a.m.",
		"Chief Constable Ada Renn said officers had used minimal force.",
	}
	s, an := storyOf(paras, nil)
	st := statementWith(t, an, "minimal force")
	if p, ev, _ := s.Side(st.Speaker); p != "Halvern Police Department" {
		t.Errorf("side %q (%s), want Halvern Police Department", p, ev)
	}
}
