// Command gen derives the paraphrase classes of package lex from the
// WordNet 3.0 database (WordNet licence, see ../../WORDNET-LICENSE): words
// whose most frequent sense is one synset ("wage" and "salary", "postpone"
// and "defer") become one class.
//
// It reads index.{noun,verb,adj}, data.{noun,verb,adj}, cntlist.rev and
// the *.exc files from a WordNet dict directory (Debian's wordnet-base
// installs one at /usr/share/wordnet; `apt-get download wordnet-base` and
// `dpkg -x` unpack it anywhere) and writes one class a line, its stems
// (lex.Stem of the lemmas, and of their irregular forms) separated by
// spaces, the stem of the most used lemma first, the lines sorted.
//
// A stem (Snowball's stems are what the engine compares) stands for the
// most used of the lemmas that have it, and joins the class of that
// lemma's first sense only when the sense is safe to read as what the
// stem means: the lemma is one common word (at least -min tagged uses in
// WordNet's semantic concordance, cntlist.rev), that sense has at least
// -share of the tagged uses of all the stem's lemmas in every part of
// speech ("manag" is "manage", "manager" and "management", so no sense of
// one of them stands for it), the lemma has at most -senses senses, and
// the synset names no one (no word in capitals). An irregular form
// ("forsook") joins its lemma's class when no lemma has its stem.
//
// Run it with `go generate ./summarize/lex`.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// posFiles are the parts of speech read, by WordNet file suffix and
// cntlist synset type digit(s): 1 noun, 2 verb, 3 adjective, 5 satellite.
var posFiles = []struct {
	name  string
	types string
}{{"noun", "1"}, {"verb", "2"}, {"adj", "35"}}

// The restrictions of the table package lex embeds (see the flags).
const (
	defaultMin    = 3
	defaultShare  = 0.5
	defaultSenses = 8
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet dict directory")
	out := flag.String("o", "paraphrase.txt", "output file")
	minCount := flag.Int("min", defaultMin, "least tagged uses of a lemma")
	share := flag.Float64("share", defaultShare, "least share of its stem's tagged uses a lemma's first sense has")
	maxSenses := flag.Int("senses", defaultSenses, "most senses of a lemma in its part of speech")
	flag.Parse()
	text := classes(*dir, *minCount, *share, *maxSenses)
	if err := os.WriteFile(*out, []byte(text), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d classes, %d bytes", strings.Count(text, "\n"), len(text))
}

// classes returns the classes of the WordNet dict directory dir, one a
// line.
func classes(dir string, minCount int, share float64, maxSenses int) string {
	counts := readCounts(filepath.Join(dir, "cntlist.rev"))
	var cands []cand
	for _, p := range posFiles {
		proper := readProper(filepath.Join(dir, "data."+p.name))
		for _, e := range readIndex(filepath.Join(dir, "index."+p.name)) {
			if !plain(e.lemma) {
				continue
			}
			k := e.lemma + "\x00" + p.name
			cands = append(cands, cand{
				lemma: e.lemma, pos: p.name, synset: p.name + e.offsets[0],
				total: counts[k], first: counts[k+"\x001"],
				ok: counts[k] >= minCount && len(e.offsets) <= maxSenses && !proper[e.offsets[0]],
			})
		}
	}
	// Each stem stands for the most used of its lemmas; ties go to the
	// first in (lemma, pos) order.
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].total != cands[j].total {
			return cands[i].total > cands[j].total
		}
		if cands[i].lemma != cands[j].lemma {
			return cands[i].lemma < cands[j].lemma
		}
		return cands[i].pos < cands[j].pos
	})
	owner := map[string]cand{} // stem -> the lemma it stands for
	uses := map[string]int{}   // stem -> tagged uses of all its lemmas
	for _, c := range cands {
		s := lex.Stem(c.lemma)
		if _, taken := owner[s]; !taken {
			owner[s] = c
		}
		uses[s] += c.total
	}
	// A stem joins its lemma's first sense only when that sense is most of
	// what the stem is used for ("manag" is "manage", "manager" and
	// "management").
	for s, c := range owner {
		if c.ok && float64(c.first) < share*float64(uses[s]) {
			c.ok = false
			owner[s] = c
		}
	}
	bySynset := map[string][]string{} // synset -> the stems of its class
	for s, c := range owner {
		if c.ok {
			bySynset[c.synset] = append(bySynset[c.synset], s)
		}
	}
	// Irregular forms ("forsook", "taught") join their lemma's class when
	// no lemma has their stem.
	for _, p := range posFiles {
		exc := readExceptions(filepath.Join(dir, p.name+".exc"))
		forms := make([]string, 0, len(exc))
		for form := range exc {
			forms = append(forms, form)
		}
		sort.Strings(forms)
		for _, form := range forms {
			s, base := lex.Stem(form), lex.Stem(exc[form])
			c, ok := owner[base]
			if _, taken := owner[s]; taken || !ok || !c.ok || c.lemma != exc[form] {
				continue
			}
			owner[s] = c
			bySynset[c.synset] = append(bySynset[c.synset], s)
		}
	}
	var lines []string
	for _, stems := range bySynset {
		if len(stems) < 2 {
			continue
		}
		// The head is the stem of the most used lemma.
		sort.Slice(stems, func(i, j int) bool {
			a, b := owner[stems[i]], owner[stems[j]]
			if a.total != b.total {
				return a.total > b.total
			}
			return stems[i] < stems[j]
		})
		lines = append(lines, strings.Join(stems, " ")+"\n")
	}
	sort.Strings(lines)
	return strings.Join(lines, "")
}

