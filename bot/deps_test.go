package bot

import (
	"os/exec"
	"strings"
	"testing"
)

// The core depends on the engine and libraries, never on an adapter,
// the configuration, storage clients or chat platforms: adapters depend on
// it.
func TestCoreDependsOnNoAdapter(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	const self = "github.com/storybot/storybot/"
	for _, dep := range strings.Fields(string(out)) {
		own, ok := strings.CutPrefix(dep, self)
		if ok && own != "bot" && !strings.HasPrefix(own, "summarize") {
			t.Errorf("bot depends on %s", dep)
		}
		for _, lib := range []string{"go-redis", "miniredis", "slack-go", "discordgo", "prometheus"} {
			if strings.Contains(dep, lib) {
				t.Errorf("bot depends on %s", dep)
			}
		}
	}
}
