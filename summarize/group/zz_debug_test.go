package group

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/lex"
)

func TestZZPairs(t *testing.T) {
	glob := os.Getenv("ZZGLOB")
	if glob == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(glob)
	var docs []Doc
	for _, f := range files {
		b, _ := os.ReadFile(f)
		parts := strings.SplitN(string(b), "\n", 2)
		docs = append(docs, Doc{Key: filepath.Base(f), Title: parts[0], Text: parts[1]})
	}
	_ = lex.Fold
	feats := make([]Features, len(docs))
	order := make([]int, len(docs))
	for i, d := range docs {
		feats[i] = Extract(d)
		order[i] = i
	}
	vecs := vectors(feats, order)
	focus := os.Getenv("ZZFOCUS")
	for i := range docs {
		if !strings.Contains(docs[i].Key, focus) {
			continue
		}
		for j := range docs {
			if i == j {
				continue
			}
			c, n := dot(vecs[i].content, vecs[j].content), dot(vecs[i].names, vecs[j].names)
			t.Logf("%s-%s sim=%.3f content=%.3f names=%.3f brev=%.2f princ=%.1f ncontent=%d", docs[i].Key, docs[j].Key, similarity(vecs[i], vecs[j], docs[i].Published, docs[j].Published), c, n, brevity(vecs[i], vecs[j]), principals(vecs[i], vecs[j]), len(vecs[i].content.ids))
		}
	}
}

func TestZZNames(t *testing.T) {
	for _, f := range strings.Split(os.Getenv("ZZFILES"), " ") {
		b, _ := os.ReadFile(f)
		parts := strings.SplitN(string(b), "\n", 2)
		ft := Extract(Doc{Key: f, Title: parts[0], Text: parts[1]})
		var ns []string
		for k, v := range ft.Terms {
			if k[0] == '@' {
				ns = append(ns, k+":"+strings.TrimRight(strings.TrimRight(fmtf(v), "0"), "."))
			}
		}
		t.Logf("%s top=%s %v", filepath.Base(f), topName(ft), ns)
	}
}

func fmtf(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
