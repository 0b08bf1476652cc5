package parties

// An organisation named before a person's title ("Tarrow coach Ben Ilse",
// "Veltex CEO Ada Renn", "Harbour Police Chief Ivo Brand") is the side the
// person speaks for when the story names that organisation again at
// least as often as the person: the person speaks as its officer. A
// person the story names more often than the organisation is a principal
// of the story, a side of their own, whose title only says where they
// work (a founder who is the story's subject, "Quarro CEO" in a story
// that never names Quarro again).

import (
	"slices"
	"strings"
	"unicode"
	"unsafe"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// minOrgMentions is how often the texts must name an organisation before
// a title for it to be a side: once more than the title itself.
const minOrgMentions = 2

// titledOrg returns the organisation named just before a title in a
// person's role, when the story names it at least as often as the
// person, or "".
func (s *Story) titledOrg(role, person string) string {
	need := max(minOrgMentions, s.mentions(surname(person)))
	for _, part := range strings.Split(strings.ReplaceAll(role, "’", "'"), ",") {
		words := strings.Fields(part)
		for k := 1; k < len(words); k++ {
			if !postTitles[attrib.Fold(words[k])] {
				continue
			}
			j := k
			for j > 0 && titleOrgWord(words[j-1]) {
				j--
			}
			if o := s.mentionedName(words[j:k], need); o != "" {
				return o
			}
		}
	}
	return ""
}

// titleOrgWord reports a word that may be part of an organisation's name
// before a title: capitalised, no possessive, no title or qualifier of
// one.
func titleOrgWord(w string) bool {
	f := attrib.Fold(w)
	return startsUpper(w) && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "'") &&
		!postTitles[f] && !titleModifiers[f] && !titleWords[f] && !honorifics[f] && !corporateTitleWords[f] && !pastMarkers[f]
}

// mentionedName returns the longest run of words that names an
// organisation the texts name at least need times: no place, demonym,
// person, kind of body, outlet or agency, nor a name with a number, which
// names an event or its edition ("TARC31 President"), not a body.
func (s *Story) mentionedName(words []string, need int) string {
	for n := len(words); n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			name := strings.Join(words[i:i+n], " ")
			f := attrib.Fold(name)
			if p, _ := politicalSide(name); p != "" || strings.ContainsFunc(name, unicode.IsDigit) {
				continue // "Republican chairman": the party's side, read elsewhere
			}
			if _, place := Lookup(name); place || s.demonymOf(name) != "" || s.country[name] {
				continue
			}
			if _, person := s.people[s.PersonKey(name)]; person || n == 1 && isGenericWord(f) {
				continue
			}
			if s.valid(name) && s.mentions(name) >= need {
				return s.fullName(name)
			}
		}
	}
	return ""
}

// surname is the last word of a person's name.
func surname(name string) string {
	words := strings.Fields(untitled(name))
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// mentions counts the texts' occurrences of a name as whole words,
// written as it is.
func (s *Story) mentions(name string) int {
	return remember(&s.byName.mentions, name, func(name string) int {
		n := 0
		for _, c := range s.mentionsByText(name) {
			n += c
		}
		return n
	})
}

// textsNaming counts the texts that name a name as whole words.
func (s *Story) textsNaming(name string) int {
	return remember(&s.byName.texts, name, func(name string) int {
		n := 0
		for _, c := range s.mentionsByText(name) {
			if c > 0 {
				n++
			}
		}
		return n
	})
}

// mentionsByText counts the occurrences of a name as whole words in each
// of the story's texts.
func (s *Story) mentionsByText(name string) []int {
	want := nameWords(name)
	if len(want) == 0 {
		return nil
	}
	if s.byName.words == nil {
		for _, t := range s.texts {
			s.byName.words = append(s.byName.words, textNameWords(t))
		}
	}
	out := make([]int, len(s.byName.words))
	for k, words := range s.byName.words {
		for i := 0; i+len(want) <= len(words); i++ {
			if hasRun(words, i, want) {
				out[k]++
			}
		}
	}
	return out
}

// textNameWords is nameWords of a story's text, kept in a memo: a
// story's refresh reads every text again. Callers only read the words.
func textNameWords(text string) []string {
	return nameWordsMemo.Get(text, nameWords, func(ws []string) int { return len(ws) * int(unsafe.Sizeof("")) })
}

// nameWordsMemo keeps the words of texts: those of a story of some 500
// articles, or about 16 KB for each article of a larger story (13 KB at
// 3 KB of text).
var nameWordsMemo = lex.NewStoryMemo[[]string](8<<20, 16<<10)

// nameWords splits a text into words of letters, digits, hyphens and
// ampersands, a possessive's "'s" dropped.
func nameWords(text string) []string {
	words := strings.FieldsFunc(strings.ReplaceAll(text, "’", "'"), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '&' && r != '\''
	})
	for i, w := range words {
		words[i] = strings.TrimSuffix(strings.Trim(w, "'"), "'s")
	}
	return words
}

// officeBody returns the body whose name holds an officer's title turned
// into the body's ("Data Protection Commissioner" of the National Data
// Protection Commission, "Chief Inspector of Mines" of the Mines
// Inspectorate), or "".
func (s *Story) officeBody(role string) string {
	words := strings.Fields(strings.ReplaceAll(role, "’", "'"))
	for k, w := range words {
		body, ok := officeBodies[attrib.Fold(w)]
		if !ok {
			continue
		}
		j := k
		for j > 0 && titleOrgWord(words[j-1]) {
			j--
		}
		heads := []string{body}
		if body == "commission" && j < k {
			// "Data Protection Commissioner" of the Kestrian Data
			// Protection Authority: a commissioner heads an authority, an
			// office or an agency of the remit the title names as well.
			heads = append(heads, "authority", "office", "agency")
		}
		for _, h := range heads {
			want := " " + attrib.Fold(strings.Join(append(slices.Clone(words[j:k]), h), " ")) + " "
			for _, o := range s.orgs {
				if strings.Contains(" "+attrib.Fold(o)+" ", want) {
					return o
				}
			}
		}
	}
	return ""
}
