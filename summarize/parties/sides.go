package parties

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// PartyOf names the side a speaker speaks for, or "" when the text does
// not say: a country or body named by the speaker's words or role
// ("Kremlin aide", "U.S. officials", "Foreign Minister of Moldara", "her
// Kestrian counterpart"), the side of a person the role belongs to
// ("Putin's adviser"), or the organisation the speaker is or speaks for.
func (s *Story) PartyOf(sp attrib.Speaker) string {
	p, _ := s.affiliation(sp)
	return p
}

// withSuffix returns the organisation of the story whose name is p and a
// company's suffix ("Brannock Motor Co" for "Brannock Motor"), or a civil
// body's head noun after a name that already ends in a body's head noun
// ("Vell Growers Bureau Federation" for "Vell Growers Bureau"), or p.
func (s *Story) withSuffix(p string) string {
	f := attrib.Fold(trimThe(p))
	fp := strings.Fields(f)
	kindEnds := len(fp) > 1 && orgHeads[fp[len(fp)-1]]
	of := ""
	for _, o := range s.orgs {
		fo := strings.Fields(attrib.Fold(trimThe(o)))
		if n := len(fo); n > 1 && (companySuffixes[fo[n-1]] || fo[n-1] == "party" || kindEnds && civilHeads[fo[n-1]]) && strings.Join(fo[:n-1], " ") == f {
			return trimThe(o)
		}
		// "Consumers' Alliance" of the Consumers' Alliance of Estravia:
		// the name with where the body is, if only one body has it.
		// "Students' Union" of the Aldermoor Students' Union: the name
		// with whose it is before it, if only one body has it.
		if n, m := len(fo), len(fp); kindEnds && (n > m+1 && n <= m+3 && fo[m] == "of" && slices.Equal(fo[:m], fp) ||
			n > m && n <= m+2 && slices.Equal(fo[n-m:], fp) && !strings.ContainsAny(strings.Join(fo[:n-m], " "), "'’")) {
			if of != "" && of != trimThe(o) {
				return p
			}
			of = trimThe(o)
		}
	}
	if of != "" {
		return of
	}
	return p
}

// wordPrefix reports whether the name short begins the name long, word by
// word ("Brannock Motor" begins "Brannock Motor Co").
func wordPrefix(short, long string) bool {
	a, b := strings.Fields(attrib.Fold(short)), strings.Fields(attrib.Fold(long))
	return len(a) <= len(b) && slices.Equal(a, b[:len(a)])
}

// affiliation is PartyOf with the evidence for the side it names.
func (s *Story) affiliation(sp attrib.Speaker) (party, evidence string) {
	if a, b, ok := jointPeople(sp); ok {
		return s.sharedAffiliation(a, b)
	}
	p, ev := s.partyOf(sp)
	if o := s.oppositionOrg(); p == Opposition && o != "" {
		return o, ev + ", and the story calls " + strconvQuote(o) + " the opposition"
	}
	p = s.fullName(p)
	if c := s.ministryCountry(p); c != "" {
		return c, ev + ", a ministry of " + strconvQuote(c)
	}
	if w, part := s.wholeOrg(p); part != "" {
		return w, ev + ", the " + part + " of " + strconvQuote(w)
	}
	return p, ev
}

// fullName names an actor by its fullest proper name: one word that is the
// short name of exactly one organisation of the story ("Tessaro" for
// Tessaro Holdings, "Halvard" for Halvard Power Systems) is that
// organisation; so is a name the story also writes with a company's
// suffix ("Brannock Motor" for Brannock Motor Co) or a political party's
// ("Civic Future" for the Civic Future Party), or with where it is
// ("Consumers' Alliance" for the Consumers' Alliance of Estravia). Names that hold one
// another are one organisation's shorter and fuller forms ("Brannock",
// "Brannock Motor", "Brannock Motor Co"): the fullest is its name. A
// place, a person or a word that names a kind of body is no short name.
func (s *Story) fullName(p string) string {
	if o := s.byInitials(p); o != "" {
		return o
	}
	if o := s.describedBody(p); o != "" {
		return o // "Disaster Agency" for the Federal Disaster Response Office
	}
	if strings.Contains(p, " ") {
		return s.withSuffix(p)
	}
	if p == "" {
		return p
	}
	f := attrib.Fold(p)
	if _, place := Lookup(p); place || s.country[p] || isGenericWord(f) || lex.IsStop(f) {
		return p // "Varda", the state, is no short name of the Varda Steelworkers Union
	}
	if _, person := s.people[f]; person {
		return p
	}
	found := ""
	for _, o := range s.orgs {
		words := strings.Fields(attrib.Fold(strings.TrimPrefix(o, "The ")))
		if len(words) < 2 || words[0] != f || s.outlet(o) {
			continue // "Averra" is no fuller "Averra Broadcasting News"
		}
		switch {
		case found == "" || found == o || wordPrefix(o, found):
			if found == "" {
				found = o
			}
		case wordPrefix(found, o):
			found = o // the fuller form of the same name
		default:
			return p // two organisations begin so: whose is not said
		}
	}
	if found == "" {
		return p
	}
	return strings.TrimPrefix(found, "The ")
}

