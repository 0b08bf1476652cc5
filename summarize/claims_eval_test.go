package summarize

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// alternatives decodes a gold entry that is a string or a list of strings.
func alternatives(raw json.RawMessage) []string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	var many []string
	json.Unmarshal(raw, &many)
	return many
}

func (g gold) partyNames(party json.RawMessage) []string {
	var out []string
	for _, p := range alternatives(party) {
		out = append(out, scorerNorm(p))
		for _, a := range g.Aliases[p] {
			out = append(out, scorerNorm(a))
		}
	}
	return out
}

func (g gold) partyMatch(party json.RawMessage, sys string) bool {
	sp := scorerNorm(sys)
	for _, alias := range g.partyNames(party) {
		re := regexp.MustCompile(`(^|[^a-z])` + regexp.QuoteMeta(alias) + `($|[^a-z])`)
		if alias == sp || re.MatchString(sp) {
			return true
		}
	}
	return false
}

func mustMatch(must []json.RawMessage, text string) bool {
	for _, m := range must {
		ok := false
		for _, alt := range alternatives(m) {
			if strings.Contains(text, scorerNorm(alt)) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// claimScores are the scorer's claim figures over an eval set.
type claimScores struct {
	gold, found, attributed, sys, sysOK, dups int
}

func (c claimScores) recall() float64    { return ratio(c.attributed, c.gold) }
func (c claimScores) precision() float64 { return ratio(c.sysOK, c.sys) }
func (c claimScores) party() float64     { return ratio(c.attributed, c.found) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scoreClaims scores the digests of stories against the set's gold claims,
// as the project's scorer does: each gold story is matched to the story
// holding most of its articles.
func scoreClaims(set evalSet, stories []Story) claimScores {
	var sc claimScores
	for _, g := range set.golds {
		type sysClaim struct{ party, text string }
		var claims []sysClaim
		for _, p := range storyOf(g, stories).Digest().Parties {
			for _, c := range p.Claims {
				claims = append(claims, sysClaim{p.Name, scorerNorm(c.Text + " " + c.Quote)})
			}
		}
		sc.sys += len(claims)
		for _, c := range claims {
			for _, gc := range g.Claims {
				if mustMatch(gc.Must, c.text) && g.partyMatch(gc.Party, c.party) {
					sc.sysOK++
					break
				}
			}
		}
		for _, gc := range g.Claims {
			if gc.Optional {
				continue
			}
			sc.gold++
			found, hits := false, 0
			for _, c := range claims {
				if mustMatch(gc.Must, c.text) {
					found = true
					if g.partyMatch(gc.Party, c.party) {
						hits++
					}
				}
			}
			if found {
				sc.found++
			}
			if hits > 0 {
				sc.attributed++
				sc.dups += hits - 1
			}
		}
	}
	return sc
}

// The claims quality of the invented eval set may not fall below what the
// engine reaches, nor its duplicates rise; ratchet these as it improves.
// (Duplicates rose from 20 to 22 when a cluster began to show another
// speaker's point unless it says the same: the seeds' recall rose from
// 0.97 to 1.00. Precision 0.75, not 0.76: a second that-clause of one
// reporting verb is a point of its own, and six such points, each a true
// statement, are claims the gold does not list. Duplicates fell from 21
// to 19 when two points of one speaker that a third statement of theirs
// says both of became one claim. Precision rose to 0.78 when a second
// that-clause went back to stay with the first, one statement.
// Duplicates rose from 17 to 18 when a count a side gives again with
// another value became a point of its own: a petition's 1,900 and, later,
// 2,300 signatures, both under the gold's one claim of the petition.
// They fell to 16 when one speaker's count of one thing, told in two
// articles, became one claim, and rose to 17 when a claim a side made as
// itself began to show its named speaker's telling: the federation
// director's sentence holds both her points, so two gold claims match it.)
func TestEvalSetClaims(t *testing.T) {
	set := loadEvalSet(t, "../testdata/eval")
	checkClaims(t, set, claimFloor{recall: 0.96, precision: 0.77, party: 0.99, maxDups: 16})
}

// claimFloor is the least claims quality an eval set must keep.
type claimFloor struct {
	recall, precision, party float64
	maxDups                  int
}

func checkClaims(t *testing.T, set evalSet, min claimFloor) {
	t.Helper()
	sc := scoreClaims(set, Group(set.articles))
	t.Logf("claims: recall=%.2f precision=%.2f party=%.2f dup=%d (%d gold, %d system)",
		sc.recall(), sc.precision(), sc.party(), sc.dups, sc.gold, sc.sys)
	if sc.recall() < min.recall || sc.precision() < min.precision || sc.party() < min.party || sc.dups > min.maxDups {
		t.Errorf("claims quality dropped: recall=%.2f (min %.2f) precision=%.2f (min %.2f) party=%.2f (min %.2f) dup=%d (max %d)",
			sc.recall(), min.recall, sc.precision(), min.precision, sc.party(), min.party, sc.dups, min.maxDups)
	}
}

// Every claim is grounded: its sentence and each part of its quotation
// stand verbatim in an article the claim cites.
func TestClaimsAreGrounded(t *testing.T) {
	set := loadEvalSet(t, "../testdata/eval")
	for _, s := range Group(set.articles) {
		texts := map[string]string{}
		for _, a := range s.Articles {
			texts[a.ID] = squash(a.Text())
		}
		for _, p := range s.Digest().Parties {
			for _, c := range p.Claims {
				parts := append([]string{c.Text}, strings.Split(c.Quote, " … ")...)
				for _, part := range parts {
					if part == "" {
						continue
					}
					found := false
					for _, id := range c.Articles {
						if strings.Contains(texts[id], squash(part)) {
							found = true
							break
						}
					}
					if !found {
						t.Errorf("%s claim %q: %q is in no cited article", p.Name, c.Text, part)
					}
				}
			}
		}
	}
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// disputeScores are the scorer's dispute figures over an eval set.
type disputeScores struct {
	gold, found, sys, sysOK int
}

func (d disputeScores) recall() float64    { return ratio(d.found, d.gold) }
func (d disputeScores) precision() float64 { return ratio(d.sysOK, d.sys) }

// scoreDisputes scores the stories' disputes as the project's scorer does:
// a gold dispute is found by a dispute of its kind with two sides or more
// that mentions one of its topic words, and, between parties, has a side
// for each of its parties.
func scoreDisputes(set evalSet, stories []Story) disputeScores {
	var sc disputeScores
	for _, g := range set.golds {
		ds := storyOf(g, stories).Digest().Disputes
		sc.sys += len(ds)
		matched := make([]bool, len(ds))
		for _, gd := range g.Disputes {
			hit := false
			for i, d := range ds {
				if d.Kind != gd.Kind || len(d.Sides) < 2 || !mentionsAny(d, gd.Topic) {
					continue
				}
				if gd.Kind == BetweenParties && !coversParties(g, d, gd.Parties) {
					continue
				}
				matched[i], hit = true, true
			}
			if !gd.Optional {
				sc.gold++
				if hit {
					sc.found++
				}
			}
		}
		for _, m := range matched {
			if m {
				sc.sysOK++
			}
		}
	}
	return sc
}

func mentionsAny(d Dispute, words []string) bool {
	parts := []string{d.Topic, d.Kind, d.Status, d.Summary}
	for _, s := range d.Sides {
		parts = append(parts, s.Party, s.Position)
	}
	text := scorerNorm(strings.Join(parts, " "))
	for _, w := range words {
		if strings.Contains(text, scorerNorm(w)) {
			return true
		}
	}
	return false
}

func coversParties(g gold, d Dispute, parties []string) bool {
	for _, p := range parties {
		raw, _ := json.Marshal(p)
		ok := false
		for _, s := range d.Sides {
			if g.partyMatch(raw, s.Party) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// disputeFloor is the least disputes quality an eval set must keep.
type disputeFloor struct{ recall, precision float64 }

func checkDisputes(t *testing.T, set evalSet, min disputeFloor) {
	t.Helper()
	sc := scoreDisputes(set, Group(set.articles))
	t.Logf("disputes: recall=%.2f precision=%.2f (%d gold, %d system)", sc.recall(), sc.precision(), sc.gold, sc.sys)
	if sc.recall() < min.recall || sc.precision() < min.precision {
		t.Errorf("disputes quality dropped: recall=%.2f (min %.2f) precision=%.2f (min %.2f)",
			sc.recall(), min.recall, sc.precision(), min.precision)
	}
}

// The disputes of the invented eval set may not fall below what the engine
// reaches; ratchet these as it improves. (Recall 0.75, not 0.77: since a
// pronoun in a later clause is the sentence's subject, one of the steel
// story's quotations is the minister's, which makes another of her claims
// the Dornava side's position in the dispute over the quotas, and that
// claim does not name the safeguard the gold topic asks for. Recall 0.74:
// since a second that-clause of one reporting verb is a point of its own,
// the pollution story's "permit" dispute between the company and the
// residents' group gives way to another, and only it carried the words
// "safe" and "no risk" of the gold dispute over the river's safety.
// Recall 0.72 (59 of 81) and precision 0.64: since "his ministry" is the ministry of
// the man who has just spoken, the Kalmoran trade ministry's statements
// are Kalmora's, not those of a side "Economy Ministry"; the dispute
// with Dornava now merges into one that shows another Dornava statement,
// one without the gold topic's words. Recall 0.85 (69 of 81) and
// precision 0.69 (74 of 106): since values are compared within one
// attribute or event, the ten disputes between sources told in other
// words are found, and remarks on two days no longer make one. Recall
// 0.86 (70 of 81) and precision 0.75 (75 of 99): a negation is read in its
// scope (undone by "without", "until" or a comparative, bounded by a
// subordinate clause, a negated infinitive denying what follows it), a
// word in two parts of speech names no point, advice asserts nothing, and
// sides that judge one quality apart ("not safe", "no risk") are at odds.
// Recall 0.87 (71 of 81) and precision 0.76 (76 of 99): a lawful
// safeguard against protectionism is such a quality, weighed as an
// accusation. Precision 0.79 (77 of 97): "without" before a gerund says
// how a thing is done, not whether, and a negation does not reach into
// another sentence of a quotation. Precision 0.81 (77 of 94): a noun
// that only modifies another ("cell housing") names another thing than
// the noun as a head ("the cells"). Recall 0.90 (73 of 81) and precision
// 0.82 (79 of 96): a sum a side asks for with a verb ("still wanted 12
// percent") is a position, set against the other side's offer.
// Precision 0.87 (79 of 91): an act two statements name only as a verb,
// one without its object ("had been held at"), names no point, nor does
// a unit of measure ("kilometres"); a word of the speaker's own name
// names no other side; a negation in a second predicate does not reach
// the first one's object; an embedded question asserts nothing. Recall
// 0.94 (76 of 81) and precision 0.87 (85 of 98): "the company" is the
// company named last once another speaker has spoken, and the word a
// story uses for its one company names that side in what others say.)
func TestEvalSetDisputes(t *testing.T) {
	checkDisputes(t, loadEvalSet(t, "../testdata/eval"), disputeFloor{recall: 0.93, precision: 0.88})
}
