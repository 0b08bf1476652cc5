package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// explainArticle is an invented article whose sentences exercise the
// decisions --explain reports.
const explainArticle = `Harbour bridge opens in Vantor

Mayor Ilse Brandt opened the new harbour bridge in Vantor on Monday, a year later than planned.

The bridge was declared open after a short ceremony on the quay.

"It will pay for itself within ten years," she said.

Ten ships passed under the bridge before noon.
`

// --explain prints, after the digest, every sentence with its cue, its
// speaker and how the mention was resolved, the side of a statement with
// its evidence, or why the sentence gave nothing.
func TestSummarizeExplain(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bridge.txt")
	if err := os.WriteFile(path, []byte(explainArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	r := storybot(t, "", nil, "summarize", "--explain", path)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	at := strings.Index(r.stdout, "=== Explain:")
	if at < 0 {
		t.Fatalf("no explanation after the digest:\n%s", r.stdout)
	}
	explain := r.stdout[at:]
	for _, want := range []string{
		`"It will pay for itself within ten years," she said.`,
		`cue "said"`,
		`resolved: pronoun 'she' -> Ilse Brandt`,
		`STATEMENT by Ilse Brandt`,
		// The side and its evidence, with the article it is read in.
		`side Mayor's Office: role "Mayor" points to "Mayor's Office" (article 1)`,
		`abstained: passive of a non-speech verb`,
		`abstained: no cue verb`,
	} {
		if !strings.Contains(explain, want) {
			t.Errorf("explanation lacks %q:\n%s", want, explain)
		}
	}

	// With --json the explanation goes to standard error and standard
	// output stays one JSON object.
	r = storybot(t, "", nil, "summarize", "--json", "--explain", path)
	decode(t, r.stdout)
	if !strings.Contains(r.stderr, "STATEMENT by Ilse Brandt") {
		t.Errorf("--json --explain: no explanation on standard error:\n%s", r.stderr)
	}
}

// unsidedArticle is an invented article whose statements show under no
// side: an analyst's, an unnamed source's, and a quotation going on.
const unsidedArticle = `Ferry fares rise in Vantor

Ferry fares in Vantor will rise by a fifth in May, the operator Orla Sound said on Monday.

"Fares have not kept up with fuel costs for years," said Petra Lind, an analyst at Northfield Research.

Officials said the rise had been expected for some time by most of the island's residents.
`

// --explain says why a statement shows under no side, so that none
// vanishes unexplained.
func TestSummarizeExplainUnsided(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ferry.txt")
	if err := os.WriteFile(path, []byte(unsidedArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	r := storybot(t, "", nil, "summarize", "--explain", path)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	explain := r.stdout[strings.Index(r.stdout, "=== Explain:"):]
	for _, want := range []string{
		`STATEMENT by Petra Lind, side none: a commentator`,
		`STATEMENT by Officials, side none: no affiliation for the unnamed "Officials"`,
	} {
		if !strings.Contains(explain, want) {
			t.Errorf("explanation lacks %q:\n%s", want, explain)
		}
	}
	for _, line := range strings.Split(explain, "\n") {
		if strings.Contains(line, "STATEMENT by") && !strings.Contains(line, ", side ") {
			t.Errorf("a statement with no side and no reason: %s", line)
		}
	}
}
