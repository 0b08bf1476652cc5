package summarize

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/extract"
)

// gold is one gold.json of an eval set, in the format of the project's
// scorer (see testdata/eval/README).
type gold struct {
	Story       string              `json:"story"`
	Articles    []string            `json:"articles"`
	Noise       []string            `json:"noise"`
	Distractors []string            `json:"distractors"`
	Aliases     map[string][]string `json:"party_aliases"`
	Claims      []goldClaim         `json:"claims"`
	Disputes    []goldDispute       `json:"disputes"`
}

// goldDispute is one dispute of a gold story.
type goldDispute struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Topic    []string `json:"topic"`
	Parties  []string `json:"parties"`
	Optional bool     `json:"optional"`
}

// goldClaim is one claim of a gold story; Party and each entry of Must may
// be a string or a list of alternatives.
type goldClaim struct {
	ID       string            `json:"id"`
	Party    json.RawMessage   `json:"party"`
	Speaker  string            `json:"speaker"`
	Must     []json.RawMessage `json:"must"`
	Optional bool              `json:"optional"`
}

// evalSet is a folder of stories, each a sub-folder with a gold.json.
type evalSet struct {
	labels   map[string]string // article file name -> gold story (or the file for a distractor)
	noise    []string
	articles []Article
	golds    []gold
}

func loadEvalSet(t testing.TB, dir string) evalSet {
	t.Helper()
	set := evalSet{labels: map[string]string{}}
	golds, err := filepath.Glob(filepath.Join(dir, "*", "gold.json"))
	if err != nil || len(golds) == 0 {
		if g := filepath.Join(dir, "gold.json"); fileExists(g) {
			golds = []string{g}
		} else {
			t.Fatalf("no gold.json under %s", dir)
		}
	}
	for _, g := range golds {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var gd gold
		if err := json.Unmarshal(data, &gd); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		for _, f := range gd.Articles {
			set.labels[f] = g
		}
		for _, f := range gd.Distractors {
			set.labels[f] = "distractor:" + f
		}
		set.noise = append(set.noise, gd.Noise...)
		if len(gd.Articles) > 0 {
			set.golds = append(set.golds, gd)
		}
		for _, f := range append(gd.Articles, gd.Distractors...) {
			set.articles = append(set.articles, readArticle(t, filepath.Join(filepath.Dir(g), f)))
		}
	}
	return set
}

