package lex

// The hand layer of the paraphrase classes (see Class).

// synonyms are classes of words news uses for one idea when it reports
// what was said ("no compromise", "no agreement", "no deal"), which
// WordNet does not put in one class or puts apart by a sense news seldom
// means. A word here leaves its WordNet class: the hand class says which
// sense news means ("dismiss" a proposal is to reject it, not to discount
// it).
var synonyms = [][]string{
	{"talks", "meeting", "discussions", "negotiations", "dialogue", "exchanges", "session"},
	{"urgent", "emergency"},
	{"want", "like", "wish", "desire", "willing", "keen", "eager"},
	{"compromise", "agreement", "deal", "breakthrough", "accord", "settlement"},
	{"disputes", "disagreements", "differences", "divisions", "sticking"},
	{"remain", "persist", "linger", "unresolved", "outstanding"},
	{"confidential", "private", "secret", "disclose", "confidentiality"},
	{"end", "stop", "halt", "cease"},
	{"war", "conflict", "fighting", "hostilities"},
	{"cut", "reduce", "slash", "eliminate", "scrap"},
	{"reject", "deny", "dismiss", "refuse", "rebuff"},
	{"raise", "increase", "hike", "rise", "surge", "soar", "jump", "climb"},
	{"fall", "drop", "decline", "slump", "plunge", "plummet", "tumble", "dip"},
	{"proposal", "plan", "proposals", "plans", "blueprint"},
	{"strike", "walkout", "stoppage"},
	{"killed", "dead", "died", "deaths", "death"},
	{"wounded", "injured", "hurt"},
	{"bloodshed", "blood", "bloodletting"},
	{"jobs", "redundancies", "layoffs", "posts"},
	{"block", "obstruct", "stall", "derail", "sabotage"},
	{"unlawful", "illegal", "illegitimate"},
	{"wrong", "mistaken", "incorrect", "erroneous"},
}

// phrasalSynonyms are verbs with a particle that news writes for a
// one-word verb ("his fighters turned back", "would return to base"): the
// two stems count as that word.
var phrasalSynonyms = map[[2]string]string{
	{"turn", "back"}: "return", {"head", "back"}: "return",
}

// apart are words whose most frequent sense in WordNet is not the one
// news means ("minister" is no pastor, a police "chief" is not "main",
// "terror" is no panic, "complaints" are no ailments): they stay out of
// WordNet's classes.
var apart = []string{"minister", "chief", "terror", "complaint"}
