// Package attrib finds who said what in a news article: direct quotations
// and reported speech, each with its speaker, resolved to a full name, and
// a decision record for every sentence.
//
// It is written here because Go has no maintained quotation-attribution
// library. The design follows the sieves of CoreNLP's quote attribution,
// textacy's direct_quotations and the Gender Gap Tracker's quote
// extractor:
//
//   - cues: a lexicon of reporting verbs by lemma after PARC's cues
//     (cues.go), inflections generated; nouns, infinitives and passives
//     of those forms rejected by local context (cueuse.go); participles
//     after a comma bound to the main clause's subject; "according to";
//   - the speaker as the noun phrase before the cue, after it when the
//     order is inverted ("said Ilse Brandt"), or the agent of a passive;
//     appositives and pre-modifiers for roles ("Kremlin aide Yuri
//     Ushakov", "Yuri Ushakov, Putin's foreign policy adviser,");
//   - typed mentions: dates, determiners, function words and places are
//     never persons (lexicon.go);
//   - coreference sieves (resolve.go): organisations, full names,
//     surnames and name parts, roles, body nouns to the last body of
//     their kind, documents to whoever filed or issued them and epithets
//     to the person named before (documents.go, epithet.go), pronouns by
//     type and gender (gender.go);
//   - a bare quotation given to the speaker of the sentence before or
//     after it.
//
// Part-of-speech tags come from package tag, an averaged perceptron on
// the model of github.com/jdkato/prose (Penn Treebank tags, the same tags
// as prose gives): each sentence is tokenised and tagged once per article
// (tags.go), about 0.3 µs a word and 0.3 ms of an article's 1.5 to 2 ms,
// the model (2 MB, embedded) read in under a millisecond on first use.
// Tags decide two things: a cue's form is a verb only when tagged as one
// ("later estimates", "early pledges" are nouns; cueuse.go), and a
// capitalised first word the tagger knows as an adverb or an imperative
// verb is no name ("Much of ...", "Check the figures ..."; tags.go).
// The other decisions that need word classes (is this capitalised phrase
// a person) are made by lexicons, English morphology and the words next
// to them. Where attribution is unclear it abstains,
// and the sentence's Decision says why.
package attrib