// valid reports a side that can stand as a party: a name, not a
// commentator, an outlet or a news agency. Each way of reading a side
// offers its candidate through it, so that one bad reading ("RECOMMENDED
// FOR YOU Halvesk") leaves the next its turn.
func (s *Story) valid(p string) bool {
	return p != "" && !isAcademy(p) && !s.outlet(p) && !isAgency(p) && isName(p)
}

// outlet reports a news outlet's name (isOutlet) that the story does not
// introduce as a body of another kind (otherKind).
func (s *Story) outlet(name string) bool {
	return isOutlet(name) && !s.otherKind(name)
}

// validBody is valid for the body a person's post belongs to, which may
// be a seat of learning the story is about (principal): "the
// university's vice-chancellor" in a story of the university's own
// decision, where "a hydrologist at the University of Merrowgate" is the
// hydrologist's own word.
func (s *Story) validBody(p string) bool {
	return s.valid(p) || p != "" && isAcademy(p) && isName(p) && s.principal(attrib.Speaker{Name: p, Kind: attrib.Body})
}

func (s *Story) partyOf(sp attrib.Speaker) (string, string) {
	own := currentPosts(sp.Role)
	if p, ev := s.speaksFor(sp); p != "" {
		return p, ev // "a law firm representing Elon Musk"
	}
	if p, ev := s.counselSide(sp); p != "" {
		return p, ev // "a lawyer for Kell", "Brook's attorney"
	}
	sp = s.Canonical(sp)
	if s.comments(sp) {
		return "", ""
	}
	if p, ok := Lookup(sp.Name); ok && sp.Kind == attrib.Person {
		return p.Name, nameEvidence(sp.Name) // a place taken for a person: the place
	}
	if sp.Kind == attrib.Person && s.isBodyName(sp.Name) {
		sp.Kind = attrib.Body // "Merrin Town Council", "Town Hall" taken for a person
	}
	switch sp.Kind {
	case attrib.Person:
		// The role this statement gives, then the role the story gives
		// the person; only then the story's country for a minister whose
		// roles name none.
		// An organisation any of the person's roles names in full is the
		// side they speak for ("the Dornavan steelworkers' leader" is the
		// Dornavan Steelworkers' Union's general secretary, not Dornava).
		// A relative clause of membership comes first ("who is part of
		// the EU delegation").
		roles := append(s.clauseRoles(sp.Name), own, currentPosts(sp.Role))
		for _, r := range s.roles[s.PersonKey(sp.Name)] {
			roles = append(roles, currentPosts(r))
		}
		for _, role := range roles {
			if o := s.namedOrg(role); s.valid(o) {
				if part := s.independentPart(o); part != "" {
					return part, roleEvidence(role, "names "+strconvQuote(part)+", which the story names on its own")
				}
				if owner := s.partOwner(role, o); owner != "" {
					return owner, roleEvidence(role, "names "+strconvQuote(o)+", a body of "+strconvQuote(owner))
				}
				return o, roleEvidence(role, "names")
			}
		}
		if p, how := s.headsParty(sp.Name, roles); s.valid(p) {
			return p, how
		}
		if p := s.partyMark(sp.Name); p != "" {
			return p, "the party letter after the name " + strconvQuote(sp.Name)
		}
		for _, role := range roles {
			// "heads the Alliance for Varenian Shipbuilding", "president
			// of the Varenian Farm Bureau": a place inside a body's name
			// that is no government's says nothing of the side.
			if o := roleOrgName(role); s.valid(o) && civilBody(o) && s.placeIn(o, 0) != "" {
				return o, roleEvidence(role, "names the organisation "+strconvQuote(o))
			}
		}
		for _, role := range roles {
			if hasWord(role, oppositionWords) {
				return "Opposition", roleEvidence(role, "says the side \"opposition\"") // "Russian opposition leader": not Russia
			}
		}
		for _, role := range roles {
			if r := s.bodyOwner(role); r != "" && s.regions[r] && regionsPost([]string{role}) {
				// "Orvane's governor" in one article, "Governor Mirela
				// Tosk" in the next: the province's, not an office's.
				return r, roleEvidence(role, "is a post of the region "+strconvQuote(r))
			}
		}
		for _, role := range roles {
			// "Company spokeswoman Hanna Lindqvist", in a story of a
			// ferry line and a consultancy: the company the article
			// names just before her, not the story's one firm by kind.
			if kind, _, _ := strings.Cut(strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(role, "a "), "A ")), " "); companyNouns[kind] &&
				hasWord(role, voicePosts) && s.namedOrg(role) == "" {
				if o, how := s.contextCompany(sp.Name); s.valid(o) {
					return o, roleEvidence(role, "is a post of "+strconvQuote(o)+", "+how)
				}
			}
		}
		for _, role := range roles {
			if p := s.roleParty(role, 0); s.valid(p) {
				return p, roleEvidence(role, "points to "+strconvQuote(p))
			}
		}
		if o := s.ministryOfPost(sp.Name, roles); o != "" {
			return o, "a minister of the portfolio of " + strconvQuote(o) + ", which the story names"
		}
		if s.home != "" && !s.homeByBodies && !s.statesTurnedOn(sp.Name)[s.home] && hasWord(own+" "+currentPosts(sp.Role), governmentWords) {
			return s.home, roleEvidence(own+" "+currentPosts(sp.Role), "is a government role in the story's country")
		}
		if (s.home == "" || s.homeByBodies || s.statesTurnedOn(sp.Name)[s.home] || hasWord(strings.Join(roles, " "), stateForces)) &&
			hasWord(strings.Join(roles, " "), governmentTitles) && !namesHost(roles) {
			if c := s.contextCountry(sp.Name); s.valid(c) && (!s.regions[c] || regionsPost(roles)) {
				return c, "government title with " + strconvQuote(c) + " just before the name"
			}
		}
		if s.homeByBodies && !s.statesTurnedOn(sp.Name)[s.home] && hasWord(own+" "+currentPosts(sp.Role), governmentWords) {
			// The country the story's bodies are of, known from their
			// names rather than from far more mentions: a minister whose
			// surroundings name no state is its minister.
			return s.home, roleEvidence(own+" "+currentPosts(sp.Role), "is a government role in the country of the story's bodies")
		}
		for _, role := range roles {
			if o := roleOrgName(role); s.valid(o) {
				return o, roleEvidence(role, "names the organisation "+strconvQuote(o))
			}
		}
		for _, role := range roles {
			if hasWord(role, policeTitles) {
				// "Chief Constable Roderick Hale": the story's police.
				if o := s.namedService("police"); s.valid(o) {
					return o, roleEvidence(role, "is a police title, of the story's "+strconvQuote(o))
				}
				return "Police", roleEvidence(role, "is a police title")
			}
		}
		for _, role := range roles {
			if o := s.officeBody(role); s.valid(o) {
				return o, roleEvidence(role, "holds the office of "+strconvQuote(o))
			}
		}
		for _, role := range roles {
			if o := s.titledOrg(role, sp.Name); s.valid(o) {
				return o, roleEvidence(role, "names "+strconvQuote(o)+" before the title, an organisation the story names at least as often as the person")
			}
		}
		for _, role := range roles {
			if u := s.storyUnion(); u != "" && hasWord(role, unionMembers) {
				return u, roleEvidence(role, "is a member of the story's union "+strconvQuote(u))
			}
			if g := s.storyArmedGroup(); g != "" && hasWord(strings.NewReplacer("'", " ", "’", " ").Replace(role), armedMembers) {
				return g, roleEvidence(role, "is one of the story's armed group "+strconvQuote(g))
			}
			if p, w := politicalSide(role); p != "" {
				return p, roleEvidence(role, "says the side "+strconvQuote(w))
			}
		}
		for _, role := range roles {
			if o := s.companyOf(role); s.valid(o) {
				return o, roleEvidence(role, "is a corporate title of the story's company")
			}
			if s.unqualifiedCorporate(role) {
				if o, how := s.contextCompany(sp.Name); s.valid(o) {
					return o, roleEvidence(role, "is a corporate title of "+strconvQuote(o)+", "+how)
				}
			}
		}
		for _, role := range roles {
			if p := s.roleBody(role); s.valid(p) {
				return s.statelessGovernment(p), roleEvidence(role, "names the body")
			}
		}
		for _, role := range roles {
			// "the company's site director": a post of the story's one
			// company.
			if noun := genericOwner(role); companyNouns[noun] {
				// "Brightwell Assurance said ... . Linus Trevane, the
				// company's head of claims, said": the company named just
				// before, in a story of a utility and an insurer.
				if o, how := s.contextCompany(sp.Name); s.valid(o) {
					return o, roleEvidence(role, "is a post of "+strconvQuote(o)+", "+how)
				}
				if o := s.storyCompany(); s.valid(o) {
					return o, roleEvidence(role, "is a post of the story's company "+strconvQuote(o))
				}
			} else if o, how := s.ownerOfKind(sp.Name, noun); s.validBody(o) {
				// "Piet Dorane, the party's secretary-general"
				return o, roleEvidence(role, "is a post of "+strconvQuote(o)+", "+how)
			}
		}
		for _, role := range roles {
			if !hasWord(role, academicOffices) {
				continue
			}
			// "The vice-chancellor, Professor Anselm Dray,": the head of
			// the story's university.
			for _, kind := range []string{"university", "college"} {
				if o, how := s.ownerOfKind(sp.Name, kind); s.validBody(o) {
					return o, roleEvidence(role, "is a post of "+strconvQuote(o)+", "+how)
				}
			}
		}
		if s.stateless && hasWord(own+" "+currentPosts(sp.Role), governmentWords) && !namesUnknown(own+" "+currentPosts(sp.Role)) {
			return Government, roleEvidence(own+" "+currentPosts(sp.Role), "is a government role, in a story that names no country")
		}
		return "", ""
	default:
		if sp.Kind == attrib.Document && attrib.IsCourtFiling(sp.Generic) {
			if p, ev := s.filer(); s.valid(p) {
				return p, ev // "the lawsuit said", Brenlo having sued
			}
		}
		if o := s.namedOrg(expandAbbreviations(sp.Name)); s.valid(o) {
			if part := s.independentPart(o); part != "" {
				return part, "speaker " + strconvQuote(sp.Name) + " is " + strconvQuote(part) + ", which the story names on its own"
			}
			if owner := s.partOwner(expandAbbreviations(sp.Name), o); owner != "" {
				return owner, "speaker " + strconvQuote(sp.Name) + " is a body of " + strconvQuote(owner) // "Kessar Front's Supreme Council"
			}
			return o, nameEvidence(sp.Name) // "the Dornavan Steelworkers' Union": the union, not Dornava
		}
		if hasWord(sp.Name, oppositionWords) {
			// "Opposition lawmakers in Varenia": the opposition, never the
			// government of the country named.
			return "Opposition", "speaker " + strconvQuote(sp.Name) + " says the side \"opposition\""
		}
		// "Varga's camp", "Oskar's side": a person of the story speaks
		// through them, whose side is theirs, before any body the owner's
		// name may also be taken for.
		if p, ev := s.ownersSide(sp.Name); s.valid(p) && s.placeIn(sp.Name, 0) == "" {
			return p, ev
		}
		if owner, ok := possessor(sp.Name); ok && s.sharedFirstName(owner) {
			return "", "" // "Lena's side", two people of the story being Lena
		}
		// "The Varenian automaker said": a company of that nationality,
		// never the state (the story's company, if it names one).
		if companyNouns[sp.Generic] && !hasWord(sp.Name, governmentWords) {
			if describing(sp) {
				if o, ev := s.firmFor(sp.Name, sp.Generic); s.valid(o) {
					return o, ev // "the social media giant": the story's company so described
				}
			} else if isProperName(sp.Name) && s.valid(sp.Name) && !s.commonNoun(sp.Name) {
				// "The German automaker" its article read as VW: that
				// company, not the story's one company.
				if o := s.org(sp.Name); s.valid(o) {
					return o, "\"the " + sp.Generic + "\" is " + strconvQuote(o) + ", as its article names it"
				}
				return s.fullName(trimThe(sp.Name)), "\"the " + sp.Generic + "\" is " + strconvQuote(sp.Name) + ", as its article names it"
			} else if o := s.storyCompany(); s.valid(o) {
				return o, "\"the " + sp.Generic + "\" is the story's one company " + strconvQuote(o)
			}
		} else if p := s.placeIn(sp.Name, 0); s.valid(p) && !MembersBody(trimThe(sp.Name)) {
			return p, nameEvidence(sp.Name) // not "the Keldor Fishermen's Cooperative": its members'
		}
		if o := office(sp.Name); s.valid(o) {
			return o, nameEvidence(sp.Name)
		}
		if o := s.org(sp.Name); s.valid(o) {
			return o, nameEvidence(sp.Name)
		}
		if p, ev := s.ownersSide(sp.Name); s.valid(p) {
			return p, ev // "Musk's team", "the Biden administration"
		}
		if sp.Generic != "" {
			// "Vesk's defence ministry": the owner's, before the story's
			// one ministry another state owns.
			if o := s.bodyOwner(sp.Name); s.valid(o) && hasWord(sp.Name, governmentWords) {
				return o, "speaker " + strconvQuote(sp.Name) + " is a body of " + strconvQuote(o)
			}
			if o := s.genericOrg(sp.Generic); s.valid(o) {
				if owner := s.bodyOwner(sp.Name); s.valid(owner) && !strings.Contains(" "+attrib.Fold(o)+" ", " "+attrib.Fold(owner)+" ") &&
					(s.namedOrg(owner) != "" || !s.namedAsPlace(owner)) {
					// "Elmstead's board": Elmstead's, not the Averland
					// Competition Board the story names; but "Vardena's
					// electoral commission", Vardena being where the
					// story is, is the story's City Electoral Commission,
					// not the Vardena Chamber of Commerce.
					return s.fullName(owner), "speaker " + strconvQuote(sp.Name) + " is the " + sp.Generic + " of " + strconvQuote(owner) + ", not " + strconvQuote(o)
				}
				if attrib.ModifiersFit(sp.Name, o) { // not "the interior ministry" for a foreign ministry
					return o, "\"" + sp.Generic + "\" stands for the story's " + strconvQuote(o)
				}
			}
			if hasWord(sp.Name, governmentWords) && s.home != "" && !pluralGovernment(sp.Name) {
				return s.home, nameEvidence(sp.Name) + " in the story's country" // "the ministry said"
			}
			// "Officials at the authority": the body the words name (a
			// firm's nationality is none).
			if p := s.roleParty(sp.Name, 0); s.valid(p) && !companyNouns[sp.Generic] {
				return p, nameEvidence(sp.Name)
			}
			if u := s.storyUnion(); u != "" && hasWord(sp.Name, unionMembers) {
				return u, "speaker " + strconvQuote(sp.Name) + " are the members of the story's union " + strconvQuote(u)
			}
			if u := s.namedForUnion(sp.Name); s.valid(u) && sp.Kind == attrib.Unnamed {
				return u, "speaker " + strconvQuote(sp.Name) + " are the people the story's union " + strconvQuote(u) + " is named for"
			}
			if p, w := politicalSide(sp.Name); p != "" {
				return p, "speaker " + strconvQuote(sp.Name) + " says the side " + strconvQuote(w)
			}
			if o := s.storyCompany(); o != "" && companyNouns[sp.Generic] && !describing(sp) {
				return o, "\"the company\" is the story's one company " + strconvQuote(o)
			}
			if p, ev := s.servicePlace(sp.Name); p != "" && publicService(sp.Name) != "" && attrib.Fold(sp.Name) == attrib.Fold(sp.Generic) {
				return p, ev // "police said" where the story has "Hong Kong police"
			}
			if p := s.unnamedBody(sp.Generic); s.valid(p) && !(s.stateless && hasWord(p, governmentWords) && !namesUnknown(p)) && attrib.ModifiersFit(sp.Name, p) {
				return p, "the story's " + strconvQuote(sp.Generic)
			}
			if hasWord(sp.Name, governmentWords) && s.stateless && !namesUnknown(sp.Name) {
				return Government, nameEvidence(sp.Name) + ", in a story that names no country" // "the government said"
			}
			// "The group affirmed", the article having named only "the
			// group's spokesman": the side that spokesman's role names.
			if o := s.org(sp.Role); s.valid(o) {
				return o, "\"the " + sp.Generic + "\" of the " + roleEvidence(sp.Role, "names "+strconvQuote(o))
			}
			if p := s.roleParty(sp.Role, 0); s.valid(p) {
				return p, "\"the " + sp.Generic + "\" of the " + roleEvidence(sp.Role, "points to "+strconvQuote(p))
			}
			if o := roleOrgName(sp.Role); s.valid(o) { // "a Kessar Front spokesman"
				return o, "\"the " + sp.Generic + "\" of the " + roleEvidence(sp.Role, "names the organisation "+strconvQuote(o))
			}
			return "", ""
		}
		if p, ev := s.ownersSide(sp.Name); p != "" {
			return p, ev
		}
		if p, w := politicalSide(sp.Name); p != "" {
			return p, "speaker " + strconvQuote(sp.Name) + " says the side " + strconvQuote(w) // "the top Republican"
		}
		if sp.Kind == attrib.Body && isProperName(sp.Name) && s.valid(sp.Name) && !s.commonNoun(sp.Name) {
			return sp.Name, "body " + strconvQuote(sp.Name) + " speaks for itself"
		}
		if p := s.roleParty(sp.Role, 0); s.valid(p) {
			return p, roleEvidence(sp.Role, "points to "+strconvQuote(p))
		}
		if p := s.roleBody(sp.Role); s.valid(p) {
			return s.statelessGovernment(p), roleEvidence(sp.Role, "names the body")
		}
		return "", ""
	}
}

