package summarize

// StatementSide is the side one attributed statement shows under and the
// evidence for it, for an explanation of the digest.
type StatementSide struct {
	// Article is the id of the article that carries the statement.
	Article string
	// Sentence is the position of the statement's sentence in the article.
	Sentence int
	// Party is the side the statement shows under.
	Party string
	// Evidence says why, and in which article of the story the side is
	// read: `role "Kremlin spokesman" points to "Russia" (article 2)`.
	Evidence string
}

// Sides returns the side and its evidence of every statement of a story's
// articles that shows under a side, in story order: what the digest's
// parties are built from. Commentators and reporting outlets are no side
// and are not listed.
func Sides(arts []Article) []StatementSide {
	stmts := statements(arts)
	out := make([]StatementSide, 0, len(stmts))
	for _, s := range stmts {
		out = append(out, StatementSide{Article: s.article, Sentence: s.st.Sentence, Party: s.party, Evidence: s.evidence})
	}
	return out
}