// cand is one lemma in one part of speech.
type cand struct {
	lemma, pos string
	synset     string // pos + offset of its first sense
	total      int    // its tagged uses in pos
	first      int    // the tagged uses of its first sense
	ok         bool   // its first sense may stand for its stem
}

// plain reports a lemma of one word of lower-case letters.
func plain(lemma string) bool {
	for i := 0; i < len(lemma); i++ {
		if lemma[i] < 'a' || lemma[i] > 'z' {
			return false
		}
	}
	return len(lemma) > 1
}

// indexEntry is a lemma of an index file and its synsets.
type indexEntry struct {
	lemma   string
	offsets []string // synsets, most frequent sense first
}

// readIndex reads an index file: lemma pos synset_cnt p_cnt [ptr...]
// sense_cnt tagsense_cnt synset_offset...
func readIndex(path string) []indexEntry {
	var out []indexEntry
	eachLine(path, func(l string) {
		f := strings.Fields(l)
		if len(f) < 6 {
			return
		}
		nptr, err := strconv.Atoi(f[3])
		if err != nil || len(f) < 6+nptr {
			return
		}
		out = append(out, indexEntry{lemma: f[0], offsets: f[6+nptr:]})
	})
	return out
}

// readProper returns the synsets of a data file that name someone or
// something: a word in capitals ("Ford", "Brown"). A data line is offset
// lex_filenum ss_type w_cnt (word lex_id)... then pointers and gloss.
func readProper(path string) map[string]bool {
	out := map[string]bool{}
	eachLine(path, func(l string) {
		f := strings.Fields(l)
		if len(f) < 5 {
			return
		}
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return
		}
		for i := 0; i < int(n) && 4+2*i < len(f); i++ {
			if w := f[4+2*i]; w[0] >= 'A' && w[0] <= 'Z' {
				out[f[0]] = true
			}
		}
	})
	return out
}

// readCounts reads cntlist.rev (sense_key sense_number tag_cnt) into the
// tagged uses of each lemma by part of speech ("lemma\x00noun") and of
// its first sense ("lemma\x00noun\x001").
func readCounts(path string) map[string]int {
	out := map[string]int{}
	eachLine(path, func(l string) {
		f := strings.Fields(l)
		if len(f) != 3 {
			return
		}
		lemma, key, ok := strings.Cut(f[0], "%")
		if !ok || key == "" {
			return
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return
		}
		for _, p := range posFiles {
			if strings.IndexByte(p.types, key[0]) < 0 {
				continue
			}
			k := lemma + "\x00" + p.name
			out[k] += n
			if f[1] == "1" {
				out[k+"\x001"] += n
			}
		}
	})
	return out
}

// readExceptions reads an exception list: inflected form, then its
// lemma(s); the first lemma is kept.
func readExceptions(path string) map[string]string {
	out := map[string]string{}
	eachLine(path, func(l string) {
		f := strings.Fields(l)
		if len(f) >= 2 && plain(f[0]) && plain(f[1]) {
			out[f[0]] = f[1]
		}
	})
	return out
}

// eachLine calls fn with each line of a WordNet file that is not empty
// and not part of its licence header (those lines start with a space); it
// exits on an error.
func eachLine(path string, fn func(string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(fmt.Errorf("gen: %w", err))
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if l := sc.Text(); l != "" && l[0] != ' ' {
			fn(l)
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(fmt.Errorf("gen: %s: %w", path, err))
	}
}