// Side returns the side a speaker's statement shows under, with the
// evidence for it, and never "": the side the speaker is affiliated with
// (PartyOf); else a named person or body as a side of their own; else
// Others. ok is false for a speaker who comments or reports rather than
// takes a side (an analyst, a university, a news outlet or agency): their
// words are no party's claim.
func (s *Story) Side(sp attrib.Speaker) (party, evidence string, ok bool) {
	party, evidence, ok = s.side(sp)
	if part := s.independentPart(party); ok && part != "" {
		// "Meravia's National Roads Agency", from a post or a kind noun,
		// where the story names the agency on its own too.
		party, evidence = part, evidence+", "+strconvQuote(part)+", which the story names on its own"
	}
	if st := s.statesBody(party); ok && st != "" {
		return st, evidence + ", a body of the state " + strconvQuote(st), true
	}
	return party, evidence, ok
}

// side is Side, before a state's body is named as its state.
func (s *Story) side(sp attrib.Speaker) (party, evidence string, ok bool) {
	if p, ev, ok := s.jointSide(sp); ok {
		return p, ev, true
	}
	c := s.Canonical(sp)
	if s.comments(c) {
		return "", "a commentator, academic, outlet or agency: no side's claim", false
	}
	if s.carer(c) {
		return "", "a hospital, a rescue service or a statistics office the story quotes for what it counts or sees: no side's claim", false
	}
	if s.clergy(c) {
		return "", "a member of the clergy the story quotes on what befell their people: no side's claim", false
	}
	if s.mediatorPerson(c) {
		return "", "a go-between of the sides, holding no post of theirs: no side's claim", false
	}
	if st := s.embassyOf(c.Name); st != "" {
		return st, "speaker " + strconvQuote(c.Name) + " is an embassy of " + strconvQuote(st) + ", wherever it sits", true
	}
	if st := s.embassyOf(c.Role); st != "" && c.Kind == attrib.Person {
		return st, roleEvidence(c.Role, "is a post at an embassy of "+strconvQuote(st)+", wherever it sits"), true
	}
	if st := s.seats[trimThe(c.Name)]; st != "" && c.Kind != attrib.Person {
		if p, ok := Lookup(st); ok {
			st = p.Name
		}
		return st, "speaker " + strconvQuote(c.Name) + " is the capital of " + strconvQuote(st) + ", which it stands for", true
	}
	if s.onlookingPolice(c) {
		return "", "police quoted for what they count or saw, in a story whose leads do not name them: no side's claim", false
	}
	if s.onlookingMayor(c) {
		return "", "the mayor " + strconvQuote(untitled(c.Name)) + " of a place the story passes through, named in no lead: no side's claim", false
	}
	if p, ev := s.affiliation(sp); p != "" {
		if !s.bodyOrState(p) && s.bystander(c) {
			// "Erik Holm, who runs a pharmacy on Brennsby's Storgata": a
			// place a private person lives or works in is no side.
			return "", "the person " + strconvQuote(untitled(c.Name)) + " is quoted as a bystander, and " + strconvQuote(p) + " is only where: no side's claim", false
		}
		if carerName(p) && !s.principal(attrib.Speaker{Name: p, Kind: attrib.Body}) {
			return "", "speaker " + strconvQuote(c.Name) + " speaks for " + strconvQuote(p) + ", which the story quotes for what it counts or sees: no side's claim", false
		}
		if s.unnamedMediator(c, p) {
			return "", "speaker " + strconvQuote(c.Name) + " speaks for " + strconvQuote(p) + ", the go-between of the talks: no side's claim", false
		}
		if sp.Kind == attrib.Body && loneKindWord(p) && ownedBy(sp.Name, p) {
			return "", "speaker " + strconvQuote(sp.Name) + " belongs to " + strconvQuote(p) + ", a kind of body the story does not name", false // "the Agency's team": a body named elsewhere
		}
		return withoutPluralPossessive(trimThe(p)), ev, true
	}
	if o := s.firmOfShortName(c); o != "" {
		// "Andina Meridian said", the story naming Andina Meridian
		// Lithium: a firm's short name read as a person's.
		return o, "speaker " + strconvQuote(c.Name) + " is the short name of " + strconvQuote(o), true
	}
	switch {
	case s.bystander(c):
		return "", "the person " + strconvQuote(untitled(c.Name)) + " is quoted as a bystander (an age or an everyday description, no post): no side's claim", false
	case c.Kind == attrib.Person && (s.isPersonName(untitled(c.Name)) || stopWordSurname(untitled(c.Name))):
		n := untitled(c.Name)
		if s.privatePerson(c) {
			return "", "the person " + strconvQuote(n) + " holds no post, speaks for no body and is no one the story is about: no side's claim", false
		}
		return n, "no affiliation: the person " + strconvQuote(n) + " is a side of their own", true
	case c.Kind == attrib.Body && isName(c.Name) && !isAgency(c.Name) && !s.commonNoun(c.Name):
		if w, part := s.wholeOrg(c.Name); part != "" {
			return w, "the body " + strconvQuote(c.Name) + " is the " + part + " of " + strconvQuote(w), true
		}
		n := withoutPluralPossessive(trimThe(c.Name))
		return n, "no affiliation: the body " + strconvQuote(n) + " is a side of its own", true
	}
	if sp.Kind == attrib.Body && companyNouns[sp.Generic] && describing(sp) {
		_, why := s.firmFor(sp.Name, sp.Generic) // "the Tarsian carmaker": why no company is chosen
		return Others, "no affiliation: " + why, showOthers
	}
	if c.Kind == attrib.Document && attrib.IsCourtFiling(c.Generic) {
		_, why := s.filer() // "the lawsuit said": why no one filed it
		return Others, "no affiliation: a court filing speaks for whoever filed it, and " + why, showOthers
	}
	if owner, ok := possessor(sp.Name); ok && s.sharedFirstName(owner) {
		return Others, "no affiliation: " + strconvQuote(owner) + " is the first name of more than one person of the story", showOthers
	}
	if p := publicService(c.Name); p != "" {
		if o := s.namedService(strings.ToLower(p)); s.valid(o) {
			return o, "the unnamed " + strconvQuote(c.Name) + " are the story's " + strconvQuote(o), true
		}
		if o, ev := s.servicePlace(c.Name); o != "" {
			return o, ev, true
		}
		return p, "the unnamed " + strconvQuote(c.Name) + " are the story's " + strings.ToLower(p), true
	}
	return Others, "no affiliation for the unnamed " + strconvQuote(c.Name), showOthers
}

