package attrib

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// The cue lexicon: the verbs that attribute a statement to a speaker,
// listed once by lemma (after the reporting verbs of the PARC attribution
// corpus and the verb lists of textacy's direct_quotations and the Gender
// Gap Tracker's quote extractor). Their inflections are generated
// (inflect), so adding a reporting verb is one word here.

// cueLemmas are the reporting verbs. A lemma with a particle ("point
// out") is a cue only when the particle follows the verb. A form after a
// colon overrides a generated past tense ("admit:admitted").
var cueLemmas = []string{
	// saying and telling
	"say", "tell", "add", "state", "write", "speak:spoke", "tweet", "post", "comment", "remark",
	"mention", "note", "observe", "explain", "elaborate", "detail", "describe", "outline",
	"clarify", "specify", "report", "recount", "recall", "testify", "inform", "notify", "brief",
	"announce", "declare", "proclaim", "disclose", "reveal", "confirm", "point out", "continue",
	"reply", "respond", "retort", "answer", "counter", "rebut:rebutted", "refute",
	"quip:quipped", "joke", "cite", "summarise", "summarize", "conclude", "repeat", "reiterate", "restate",
	"echo", "publish", "weigh in", "chime in",
	// asserting
	"assert", "affirm", "reaffirm", "insist", "maintain", "claim", "contend", "argue", "believe",
	"think:thought", "reckon", "suggest", "imply", "hint", "signal:signalled|signaled", "indicate", "stress", "emphasise",
	"emphasize", "underline", "underscore", "highlight", "charge", "allege", "swear:swore",
	"acknowledge", "admit:admitted", "concede", "confess", "agree", "disagree", "concur:concurred",
	// judging
	"accuse", "blame", "fault", "criticise", "criticize", "condemn", "denounce", "decry", "slam",
	"blast", "lambast", "rebuke", "deplore", "lament", "bemoan", "complain", "protest", "object",
	"question", "challenge", "dispute", "contest", "doubt", "deny", "reject", "dismiss", "rule out",
	"praise", "hail", "laud", "applaud", "commend", "welcome", "thank", "congratulate", "defend",
	"label:labelled|labeled", "brand", "dub", "term", "characterise", "characterize", "call", "call for", "call on",
	"apologise", "apologize", "regret:regretted", "express", "voice",
	// the tabloid's heated verbs
	"fume", "scoff", "sneer", "hit back:hit", "hit out:hit", "lash out", "fire back",
	"boast", "brag:bragged", "mock", "gush", "seethe", "thunder", "rage",
	// wanting and warning
	"warn", "caution", "threaten", "vow", "pledge", "promise", "guarantee", "assure", "reassure",
	"urge", "demand", "ask", "request", "appeal", "plead", "implore", "advise", "recommend",
	"propose", "order", "rule", "predict", "forecast:forecast", "estimate", "decline", "refuse",
}

// objectLemmas are cues that always take an object ("branded him a
// liar", "urged the council to act"): a form of one with nothing after
// it is a noun ("the Dodge, Jeep and Ram brands.").
var objectLemmas = setOf("brand", "label", "dub", "term", "characterise", "characterize", "accuse",
	"blame", "fault", "criticise", "criticize", "condemn", "denounce", "slam", "blast", "lambast",
	"rebuke", "urge", "thank", "congratulate", "praise", "hail", "laud", "commend", "inform",
	"notify", "brief")

// puttingLemmas are cues that also mean to put something in or to add to
// it: with a plain object and no clause after them ("added two landers
// to the contract", "before adding the salt", "added to his tally") they
// report no words.
var puttingLemmas = setOf("add")

// listenerLemmas are cues whose object is who hears the words ("told the
// Herald", "assured investors"): their subject never comes after them, so
// a name after one is the listener, not an inverted speaker.
var listenerLemmas = setOf("tell", "inform", "notify", "brief", "assure", "reassure")

// plainLemmas are the cues that do nothing but report speech; they are
// tried before the others ("Its observers were refused access, the
// mission said": the mission speaks).
var plainLemmas = setOf("say", "tell", "add", "state", "write")

// outletCueLemmas are the verbs by which a news outlet passes on what
// others said ("Tarn Radio reports the ministry said ..."): the clause
// after one may have a speaker of its own (reported.go).
var outletCueLemmas = setOf("report", "say", "write")

