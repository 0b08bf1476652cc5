package summarize

import (
	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/parties"
)

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
// articles, in story order: first those that show under a side (what the
// digest's parties are built from), then, with an empty Party, those that
// show under none (commentators, reporting outlets, speakers whose side
// is not found), with why, so that no statement vanishes unexplained.
func Sides(arts []Article) []StatementSide {
	stmts := statements(arts)
	out := make([]StatementSide, 0, len(stmts))
	for _, s := range stmts {
		out = append(out, StatementSide{Article: s.article, Sentence: s.st.Sentence, Party: s.party, Evidence: s.evidence})
	}
	return append(out, unsided(arts)...)
}

// unsided returns the statements of a story's articles that show under no
// side, with why (parties.Story.Side's evidence).
func unsided(arts []Article) []StatementSide {
	texts := make([]string, len(arts))
	analyses := make([]attrib.Analysis, len(arts))
	for i, a := range arts {
		texts[i], analyses[i] = a.Text(), a.Analysis
	}
	story := parties.NewStory(analyses, texts)
	var out []StatementSide
	for i, an := range analyses {
		for _, st := range an.Statements {
			if _, why, ok := story.Side(parties.Described(st)); !ok {
				out = append(out, StatementSide{Article: arts[i].ID, Sentence: st.Sentence, Evidence: why})
			}
		}
	}
	return out
}