import (
	"sort"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// Kind says what sort of speaker made a statement.
type Kind int

// The kinds of speaker.
const (
	Person   Kind = iota + 1 // a named person
	Body                     // an institution, company, place standing for a government
	Unnamed                  // officials, sources, analysts
	Document                 // a statement, a letter
)

// Speaker is who made a statement.
type Speaker struct {
	// Name is a person's full name as first given, or the words for a body
	// or unnamed source ("the Kremlin", "U.S. officials").
	Name string
	// Role is the person's title or description ("Kremlin aide").
	Role string
	Kind Kind
	// Generic is the lower-case head noun of an unnamed body ("company",
	// "union"), for resolution against the story's organisations.
	Generic string
}

// Statement is one attributed statement of an article.
type Statement struct {
	Speaker Speaker
	// Text is the sentence that carries the statement, as written.
	Text string
	// Quote is the speaker's quoted words in the sentence, verbatim, or "".
	Quote string
	// Sentence is the position of the (first) sentence in the article.
	Sentence int
	// Paragraph is the position of its paragraph in the article.
	Paragraph int
}

// Rebuttal is a sentence too thin to be a claim in which a speaker
// denies, rejects or disputes what another said just before ("Ferrer
// rejected that account.", "The union disputes that."): it sets the
// speaker against that statement.
type Rebuttal struct {
	Speaker Speaker
	// Text is the sentence, as written.
	Text string
	// Sentence is its position in the article, and Answers the position
	// of the sentence of the statement it answers, whose speaker is
	// Answered.
	Sentence, Answers int
	Answered          string
}

// Analysis is what an article says and whom it names.
type Analysis struct {
	Statements []Statement
	// Rebuttals are the article's rebuttals of statements it carries.
	Rebuttals []Rebuttal `json:",omitempty"`
	// Decisions holds, for every sentence of the article in order, what
	// was decided about it and why.
	Decisions []Decision
	// Orgs are the organisations the article names, in order.
	Orgs []string
	// OrgKinds holds, for an organisation introduced by a common noun ("the
	// campaign group Fair Fares", "Consumer Shield, the consumer group"),
	// that noun.
	OrgKinds map[string]string
	// People are the people the article names, with their roles.
	People []Speaker
	// Places are the places and states of more than one word the article
	// names ("Red Sea", "United States"), which are never people.
	Places []string
}

// article holds what is known while one article is read.
type article struct {
	persons      map[string]*Speaker // folded surname -> person
	gender       map[string]gender   // folded surname -> what the article says
	heardAs      map[*Speaker]gender // person -> the gender of the pronouns resolved to them (pronoun.go)
	orgs         []string            // organisation names in order of mention
	orgSent      []int               // orgSent[i]: the sentence where orgs[i] is named
	orgKind      map[string]string   // organisation -> the noun that introduced it
	sent         int                 // the sentence being read
	curText      string              // its text
	sentences    []string            // the article's sentences, as registered
	texts        []string            // all the article's sentences, known before any is read
	mentions     []mention           // people named, in order
	lastPerson   *Speaker
	lastPersonAt int // sentence where lastPerson last spoke
	lastBody     *Speaker
	lastBodyAt   int      // sentence where lastBody last spoke
	lastBare     *Speaker // a one-word speaker no organisation names ("Putin criticised...")
	lastBareAt   int
	lastSpeaker  *Speaker
	lastStated   int // sentence index of the last statement
	// lastVoice is the gender of the post of the unnamed person through
	// whom the body of the last statement spoke ("A spokeswoman for
	// Korvath Minerals denied ..."), or unknown.
	lastVoice gender
	// unnamedAt is the last sentence whose cue's subject was someone new
	// the article does not name ("One former line cook ... said").
	unnamedAt int
	note      cueNote // the cue and mention of the sentence last attributed
	// memberOf maps a body noun to the person last named by a role of that
	// body ("the group's spokesman" -> the spokesman): when the article
	// never names the body, that person's role says which it is.
	memberOf map[string]*Speaker
	curToks  []tok // the words of the sentence being attributed
	// thingNames are the folded names the article writes after a
	// determiner ("the Tarnco Vela Founder's Edition"): things, whose
	// first words are no person's.
	thingNames []string
	// lowerWords are the words the article writes in lower case, built
	// when first needed.
	lowerWords map[string]bool
	// titled are the titles the article writes before a name ("President
	// Venn"), built when first asked for.
	titled map[string]bool
	// midNames are the words the article writes capitalised after a
	// sentence's first word, built on first use.
	midNames map[string]bool
	// firmNames are the one-word names the article uses for businesses
	// (firmname.go), built on first use.
	firmNames map[string]bool
	places    []string
	// subjBody is the last body, named or not, that was the subject of a cue
	// (whether or not it made a statement: "Belgora denied the
	// accusation."), and subjBodyAt its sentence: what "its" in the next
	// sentence stands for.
	subjBody   *Speaker
	subjBodyAt int
	// docOwner maps a document's key (docKey) to its owner, lastDocOwner
	// is the body whose document was mentioned last (in sentence
	// lastDocOwnerAt), docSubj the owner of the document that was the
	// subject of sentence docSubjAt (documents.go).
	docOwner map[string]*Speaker
	// issuer is who last issued a document ("Vellen has issued a
	// statement."), in the sentence issuerAt: "It reads: ..." after it is
	// theirs.
	issuer                *Speaker
	issuerAt              int
	lastDocOwner, docSubj *Speaker
	docSubjAt             int
	lastDocOwnerAt        int
	// paras holds each sentence's paragraph.
	paras []int
	// tokCache maps a sentence to its tagged tokens (see tokens).
	tokCache map[string][]tok
	// things holds the folded names of things and their words ("Europa
	// Clipper", "clipper"), labels the heading words glued to sentences
	// (things.go).
	things, labels map[string]bool
}

// mention is a person named in a sentence.
type mention struct {
	person  *Speaker
	sent    int
	subject bool // named at the start of the sentence, as its subject
}

// Extract returns the attributed statements of an article's paragraphs
// and the people and organisations it names.
func Extract(paragraphs []string) Analysis {
	a := &article{persons: map[string]*Speaker{}, gender: map[string]gender{}, orgKind: map[string]string{}, lastStated: -2, unnamedAt: -2, memberOf: map[string]*Speaker{}}
	type sent struct {
		text string
		para int
	}
	var sents []sent
	turns := map[int]turn{} // a transcript's speaker labels, by paragraph (labels.go)
	for pi, p := range paragraphs {
		if t, ok := speakerLabel(p); ok {
			turns[pi], p = t, p[t.start:]
		}
		for _, s := range lex.Sentences(p) {
			// A live page's time of day ("12:20 GMT - ") is no word of
			// the entry: "Karin Dusk" opens "12:20 - Karin Dusk has
			// joined the march." as its subject.
			sents = append(sents, sent{WithoutClock(s), pi})
		}
	}
	asks := map[int]bool{} // the paragraphs that hold a question
	for _, s := range sents {
		if strings.HasSuffix(strings.TrimSpace(s.text), "?") {
			asks[s.para] = true
		}
	}
	if len(turns) > 0 {
		reporting := reporters(paragraphs, turns)
		for pi, t := range turns {
			switch {
			case t.speaks && reporting[t.name]:
				t.speaks = false
				turns[pi] = t // the reporter's every turn is narration
			case t.tells && !reporting[t.name]:
				t.speaks = true
				turns[pi] = t // a guest's turn that quotes someone is still theirs
			case !t.speaks && !t.asks && !reporting[t.name]:
				t.speaks = true
				turns[pi] = t // a guest's turn that opens by the presenter's name ("Daniel, the contract is right")
			}
		}
	}
	texts := make([]string, len(sents))
	for i, s := range sents {
		texts[i] = s.text
	}
	a.labels = headingLabels(texts)
	a.texts = texts
	for i, s := range sents {
		a.sent = i
		a.register(s.text)
		a.sentences = append(a.sentences, s.text)
		a.paras = append(a.paras, s.para)
	}
	for i, s := range sents {
		a.sent = i
		a.noteGender(a.tokens(s.text))
	}
	isTranscript := transcript(a.sentences)
	var out []Statement
	var rebuttals []Rebuttal
	var pending *Statement
	decisions := make([]Decision, len(sents))
	for i, s := range sents {
		a.sent = i
		a.curText = s.text
		if t, ok := turns[s.para]; ok && t.speaks {
			// "JORAN METTLE (SKIPPER, ILKA MAY): They didn't fire any
			// flares.": every sentence of the turn is the speaker's.
			sp := a.addPerson(t.name, t.role)
			out = append(out, Statement{Speaker: *sp, Text: s.text, Quote: s.text, Sentence: i, Paragraph: s.para})
			decisions[i] = Decision{Sentence: i, Paragraph: s.para, Text: strings.TrimSpace(s.text), CueAt: -1, Speaker: sp.Name, Stated: true, Reason: reasonLabel}
			a.spoke(sp, i)
			continue
		}
		qs := quotes(s.text)
		toks := a.tokens(s.text)
		a.noteFiler(toks)
		sp, ok := a.attribute(toks)
		if !ok && a.note.cue == "" {
			if in := a.introducer(toks); in != nil {
				// "But on Monday the head of the port authority was blunt.":
				// the quotations after it are hers.
				a.lastSpeaker, a.lastStated = in, i
				if in.Kind == Person {
					a.lastPerson, a.lastPersonAt = in, i
				}
			}
		}
		withAt := -1 // the opener of the one clause that speaks: ", with the minister warning ..."
		if !ok {
			if cs, found := a.withClause(toks); found {
				sp, ok, withAt = cs.speaker, true, cs.opener
			}
		}
		if ok && sp.Kind == Person {
			sp.Role = a.ownedPart(sp.Role)  // "a member of the group's Supreme Council": whose council
			sp.Role = a.pronounsClient(sp)  // "Her lawyer, Piet Olm,": whose lawyer
			sp.Role = a.kindsVoice(sp.Role) // "Tarvania's ministry ... denied it. A ministry spokeswoman, Oana Pirvu,": whose ministry
		}
		if q, open := runOnQuote(s.text); open && len(qs) == 0 && (i+1 == len(sents) || sents[i+1].para != s.para) {
			qs, sp, ok = []span{q}, nil, false // "“After four weeks, ... [paragraph ends]"
		}
		note := a.note
		a.noteDocSubject(sp, ok, note.mention, toks)
		if ok && sp.Kind == Body && (startsUpper(sp.Name) || sp.Generic != "") && note.cue != "according to" {
			a.subjBody, a.subjBodyAt = sp, i // "Belgora denied it. Its ministry said ...", "The company admitted it. Its director ..."
		}
		d := &decisions[i]
		*d = Decision{Sentence: i, Paragraph: s.para, Text: strings.TrimSpace(s.text), Cue: note.cue, CueAt: note.at,
			Mention: note.mention, Resolution: note.resolution}
		if ok {
			d.Speaker = sp.Name
		}
		state := func(reason string) { d.Stated, d.Reason = true, reason }
		switch {
		case ok:
		case note.cue == "" && note.passive:
			d.Reason = reasonPassive
		case note.cue == "":
			d.Reason = reasonNoCue
		default:
			d.Reason = reasonNoSpeaker
		}
		if ok && sp.Kind == Person && !jointSpeaker(sp) {
			a.lastPerson, a.lastPersonAt = sp, i // the subject of a cue, whether or not it reports speech
		}
		if ok && sp.Kind == Body && !strings.Contains(sp.Name, " ") && a.findOrg(sp.Name) == "" {
			a.lastBare, a.lastBareAt = sp, i
		}
		bare := len(qs) > 0 && quoteShare(s.text, qs) > 0.6
		// A quotation that opens a paragraph whose next sentence gives a
		// new speaker's words is that speaker's ("“That is not what the
		// evidence shows.” Desmond Achterley, ..., said ...").
		opensPara := i == 0 || sents[i-1].para != s.para
		nextSpeaks := false
		if opensPara && i+1 < len(sents) && sents[i+1].para == s.para {
			next := sents[i+1].text
			a.sent, a.curText = i+1, next
			if nsp, nok := a.attribute(a.tokens(next)); nok && nsp != a.lastSpeaker && nsp.Kind == Person {
				nextSpeaks = true
			}
			a.sent, a.curText = i, s.text
		}
		// A sentence that brings in a new speaker ("..., said a Tarnco
		// spokesperson") is no one else's, even when that speaker is
		// not resolved.
		namesOther := newSpeaker(note.mention) || pageLabel(toks)
		if !ok && note.cue != "" && indefiniteSubject(toks, note.at) {
			// "“...,” said one legal expert": someone new the article
			// does not name, after whom the quotations are not the
			// speaker's before.
			namesOther, a.lastSpeaker = true, nil
		}
		if !ok && note.cue != "" && opensIndefinite(toks) {
			// "One former line cook, who asked not to be named, said
			// ...": nor is a "she" in the next sentence anyone named.
			namesOther, a.lastSpeaker, a.unnamedAt = true, nil, i
		}
		if !ok && isTranscript && note.cue == "" && !note.passive {
			// A broadcast transcript's line with no cue (transcript.go).
			if st, ok := a.transcriptLine(toks, d, i > 0 && sents[i-1].para == s.para); ok {
				out = append(out, st)
			}
			if d.Reason == reasonSignOff || d.Stated {
				continue
			}
		}
		if !ok && bare && a.lastSpeaker != nil && a.lastStated >= i-2 && !nextSpeaks && !namesOther && !opensWithShare(toks) {
			sp, ok = a.lastSpeaker, true // a quotation that goes on from the sentence before
			d.Speaker, d.Resolution = sp.Name, "the speaker of the statement before"
			state(reasonContinued)
			if n := len(out); n > 0 && leadIn(out[n-1], a.lastStated, sp) {
				// "Pelletti's mother said:" and the quotation in the
				// paragraph after it: the quotation is the statement.
				decisions[out[n-1].Sentence].Stated, decisions[out[n-1].Sentence].Reason = false, reasonLeadIn
				out = out[:n-1]
			}
		}
		if !ok && bare && namesOther {
			d.Reason = reasonQuoteNoSource // its own speaker, not resolved
			continue
		}
		if !ok && bare {
			// A quotation whose speaker the next sentence may name.
			pending = &Statement{Text: WithoutClock(s.text), Quote: joinQuotes(qs), Sentence: i, Paragraph: s.para}
			d.Reason = reasonQuoteNoSource
			continue
		}
		if ok && pending != nil && pending.Sentence == i-1 && len(qs) == 0 {
			if bareAttribution(toks) {
				pending.Speaker = *sp
				out = append(out, *pending)
				decisions[pending.Sentence].Speaker, decisions[pending.Sentence].Stated = sp.Name, true
				decisions[pending.Sentence].Reason = reasonNamedNext
				pending = nil
				a.lastSpeaker, a.lastStated = sp, i
				d.Reason = reasonNamesSpeaker
				continue
			}
			if sp.Kind == Person && reportsSpeech(toks, qs) && (pending.Paragraph == s.para || a.namedBy(sp, pending.Sentence)) {
				// The quotation, then the speaker's own next point; not
				// someone a new paragraph brings in ("A spokesman for
				// the company, Ivan Rusk, denied ...").
				pending.Speaker = *sp
				out = append(out, *pending)
				decisions[pending.Sentence].Speaker, decisions[pending.Sentence].Stated = sp.Name, true
				decisions[pending.Sentence].Reason = reasonNamedNext
			}
		}
		pending = nil
		if !ok {
			continue
		}
		if withAt < 0 && !reportsSpeech(toks, qs) {
			// "The mayor defended the levy, with the union leader saying
			// ...": the main cue reports nothing, the absolute
			// construction does.
			if cs, found := a.withClause(toks); found {
				sp, withAt, d.Speaker = cs.speaker, cs.opener, cs.speaker.Name
			}
		}
		switch {
		case len(qs) == 0 && rebuts(note.cue) && answersOnly(toks, note.cue):
			d.Reason = reasonPointsBack // "Tarnco rejected the union's account."
			a.brief(sp, toks, s.text, i, note.cue, out, &rebuttals, d)
			continue
		case len(qs) == 0 && rebuts(note.cue) && passiveShell(toks, note.cue) && !saysMore(toks):
			d.Reason = reasonPointsBack // "The accusation was rejected by Teodor Lasque."
			a.brief(sp, toks, s.text, i, note.cue, out, &rebuttals, d)
			continue
		case withAt < 0 && !reportsSpeech(toks, qs):
			d.Reason = reasonNotSpeech
			if sp.Kind == Body {
				a.lastBody, a.lastBodyAt = sp, i // "The trust has responded quickly.": the body acts
			}
			if isTranscript && i >= 2 && sents[i-1].para == s.para && sents[i-2].para == s.para {
				if st, ok := a.creditedLine(sp, toks, &decisions[i-1]); ok {
					out = append(out, st) // "Ada Renn says ... . <her words> . She spoke on Kell Radio."
				}
			}
			continue
		case len(qs) == 0 && note.at >= 0 && inContactRelative(toks, note.at):
			d.Reason = reasonRelative // "a deal the minister said he would sign"
			continue
		case len(qs) == 0 && (wordCount(toks) <= maxRebuttalWords || wordCount(toks[min(note.at+1, len(toks)):]) <= maxUntrueClause) &&
			callsUntrue(toks) && a.rebutted(sp, toks, s.text, i, note.cue, out, &rebuttals, d):
			continue // "Chief Constable Roderick Hale says that is not true."
		case len(qs) == 0 && wordCount(toks) <= 6 && strings.HasSuffix(strings.TrimSpace(s.text), ":"):
			// "Outside the court, Pell's mother said:": the quotation in
			// the paragraph after it is hers.
			d.Reason = reasonLeadIn
			a.spoke(sp, i)
			continue
		case len(qs) == 0 && wordCount(toks) <= 6:
			d.Reason = reasonShort
			a.brief(sp, toks, s.text, i, note.cue, out, &rebuttals, d)
			continue
		case len(qs) == 0 && pointsBack(toks) && !issuedWithParticiple(toks):
			d.Reason = reasonPointsBack // "Ferrer rejected that account."
			a.brief(sp, toks, s.text, i, note.cue, out, &rebuttals, d)
			continue
		case quoteShare(s.text, qs) < scareQuoteShare && len(toks) > 0 && toks[len(toks)-1].text == "?":
			d.Reason = reasonQuestion // "Would Holt have pleaded for secrecy?"
			continue
		case askingTurn(turns, s.para) && (addressesGuest(toks) || asks[s.para]):
			// "PRESENTER: Minister, Varosia says you came with fourteen
			// names. What happened?": what the interviewer puts to the
			// guest is the question's ground, no one's claim.
			d.Reason = reasonPremise
			continue
		}
		// "Trump told reporters." after a bare quotation names its speaker.
		// A quotation with its own cue ("“...,” Ada Renn said.") keeps its
		// speaker: "The ministry rejected the figure." answers it; so does
		// one that goes on in its speaker's paragraph, before a new one.
		if len(qs) == 0 && len(out) > 0 && out[len(out)-1].Sentence == i-1 && bareAttribution(toks) {
			prev := &out[len(out)-1]
			if prev.Quote != "" && decisions[prev.Sentence].Cue == "" && prev.Paragraph == s.para && quoteShare(prev.Text, quotes(prev.Text)) > 0.6 {
				prev.Speaker = *sp
				decisions[prev.Sentence].Speaker = sp.Name
				decisions[prev.Sentence].Reason = reasonNamedNext
				a.lastSpeaker, a.lastStated = sp, i
				if sp.Kind == Person && !jointSpeaker(sp) {
					a.lastPerson, a.lastPersonAt = sp, i
				}
				d.Reason = reasonNamesSpeaker
				continue
			}
		}
		if !d.Stated {
			state(reasonStatement)
		}
		st := Statement{Speaker: *sp, Text: WithoutClock(s.text), Sentence: i, Paragraph: s.para}
		if pr := principalBefore(toks, note.at); pr != "" && !strings.Contains(st.Speaker.Role, pr) {
			// "..., speaking on behalf of the island states, said": the
			// side this statement is made for.
			st.Speaker.Role = strings.TrimPrefix(st.Speaker.Role+", "+pr, ", ")
		}
		st.Quote = joinQuotes(qs)
		if withAt >= 0 {
			_, second, _, q2 := splitAt(s.text, toks, withAt, qs)
			st.Text, st.Quote = second, joinQuotes(q2)
		}
		if len(qs) == 0 && withAt < 0 {
			if cl, ok := concessiveClause(s.text, toks, note.at); ok {
				st.Text = cl // "While he said ..., other theories began to circulate"
			}
		}
		if k, np, ok := rebuttalTail(toks); ok && k > note.at {
			// "..., a charge the union dismissed as cheap rhetoric": the
			// clause before the comma is the statement, the rest rebuts it.
			saved := a.note
			if sp2, ok := a.resolve(np, ""); ok && Fold(sp2.Name) != Fold(sp.Name) {
				first, _, q1, _ := splitAt(s.text, toks, k, qs)
				second := strings.TrimSpace(s.text[toks[k+1].start:])
				st.Text, st.Quote = first, joinQuotes(q1)
				rebuttals = append(rebuttals, Rebuttal{Speaker: *sp2, Text: second, Sentence: i, Answers: i, Answered: sp.Name})
			}
			a.note = saved
		}
		if len(qs) == 0 && rebuts(note.cue) && shellObject(toks, note.cue) {
			// "Vance rejected that criticism, saying ...": a statement of
			// its own that rebuts the one before too.
			if r, ok := rebuttalOf(sp, toks, s.text, i, note.cue, out); ok {
				rebuttals = append(rebuttals, r)
			}
		}
		if cs, ok := a.otherClause(toks, note.at, sp); ok && withAt < 0 {
			if first, second := splitStatement(st, cs, s.text, toks, qs); first.Text != "" && second.Text != "" {
				out, st = append(out, first), second
				d.Resolution += cs.explain(toks)
			}
		}
		out = append(out, st)
		a.spoke(sp, i)
		if sp.Kind == Body {
			a.lastVoice = voiceGender(toks)
		}
	}
	res := Analysis{Statements: mergeRuns(out, a.sentences), Rebuttals: rebuttals, Decisions: decisions, Orgs: a.orgs, OrgKinds: a.orgKind, Places: uniq(a.places)}
	for _, p := range a.persons {
		res.People = append(res.People, *p)
	}
	sort.Slice(res.People, func(i, j int) bool { return res.People[i].Name < res.People[j].Name })
	return res
}

// joinQuotes joins the quotations of a sentence, marking the words left
// out between them.
func joinQuotes(qs []span) string {
	parts := make([]string, len(qs))
	for i, q := range qs {
		parts[i] = q.text
	}
	return strings.Join(parts, " … ")
}

// leadIn reports a statement of sentence at, by sp, that says nothing but
// brings in a quotation after it: no quotation of its own, and a colon
// at its end ("Pelletti's mother said:").
func leadIn(st Statement, at int, sp *Speaker) bool {
	return st.Sentence == at && st.Quote == "" && st.Speaker.Name == sp.Name && strings.HasSuffix(strings.TrimSpace(st.Text), ":")
}

// pageLabel reports a sentence opened by a page's label and a colon
// ("UPDATE:", "Watch:"): what follows is no one's words going on.
func pageLabel(toks []tok) bool {
	return len(toks) > 2 && toks[0].cap && notSpeakers[toks[0].lower] && toks[1].text == ":"
}