// noStatementLemmas take an object, not a clause, unless "that" follows:
// "called the plan a failure" names no statement of its own words, but
// "expressed concern that ..." reports one.
var noStatementLemmas = setOf("describe", "express", "decline", "refuse", "welcome",
	"praise", "dismiss", "question", "thank", "hail", "laud", "applaud", "commend", "congratulate",
	"defend", "voice", "continue", "post", "publish", "respond", "answer", "reply", "cite",
	"challenge", "contest", "doubt", "echo", "recall", "brief", "speak", "maintain")

// makingLemmas are cues that also make a thing: with a thing for their
// object and no "that" after it ("had written a will", "wrote a book
// about the war"), or in the passive ("the plan was written by her"),
// they report who made it, not what was said.
var makingLemmas = setOf("write")

// calledEvent reports a passive "called" at v that takes no complement
// ("the strike was called on Tuesday by the collective", "was called by
// the union"): an event someone called, not words someone called a thing
// ("was called a disgrace by the mayor").
func calledEvent(toks []tok, v int) bool {
	if lemmaOf(toks[v].lower) != "call" || v+1 >= len(toks) {
		return false
	}
	switch toks[v+1].lower {
	case "by", "on", "in", "at", "for", "last", "this", "after", "before", "earlier", "yesterday", "today":
		return true
	}
	return toks[v+1].punct
}

// attitudeNouns, after "expressed" or "voiced", report a stance: "expressed
// disappointment with the talks" is a statement.
var attitudeNouns = setOf("concern", "concerns", "disappointment", "dissatisfaction", "frustration",
	"support", "opposition", "hope", "hopes", "regret", "confidence", "doubt", "doubts", "optimism",
	"anger", "outrage", "sympathy", "condolences", "appreciation", "gratitude", "agreement", "disagreement",
	"alarm", "dismay", "skepticism", "scepticism", "reservations", "solidarity", "fears", "fear", "interest")

// cognitionLemmas report what someone thinks, not what they said: as a
// participle ("..., believing that ...") they are the writer's reading.
var cognitionLemmas = setOf("believe", "think", "reckon", "doubt")

// cueForms maps every inflected form of a one-word cue (and the verb of
// a phrasal one) to its lemma; participles ("saying") are in cueGerunds.
var cueForms, cueGerunds, phrasal = buildCues()

// cueVerbs holds the finite forms (and past participles) of the cues.
var cueVerbs = func() map[string]bool {
	m := make(map[string]bool, len(cueForms))
	for f := range cueForms {
		m[f] = true
	}
	return m
}()

// plainCues are the forms of plainLemmas.
var plainCues = func() map[string]bool {
	m := map[string]bool{}
	for f, l := range cueForms {
		if plainLemmas[l] {
			m[f] = true
		}
	}
	return m
}()

func buildCues() (forms, gerunds map[string]string, particles map[string][]string) {
	// A lemma has up to three finite forms and one -ing form: sized for
	// them, the maps never grow.
	forms = make(map[string]string, 3*len(cueLemmas))
	gerunds, particles = make(map[string]string, len(cueLemmas)), map[string][]string{}
	for _, entry := range cueLemmas {
		lemma, past, _ := strings.Cut(entry, ":")
		verb, particle, isPhrasal := strings.Cut(lemma, " ")
		fs := lex.Inflect(verb, past)
		finite, ing := fs[:len(fs)-1], fs[len(fs)-1]
		if isPhrasal {
			// The verb alone is a cue only if listed alone too; the
			// phrase is checked where the verb is met.
			for _, f := range finite {
				if _, ok := forms[f]; !ok {
					particles[f] = append(particles[f], particle)
				}
			}
			if _, ok := gerunds[ing]; !ok {
				particles[ing] = append(particles[ing], particle)
			}
			continue
		}
		for _, f := range finite {
			forms[f] = lemma
			delete(particles, f)
		}
		if !cognitionLemmas[lemma] {
			gerunds[ing] = lemma
			delete(particles, ing)
		}
	}
	return forms, gerunds, particles
}

// lemmaOf returns the lemma of a cue form, or "".
func lemmaOf(form string) string { return cueForms[form] }

// IsCueGerund reports the -ing form of a reporting verb that opens a
// point of its own after a comma ("stressing", "warning", "insisting").
func IsCueGerund(w string) bool { return cueGerunds[w] != "" }

// IsCue reports a form of a reporting verb ("said", "suggests",
// "denied").
func IsCue(w string) bool { return cueVerbs[w] }

// IsPlainCue reports a form of a verb that only reports speech ("said",
// "told", "stressed"), which makes the clause it heads a statement.
func IsPlainCue(w string) bool { return plainCues[w] }
