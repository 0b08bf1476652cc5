// Package fuzzseed gives fuzz tests their seeds from one place: the
// module's testdata/fuzz/<FuzzName>/ directories, in Go's corpus format.
package fuzzseed

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Add adds to f the inputs stored in Go's fuzzing corpus format ("go test
// fuzz v1", then one string(...), []byte(...) or int64(...) line per
// argument) under the module's testdata/fuzz/<name> directory.
func Add(f *testing.F, name string) {
	f.Helper()
	root, err := moduleRoot()
	if err != nil {
		f.Fatalf("seed corpus: %v", err)
	}
	dir := filepath.Join(root, "testdata", "fuzz", name)
	entries, err := os.ReadDir(dir)
	if err != nil {
		f.Fatalf("seed corpus: %v", err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			f.Fatalf("seed corpus: %v", err)
		}
		args, err := parseCorpusEntry(string(raw))
		if err != nil {
			f.Fatalf("seed corpus %s: %v", e.Name(), err)
		}
		f.Add(args...)
	}
}

// moduleRoot is the nearest directory up from the working directory (a
// test's package directory) that holds go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// parseCorpusEntry reads one file of Go's fuzzing corpus format.
func parseCorpusEntry(raw string) ([]any, error) {
	lines := strings.Split(strings.TrimSpace(raw), "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "go test fuzz v1" {
		return nil, errors.New(`not a corpus entry: want "go test fuzz v1" first`)
	}
	var args []any
	for _, l := range lines[1:] {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		typ, val, ok := strings.Cut(l, "(")
		if !ok || !strings.HasSuffix(val, ")") {
			return nil, fmt.Errorf("malformed line %q", l)
		}
		val = strings.TrimSuffix(val, ")")
		switch typ {
		case "string", "[]byte":
			s, err := strconv.Unquote(val)
			if err != nil {
				return nil, fmt.Errorf("line %q: %w", l, err)
			}
			if typ == "string" {
				args = append(args, s)
			} else {
				args = append(args, []byte(s))
			}
		case "int64":
			n, err := strconv.ParseInt(val, 0, 64)
			if err != nil {
				return nil, fmt.Errorf("line %q: %w", l, err)
			}
			args = append(args, n)
		default:
			return nil, fmt.Errorf("line %q: type %s not supported", l, typ)
		}
	}
	return args, nil
}
