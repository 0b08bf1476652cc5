package parties

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// In a story of party politics (a vote of no confidence, an election, a
// coalition's quarrel with the opposition) a head of government speaks
// for their party, not for the country: the party the texts name after
// their possessive ("Venn's Tarnland Social Party"), else the one party
// they call ruling ("the ruling Tarnland Social Party", "..., which leads
// the coalition").

// headsOfGovernment are the titles of a head of government.
var headsOfGovernment = []string{"prime minister", "premier", "chancellor", "first minister"}

// partyPolitics are the words of a story of party politics.
var partyPolitics = []string{"opposition", "no-confidence", "no confidence", "election", "coalition", "confidence vote"}

// headsParty returns the party a head of government of a story of party
// politics speaks for, with how the story says so, or "".
func (s *Story) headsParty(name string, roles []string) (party, how string) {
	if !hasWord(strings.Join(roles, " "), headsOfGovernment) || !s.aboutPartyPolitics() {
		return "", ""
	}
	if p := s.possessedParty(name); p != "" {
		return p, "the head of government's own party, named after their possessive"
	}
	if p := s.oneCalled(inGovernment); p != "" {
		return p, "the head of government's party, the one the story calls ruling"
	}
	return "", ""
}

// aboutPartyPolitics reports a story whose texts speak of party
// politics.
func (s *Story) aboutPartyPolitics() bool {
	return hasWord(placePunct.Replace(strings.Join(s.texts, " ")), partyPolitics)
}

// possessedParty returns the organisation of a party's kind the texts name
// just after the person's possessive ("Venn's Tarnland Social Party"), or
// "".
func (s *Story) possessedParty(name string) string {
	f := strings.Fields(attrib.Fold(name))
	if len(f) == 0 {
		return ""
	}
	owner := f[len(f)-1] + "'s "
	for _, t := range s.texts {
		ft := strings.ReplaceAll(attrib.Fold(t), "’", "'")
		for _, o := range s.orgs {
			fo := attrib.Fold(trimThe(o))
			if words := strings.Fields(fo); len(words) > 1 && kindOwnerBodies[words[len(words)-1]] && strings.Contains(ft, owner+fo) {
				return trimThe(o)
			}
		}
	}
	return ""
}
