package attrib

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/storybot/storybot/summarize/extract"
)

func TestShow(t *testing.T) {
	files, _ := filepath.Glob(os.Getenv("SHOW"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		p, err := extract.Parse(b, extract.FormatOf(f, "", b), "")
		if err != nil {
			continue
		}
		fmt.Println("=====", f)
		for _, s := range Extract(p.Paragraphs()).Statements {
			fmt.Printf("[%s | %s | %d] %.110s\n    Q: %.80s\n", s.Speaker.Name, s.Speaker.Role, s.Speaker.Kind, s.Text, s.Quote)
		}
	}
}
