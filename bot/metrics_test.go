package bot

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestMetricLabelsListed: every command word and every storage operation
// the code counts is in the lists a metrics backend pre-initialises its
// series from, so no series first appears with its first event.
func TestMetricLabelsListed(t *testing.T) {
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var cmds []Command
	var ops []string
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				if id, ok := n.Type.(*ast.Ident); ok && id.Name == "Command" {
					for _, v := range n.Values {
						if lit, ok := v.(*ast.BasicLit); ok {
							s, _ := strconv.Unquote(lit.Value)
							cmds = append(cmds, Command(s))
						}
					}
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "storeErr" && len(n.Args) > 0 {
					if lit, ok := n.Args[0].(*ast.BasicLit); ok {
						s, _ := strconv.Unquote(lit.Value)
						ops = append(ops, s)
					}
				}
			}
			return true
		})
	}
	if len(cmds) < 10 || len(ops) < 10 {
		t.Fatalf("found %d commands and %d store operations in the code: the test no longer reads it", len(cmds), len(ops))
	}
	for _, c := range cmds {
		if !slices.Contains(Commands, c) {
			t.Errorf("command %q is not in Commands", c)
		}
	}
	for _, op := range ops {
		if !slices.Contains(StoreOps, op) {
			t.Errorf("store operation %q is not in StoreOps", op)
		}
	}
}