// Government is the side of a government whose country the story does
// not name.
const Government = "Government"

// isBodyName reports a name that is a body's, not a person's: an
// organisation of the story, an office, or a name ending in an
// organisation's head noun.
func (s *Story) isBodyName(name string) bool {
	f := attrib.Fold(trimThe(name))
	words := strings.Fields(f)
	if office(name) != "" || len(words) > 1 && orgHeads[words[len(words)-1]] || companyName(name) {
		return true
	}
	listed := func() bool {
		return slices.ContainsFunc(s.orgs, func(o string) bool { return attrib.Fold(trimThe(o)) == f })
	}
	if p, ok := s.Person(name); ok && attrib.Fold(p.Name) == f && (p.Role != "" || !listed()) {
		// A person the story knows, even if also listed as a body; one
		// taken for a person only for two capitals ("a spokesperson for
		// Vell Freight") with no role, and named as a body elsewhere
		// ("Vell Freight chief executive Jonas Brekke"), is the body.
		return false
	}
	return listed()
}

// ("Fares Linden Bay" of Fair Fares Linden Bay).
func (s *Story) isPersonName(name string) bool {
	if !isName(name) {
		return false
	}
	if _, place := Lookup(name); place {
		return false
	}
	f := attrib.Fold(name)
	for _, w := range strings.Fields(f) {
		if placeNouns[w] {
			return false
		}
	}
	for _, o := range s.orgs {
		if strings.Contains(" "+attrib.Fold(o)+" ", " "+f+" ") {
			return false
		}
	}
	return true
}

