package attrib

// Decision is what the engine decided about one sentence of an article,
// and why: the cue it found, the speaker and how that speaker was
// resolved, or the reason it abstained. It is the record behind
// `storybot summarize --explain`.
type Decision struct {
	// Sentence and Paragraph are the sentence's positions in the article.
	Sentence  int
	Paragraph int
	// Text is the sentence as written.
	Text string
	// Cue is the cue word or phrase found ("said", "according to"), or "".
	Cue string
	// CueAt is the cue's position among the sentence's words (a quotation
	// counts as one word), or -1.
	CueAt int
	// Mention is the words that name the speaker ("she", "the ministry").
	Mention string
	// Speaker is the resolved speaker's name, or "".
	Speaker string
	// Resolution says how the mention was resolved ("pronoun 'she' ->
	// Ilse Brandt (last female person)").
	Resolution string
	// Stated is true when the sentence gave (or continued) a statement.
	Stated bool
	// Reason says why the sentence gave no statement, or how a statement
	// without its own cue was attributed.
	Reason string
}

// Reasons recorded in decisions.
const (
	reasonNoCue         = "no cue verb"
	reasonNoSpeaker     = "cue without a speaker"
	reasonNotSpeech     = "the cue reports no statement (no quotation, no clause)"
	reasonPassive       = "passive of a non-speech verb"
	reasonPointsBack    = "nothing said beyond a word pointing back"
	reasonShort         = "too short to state anything"
	reasonRelative      = "the cue is in a relative clause on a noun: the sentence states its main clause"
	reasonQuestion      = "a question the writer asks states nothing"
	reasonPremise       = "what an interviewer puts to the guest before a question: no one's claim"
	reasonContinued     = "quotation going on from the last speaker"
	reasonPending       = "bare quotation: speaker looked for in the next sentence"
	reasonNamedNext     = "bare quotation whose speaker the next sentence names"
	reasonNamesSpeaker  = "names the speaker of the quotation before"
	reasonStatement     = "statement"
	reasonRebuts        = "rebuts the statement before it: a dispute, not a claim"
	reasonQuoteNoSource = "bare quotation without a speaker"
	reasonLeadIn        = "a line that only brings in the quotation after it"
	reasonLabel         = "a transcript's turn, under its speaker's label"
)

// cueNote records the cue and the speaker mention of the sentence being
// attributed, for its decision.
type cueNote struct {
	cue        string
	at         int
	mention    string
	resolution string
	passive    bool // a passive of a non-speech verb was seen
}

func (n *cueNote) set(cue string, at int, np []tok) {
	n.cue, n.at, n.mention = cue, at, joinText(np)
}
