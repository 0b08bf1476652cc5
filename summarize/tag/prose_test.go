package tag

import (
	"strings"
	"testing"
)

// proseTagged holds invented sentences as tokenised and tagged by
// github.com/jdkato/prose/v2 v2.0.0 (prose.NewDocument without
// segmentation or extraction), the tagger whose model this package uses.
var proseTagged = []struct {
	words []string
	tags  string
}{
	{[]string{"Marta", "Quillon", ",", "the", "mayor", "of", "Veltham", ",", "said", "on", "Tuesday", "that", "the", "bridge", "would", "reopen", "in", "March", "."},
		"NNP NNP , DT NN IN NNP , VBD IN NNP IN DT NN MD VB IN NNP ."},
	{[]string{"\"", "We", "will", "not", "accept", "these", "terms", ",", "\"", "the", "union", "'s", "spokesman", "told", "reporters", "."},
		"NN PRP MD RB VB DT NNS , VBZ DT NN POS NN VBD NNS ."},
	{[]string{"Stir", "the", "mixture", "slowly", "and", "add", "two", "cups", "of", "flour", "before", "baking", "."},
		"NNP DT NN RB CC VB CD NNS IN NN IN NN ."},
	{[]string{"The", "Dodge", ",", "Jeep", "and", "Ram", "brands", "were", "hit", "hardest", "by", "the", "recall", ",", "according", "to", "analysts", "."},
		"DT NNP , NNP CC NNP NNS VBD VBN JJS IN DT NN , VBG TO NNS ."},
	{[]string{"Prosecutors", "claimed", "the", "defendant", "had", "hidden", "$", "4.5", "million", "in", "offshore", "accounts", "."},
		"NNS VBD DT NN VBD VBN $ CD CD IN JJ NNS ."},
	{[]string{"The", "claims", "were", "rejected", "by", "the", "ministry", ",", "which", "called", "them", "baseless", "."},
		"DT NNS VBD VBN IN DT NN , WDT VBD PRP NN ."},
	{[]string{"Officials", "in", "Norrland", "warned", "that", "the", "floods", "could", "spread", "further", "south", "next", "week", "."},
		"NNS IN NNP VBD IN DT NNS MD VB RBR RB JJ NN ."},
	{[]string{"Ilse", "Brandt", ",", "a", "professor", "at", "the", "University", "of", "Kessel", ",", "argued", "that", "the", "policy", "had", "failed", "."},
		"NNP NNP , DT NN IN DT NNP IN NNP , VBD IN DT NN VBD VBN ."},
	{[]string{"Police", "say", "the", "suspect", "fled", "on", "foot", "after", "the", "robbery", "in", "2019", "."},
		"NNS VBP DT NN VBD IN NN IN DT NN IN CD ."},
	{[]string{"\"", "It", "'s", "too", "early", "to", "tell", ",", "\"", "said", "Tomas", "Verhoek", ",", "who", "chairs", "the", "committee", "."},
		"IN PRP VBZ RB JJ TO VB , NNP VBD NNP NNP , WP VBZ DT NN ."},
	{[]string{"Critics", "accuse", "the", "government", "of", "ignoring", "the", "report", "'s", "central", "findings", "."},
		"NNS VBP DT NN IN VBG DT NN POS JJ NNS ."},
	{[]string{"The", "company", "denied", "wrongdoing", "but", "agreed", "to", "pay", "a", "fine", "of", "12", "million", "euros", "."},
		"DT NN VBD NN CC VBD TO VB DT NN IN CD CD NN ."},
	{[]string{"Asked", "about", "the", "deal", ",", "the", "minister", "declined", "to", "comment", "."},
		"VBN IN DT NN , DT NN VBD TO VB ."},
	{[]string{"Quietly", ",", "the", "board", "voted", "to", "replace", "its", "chief", "executive", "."},
		"RB , DT NN VBD TO VB PRP$ NN NN ."},
	{[]string{"Under", "the", "proposal", ",", "taxes", "on", "fuel", "would", "rise", "by", "3", "percent", "over", "two", "years", "."},
		"IN DT NN , NNS IN NN MD VB IN CD NN IN CD NNS ."},
	{[]string{"Senator", "Dana", "Ortolf", "urged", "colleagues", "to", "back", "the", "bill", ",", "saying", "it", "would", "protect", "workers", "."},
		"NNP NNP NNP VBD NNS TO VB DT NN , VBG PRP MD VB NNS ."},
	{[]string{"The", "report", ",", "published", "Monday", ",", "found", "that", "emissions", "rose", "sharply", "in", "the", "third", "quarter", "."},
		"DT NN , VBN NNP , VBD IN NNS VBD RB IN DT JJ NN ."},
	{[]string{"Residents", "complained", "that", "the", "water", "smelled", "of", "chlorine", "and", "looked", "brown", "."},
		"NNS VBD IN DT NN VBD IN NN CC VBD NN ."},
	{[]string{"Lower", "prices", "helped", "the", "retailer", ",", "which", "reported", "record", "sales", "during", "the", "holidays", "."},
		"JJR NNS VBD DT NN , WDT VBD NN NNS IN DT NNS ."},
	{[]string{"Neither", "side", "has", "commented", "on", "the", "talks", ",", "which", "are", "expected", "to", "resume", "in", "Geneva", "."},
		"DT NN VBZ VBN IN DT NNS , WDT VBP VBN TO VB IN NNP ."},
	{[]string{"She", "insisted", "that", "the", "figures", "were", "accurate", "and", "that", "no", "data", "had", "been", "changed", "."},
		"PRP VBD IN DT NNS VBD JJ CC IN DT NN VBD VBN VBN ."},
	{[]string{"The", "ceasefire", ",", "brokered", "by", "Qatar", ",", "held", "overnight", "despite", "sporadic", "shelling", "near", "the", "border", "."},
		"DT NN , VBN IN NNP , VBD JJ IN JJ VBG IN DT NN ."},
	{[]string{"Farmers", "blocked", "roads", "with", "tractors", "to", "protest", "against", "cheaper", "imports", "."},
		"NNS VBD NNS IN NNS TO VB IN JJR NNS ."},
	{[]string{"Brandt", "'s", "lawyer", "said", "the", "allegations", "were", "false", "and", "politically", "motivated", "."},
		"NNP POS NN VBD DT NNS VBD JJ CC RB VBN ."},
	{[]string{"In", "a", "statement", ",", "Helvor", "Motors", "said", "it", "was", "cooperating", "fully", "with", "investigators", "."},
		"IN DT NN , NNP NNPS VBD PRP VBD VBG RB IN NNS ."},
	{[]string{"Shares", "fell", "8%", "in", "early", "trading", "after", "the", "earnings", "warning", "."},
		"NNP VBD CD IN JJ NN IN DT NNS NN ."},
	{[]string{"The", "spokesman", "did", "not", "respond", "to", "a", "request", "for", "comment", "."},
		"DT NN VBD RB VB TO DT NN IN NN ."},
	{[]string{"Doctors", "warn", "that", "the", "virus", "spreads", "more", "easily", "indoors", "during", "the", "winter", "months", "."},
		"NNS VBP IN DT NN VBZ JJR RB NNS IN DT JJ NNS ."},
	{[]string{"According", "to", "the", "ministry", ",", "1,200", "people", "have", "been", "evacuated", "from", "coastal", "towns", "."},
		"VBG TO DT NN , CD NNS VBP VBN VBN IN JJ NNS ."},
	{[]string{"Investors", "are", "worried", "that", "higher", "interest", "rates", "will", "slow", "growth", "."},
		"NNS VBP JJ IN JJR NN NNS MD VB NN ."},
	{[]string{"Several", "witnesses", "described", "hearing", "loud", "explosions", "shortly", "before", "midnight", "."},
		"JJ NNS VBD VBG JJ NNS RB IN NN ."},
	{[]string{"The", "court", "ruled", "that", "the", "merger", "could", "proceed", "if", "the", "firms", "sold", "some", "assets", "."},
		"DT NN VBD IN DT NN MD VB IN DT NNS VBD DT NNS ."},
	{[]string{"Back", "in", "Veltham", ",", "volunteers", "handed", "out", "blankets", "and", "hot", "meals", "."},
		"RB IN NNP , NNS VBD RP NNS CC JJ NNS ."},
	{[]string{"Make", "sure", "the", "lid", "is", "closed", "tightly", ",", "the", "instructions", "say", "."},
		"NNP VBD DT NN VBZ VBN RB , DT NNS VBP ."},
	{[]string{"Opposition", "leaders", "called", "for", "an", "independent", "inquiry", "into", "the", "deaths", "."},
		"NN NNS VBD IN DT JJ NN IN DT NNS ."},
	{[]string{"Despite", "the", "warnings", ",", "thousands", "gathered", "in", "the", "central", "square", "on", "Saturday", "evening", "."},
		"IN DT NNS , NNS VBN IN DT JJ NN IN NNP NN ."},
	{[]string{"The", "new", "rules", ",", "which", "take", "effect", "in", "July", ",", "require", "drivers", "to", "carry", "proof", "of", "insurance", "."},
		"DT JJ NNS , WDT VBP NN IN NNP , NN NNS TO VB NN IN NN ."},
	{[]string{"Analysts", "expect", "the", "central", "bank", "to", "cut", "rates", "again", "before", "the", "end", "of", "the", "year", "."},
		"NNS VBP DT JJ NN TO VB NNS RB IN DT NN IN DT NN ."},
}

// The tagger gives prose's tags on prose's tokens.
func TestAgreesWithProse(t *testing.T) {
	// minAgreement is the share of tokens that must get prose's tag; the
	// two differ only where class scores tie to the thousandth.
	const minAgreement = 0.99
	same, total := 0, 0
	for _, s := range proseTagged {
		want := strings.Fields(s.tags)
		if len(want) != len(s.words) {
			t.Fatalf("%v: %d tags for %d words", s.words, len(want), len(s.words))
		}
		got := Words(s.words)
		for i, g := range got {
			total++
			if g.String() == want[i] {
				same++
			} else {
				t.Logf("%q in %q: got %s, prose %s", s.words[i], strings.Join(s.words, " "), g, want[i])
			}
		}
	}
	if share := float64(same) / float64(total); share < minAgreement {
		t.Errorf("agreement with prose %.4f (%d of %d tokens), want >= %.2f", share, same, total, minAgreement)
	} else {
		t.Logf("agreement with prose %.4f (%d of %d tokens)", share, same, total)
	}
}
