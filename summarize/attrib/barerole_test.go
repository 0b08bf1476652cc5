package attrib

import (
	"strings"
	"testing"
)

// TestBareRoleHolder covers "the president", "the governor" with nothing
// else: the person whose role is that post, never a person who holds
// another post or the post of a body the role names ("the president of
// the Tarn Farm Bureau" is no "the president" of the head of state).
func TestBareRoleHolder(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		text  string // words of the statement checked
		who   string // its speaker, when one is wanted
		not   string // a speaker it must not have
	}{
		{"another post held by the last person named", []string{
			"House Speaker Lena Vask said lawmakers would act soon.",
			"The governor said he was waiting for a pay commission to report."},
			"pay commission", "", "Lena Vask"},
		{"the president of a body the role names", []string{
			"President Arlo Venn wants a deal with Tarnia.",
			"Ivo Maric, the president of the Tarn Farm Bureau, said farmers faced ruin.",
			"The president announced a trade deal on Monday."},
			"trade deal", "", "Ivo Maric"},
		{"the president of a body, no other president named", []string{
			"Ivo Maric, the president of the Tarn Farm Bureau, said farmers faced ruin.",
			"The president added that prices had halved."},
			"prices had halved", "Ivo Maric", ""},
		{"a spokesman for a movement", []string{
			"Ivo Maric, a spokesman for the Tarn Freedom Movement, said the group would fight on.",
			"“We will not stop,” the spokesman said."},
			"not stop", "Ivo Maric", ""},
		{"the president of a bank, then a pronoun's president", []string{
			"President Arlo Venn has raised tariffs.",
			"“Tensions are rising,” said Dana Holt, the president of the Reserve Bank of Tarnia.",
			"The president says his approach has worked."},
			"approach", "", "Dana Holt"},
		{"the same post, unqualified, is the holder", []string{
			"Ivo Maric, the union president, said members would strike.",
			"The president added that talks had failed."},
			"talks had failed", "Ivo Maric", ""},
		{"the same post of the same body", []string{
			"Lena Vask, the mayor of Tarnby, said the bridge would close.",
			"The mayor said repairs would take a year."},
			"repairs", "Lena Vask", ""},
		{"a head of a body may hold the post", []string{
			"Tarn Council chief Ivo Maric said the levy was needed.",
			"The chairman stressed that the levy would end in May."},
			"levy would end", "Ivo Maric", ""},
		{"a person with no role yet", []string{
			"Ivo Maric said the plant would close.",
			"The chairman added that no jobs would go."},
			"no jobs", "Ivo Maric", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, st := range Extract(tt.paras).Statements {
				if !strings.Contains(st.Text, tt.text) {
					continue
				}
				if tt.who != "" && st.Speaker.Name != tt.who || tt.not != "" && st.Speaker.Name == tt.not {
					t.Errorf("%q: speaker %q (%s), want %q, not %q", st.Text, st.Speaker.Name, st.Speaker.Role, tt.who, tt.not)
				}
				return
			}
			if tt.who != "" {
				t.Errorf("no statement holding %q", tt.text)
			}
		})
	}
}