func readArticle(t testing.TB, path string) Article {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseArticle(data, extract.FormatOf(path, "", data), path, "")
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return a
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// bcubedF1 scores a grouping against the gold labels as the scorer does.
func bcubedF1(labels map[string]string, stories []Story) float64 {
	sys := map[string]int{}
	for i, s := range stories {
		for _, a := range s.Articles {
			sys[filepath.Base(a.File)] = i
		}
	}
	var p, r float64
	for i := range labels {
		var sameSys, sameGold, both float64
		for j := range labels {
			si, sj := sys[i], sys[j]
			if si == sj {
				sameSys++
			}
			if labels[i] == labels[j] {
				sameGold++
				if si == sj {
					both++
				}
			}
		}
		p += both / sameSys
		r += both / sameGold
	}
	n := float64(len(labels))
	p, r = p/n, r/n
	return 2 * p * r / (p + r)
}

// storyOf returns the story holding most of a gold story's articles.
func storyOf(g gold, stories []Story) Story {
	in := map[string]bool{}
	for _, f := range g.Articles {
		in[f] = true
	}
	best, bestN := Story{}, 0
	for _, s := range stories {
		n := 0
		for _, a := range s.Articles {
			if in[filepath.Base(a.File)] {
				n++
			}
		}
		if n > bestN {
			best, bestN = s, n
		}
	}
	return best
}

// digestStrings returns every string of a digest a reader sees (not file
// names, URLs or ids), normalised as the scorer does.
func digestStrings(d Digest) []string {
	out := []string{d.Title, d.Overview}
	for _, a := range d.Articles {
		out = append(out, a.Outlet, a.Title)
	}
	for _, p := range d.Parties {
		out = append(out, p.Name)
		for _, c := range p.Claims {
			out = append(out, c.Speaker, c.Role, c.Text, c.Quote)
		}
	}
	for _, x := range d.Disputes {
		out = append(out, x.Topic, x.Summary)
		for _, s := range x.Sides {
			out = append(out, s.Party, s.Position)
		}
	}
	for i, s := range out {
		out[i] = scorerNorm(s)
	}
	return out
}

func scorerNorm(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`,
		"\u2014", "-", "\u2013", "-", "\u00a0", " ").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// checkEvalSet groups the set's articles and fails on a broken grouping or
// on boilerplate in any article text or digest string.
func checkEvalSet(t *testing.T, set evalSet) {
	t.Helper()
	stories := Group(set.articles)
	if f1 := bcubedF1(set.labels, stories); f1 < 1 {
		for _, s := range stories {
			var files []string
			for _, a := range s.Articles {
				files = append(files, filepath.Base(a.File))
			}
			t.Logf("story %q: %v", s.Title, files)
		}
		t.Errorf("cluster F1 = %.3f, want 1.00", f1)
	}
	// As the scorer: no noise line of a gold story within any string the
	// digest of its story shows. Stricter: no noise line is a line of any
	// article's cleaned text, and no longer one is anywhere in it.
	var bodies []string
	lines := map[string]bool{}
	for _, s := range stories {
		for _, a := range s.Articles {
			for _, b := range a.Body {
				lines[scorerNorm(b.Text)] = true
			}
			bodies = append(bodies, scorerNorm(a.Text()))
		}
	}
	for _, n := range set.noise {
		nn := scorerNorm(n)
		if lines[nn] || len(strings.Fields(nn)) >= 4 && slices.ContainsFunc(bodies, func(x string) bool { return strings.Contains(x, nn) }) {
			t.Errorf("boilerplate in the cleaned text: %q", n)
		}
	}
	for _, g := range set.golds {
		shown := digestStrings(storyOf(g, stories).Digest())
		for _, n := range g.Noise {
			nn := scorerNorm(n)
			if slices.ContainsFunc(shown, func(x string) bool { return strings.Contains(x, nn) }) {
				t.Errorf("boilerplate in the digest of %q: %q", g.Story, n)
			}
		}
	}
	// The grouping does not depend on the order the articles come in.
	rev := slices.Clone(set.articles)
	slices.Reverse(rev)
	if f1 := bcubedF1(set.labels, Group(rev)); f1 < 1 {
		t.Errorf("cluster F1 with the articles reversed = %.3f", f1)
	}
	for _, a := range set.articles {
		if a.Title == "" || len(strings.Fields(a.Title)) < 3 {
			t.Errorf("%s: title %q does not read as a headline", a.File, a.Title)
		}
	}
}

func TestEvalSetGroupingAndNoise(t *testing.T) {
	checkEvalSet(t, loadEvalSet(t, "../testdata/eval"))
}

// Each story of the eval set with the distractors only: a small set must
// group as well as a large one.
func TestEvalSetStoriesAlone(t *testing.T) {
	dirs, _ := filepath.Glob("../testdata/eval/*")
	for _, dir := range dirs {
		base := filepath.Base(dir)
		if base == "distractors" || !fileExists(filepath.Join(dir, "gold.json")) {
			continue
		}
		t.Run(base, func(t *testing.T) {
			tmp := t.TempDir()
			for _, d := range []string{dir, "../testdata/eval/distractors"} {
				link := filepath.Join(tmp, filepath.Base(d))
				abs, _ := filepath.Abs(d)
				if err := os.Symlink(abs, link); err != nil {
					t.Fatal(err)
				}
			}
			checkEvalSet(t, loadEvalSet(t, tmp))
		})
	}
}

// The seed articles beside the project, when present (CI has them).
func TestSharedSeeds(t *testing.T) {
	const dir = "../../shared/eval/seeds"
	if !fileExists(filepath.Join(dir, "gold.json")) {
		t.Skip("shared seeds not present")
	}
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gd gold
	if err := json.Unmarshal(data, &gd); err != nil {
		t.Fatal(err)
	}
	set := evalSet{labels: map[string]string{}, noise: gd.Noise, golds: []gold{gd}}
	for _, f := range gd.Articles {
		set.labels[f] = "seeds"
		set.articles = append(set.articles, readArticle(t, filepath.Join("../../shared/seeds", f)))
	}
	checkEvalSet(t, set)
	checkClaims(t, set, claimFloor{recall: 0.90, precision: 0.90, party: 0.95, maxDups: 5})
	checkDisputes(t, set, disputeFloor{recall: 1.00, precision: 1.00})
}
