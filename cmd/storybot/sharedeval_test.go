package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sharedEval is where the project's outside evaluation sets live when
// they sit beside the checkout (real stories scored with score.py).
const sharedEval = "../../../shared/eval"

// sharedFloors are the least figures the engine must keep on the outside
// sets, as score.py's --min and --max flags. They are the figures
// reached, a little below, so that a change that loses ground on real
// news fails here and not only after it lands.
var sharedFloors = []struct {
	set   string   // the set's folder under sharedEval (gold)
	paths []string // what to summarize, relative to sharedEval
	flags []string
}{
	{"dev", []string{"dev/*/*.txt"}, []string{"--min-recall", "0.868", "--min-cluster", "0.92", "--min-precision", "0.90", "--min-party", "0.99", "--min-speaker", "0.95", "--min-disputes", "0.81", "--min-dispute-precision", "0.85", "--max-dup", "7"}},
	{"seeds", []string{"../seeds"}, []string{"--min-recall", "1.00", "--min-cluster", "1.00", "--min-precision", "0.95", "--min-party", "1.00", "--min-disputes", "1.00", "--min-dispute-precision", "1.00", "--max-dup", "6"}},
}

// TestSharedEvalFloors scores the digests of the outside evaluation sets
// with their scorer when they are present beside the checkout (and
// python3 is installed), and fails below the floors.
func TestSharedEvalFloors(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sharedEval, "score.py")); err != nil {
		t.Skip("no outside evaluation sets beside the checkout")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed")
	}
	for _, f := range sharedFloors {
		t.Run(f.set, func(t *testing.T) {
			var paths []string
			for _, p := range f.paths {
				m, _ := filepath.Glob(filepath.Join(sharedEval, p))
				paths = append(paths, m...)
			}
			if len(paths) == 0 {
				t.Skipf("no articles in %s", f.set)
			}
			res := storybot(t, "", nil, append([]string{"summarize", "--json"}, paths...)...)
			if res.code != 0 {
				t.Fatalf("summarize: exit %d\n%s", res.code, res.stderr)
			}
			out := filepath.Join(t.TempDir(), "out.json")
			if err := os.WriteFile(out, []byte(res.stdout), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append([]string{filepath.Join(sharedEval, "score.py"), filepath.Join(sharedEval, f.set), out}, f.flags...)
			score, err := exec.Command(py, args...).CombinedOutput()
			lines := strings.Split(strings.TrimSpace(string(score)), "\n")
			t.Logf("%s: %s", f.set, lines[len(lines)-1])
			if err != nil {
				t.Errorf("%s below its floors (%v):\n%s", f.set, err, score)
			}
		})
	}
}