func roleEvidence(role, what string) string {
	return "role " + strconvQuote(strings.TrimSpace(role)) + " " + what
}

func nameEvidence(name string) string { return "speaker " + strconvQuote(name) + " names the side" }

func strconvQuote(s string) string { return "\"" + s + "\"" }

// placePunct turns commas and periods into spaces and makes apostrophes
// plain, for reading place words.
var placePunct = strings.NewReplacer(",", " ", ".", " ", "’", "'")

// pluralGovernment reports a name whose last word is a government word in
// the plural ("governments", "ministries"): governments in general, no
// one country's.
func pluralGovernment(name string) bool {
	f := strings.Fields(attrib.Fold(name))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "governments", "ministries", "ministers", "cabinets":
		return true
	}
	return false
}

// statelessGovernment returns Government for a body of a government
// the story's words make of a common noun ("the finance ministry's
// spokeswoman" gives "Finance Ministry") in a story that names no
// country, as "the finance ministry said" and "Finance Minister Marcus
// Ellery" are; else p.
func (s *Story) statelessGovernment(p string) string {
	if s.stateless && hasWord(p, governmentWords) && !namesUnknown(p) {
		return Government
	}
	return p
}

// firmOfShortName returns the story's firm whose name is a person
// speaker's name and one word of a company's or a trade's after it
// ("Andina Meridian" of Andina Meridian Lithium), or "".
func (s *Story) firmOfShortName(c attrib.Speaker) string {
	fp := strings.Fields(attrib.Fold(c.Name))
	if c.Kind != attrib.Person || len(fp) < 2 {
		return ""
	}
	found := ""
	for _, o := range s.orgs {
		t := trimThe(o)
		fo := strings.Fields(attrib.Fold(t))
		if n := len(fo); n != len(fp)+1 || !slices.Equal(fo[:n-1], fp) || !companySuffixes[fo[n-1]] && !attrib.IsFirmTrade(fo[n-1]) ||
			t == strings.ToUpper(t) || !s.valid(t) {
			continue
		}
		if found != "" && found != t {
			return "" // two firms of that name
		}
		found = t
	}
	return found
}

// bodyOrState reports a side that is an organisation the story names or
// a state, not a place alone ("Brennsby", "Villa Tunari").
func (s *Story) bodyOrState(p string) bool {
	if s.country[p] || s.namedOrg(p) != "" || slices.Contains(s.orgs, p) {
		return true
	}
	_, place := Lookup(p)
	return place
}
