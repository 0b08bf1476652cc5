package extract

import (
	"strings"
	"testing"
)

// TestIsEnglish checks the quick test of English on invented news in
// English and in languages written in Latin letters that share some of
// its short words: only English passes, and Language still tells the
// others by their trigrams.
func TestIsEnglish(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		english    bool
	}{
		{"en", `The port's dockworkers extended their strike on Monday after talks with the operator broke down, the union said.
			Its leader told reporters that members had rejected an offer which would have cut night pay, and that they were
			ready to stay out for as long as it takes. The company has said it will not improve the offer.`, true},
		{"en", `Officials said the storm had flooded more than 300 homes along the coast by Tuesday evening. Rescue teams were
			still searching two villages, and the regional governor, who visited a shelter, said that the damage was worse
			than in any year since records began. Power has been restored to most of the city.`, true},
		{"de", `Die Hafenarbeiter haben ihren Streik am Montag verlängert, nachdem die Gespräche mit dem Betreiber gescheitert
			waren, sagte die Gewerkschaft. Ihr Vorsitzender erklärte, die Mitglieder hätten ein Angebot abgelehnt, das die
			Nachtzuschläge gekürzt hätte, und sie seien bereit, so lange wie nötig zu streiken. Das Unternehmen will nicht nachbessern.`, false},
		{"nl", `De havenarbeiders hebben hun staking maandag verlengd nadat de gesprekken met de exploitant waren mislukt, zei de
			vakbond. De voorzitter zei dat de leden een bod hadden afgewezen dat de nachttoeslag zou hebben verlaagd, en dat zij
			bereid zijn om zo lang als nodig is door te gaan. Het bedrijf zegt dat het bod niet wordt verbeterd.`, false},
		{"nb", `Havnearbeiderne forlenget streiken sin mandag etter at samtalene med operatøren brøt sammen, sa fagforeningen.
			Lederen sa at medlemmene hadde avvist et tilbud som ville ha kuttet nattillegget, og at de er klare til å streike så
			lenge det trengs. Selskapet har sagt at det ikke vil forbedre tilbudet for de ansatte her.`, false},
		{"fr", `Les dockers du port ont prolongé lundi leur grève après l'échec des négociations avec l'exploitant, a indiqué le
			syndicat. Son dirigeant a déclaré que les membres avaient rejeté une offre qui aurait réduit la prime de nuit, et
			qu'ils étaient prêts à tenir aussi longtemps qu'il le faudra. L'entreprise refuse d'améliorer son offre.`, false},
		{"es", `Los estibadores del puerto prolongaron el lunes su huelga después de que fracasaran las negociaciones con el
			operador, dijo el sindicato. Su líder afirmó que los afiliados habían rechazado una oferta que habría recortado el
			plus nocturno y que están dispuestos a seguir en huelga el tiempo que haga falta. La empresa no mejorará la oferta.`, false},
		{"pt", `Os estivadores do porto prolongaram a greve na segunda-feira depois do fracasso das negociações com o operador,
			disse o sindicato. O seu líder afirmou que os membros rejeitaram uma proposta que teria cortado o subsídio noturno e
			que estão prontos para continuar em greve o tempo que for preciso. A empresa diz que não vai melhorar a proposta.`, false},
		{"short English", "The union said the strike would go on.", false},
	} {
		text := strings.Join(strings.Fields(tt.text), " ")
		if got := isEnglish(text); got != tt.english {
			t.Errorf("%s: isEnglish = %v, want %v", tt.lang, got, tt.english)
		}
		if len(tt.lang) == 2 && tt.lang != "nb" {
			if got := Language(text); got != tt.lang {
				t.Errorf("%s: Language = %q", tt.lang, got)
			}
		}
	}
}
