package summarize

import (
	"os/exec"
	"strings"
	"testing"
)

// The engine depends on the standard library and text libraries only,
// never on the bot, its adapters, its configuration, storage or chat
// platforms.
func TestEngineDependsOnNothingOfTheBot(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "./...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	const self = "github.com/storybot/storybot/"
	for _, dep := range strings.Fields(string(out)) {
		own, ok := strings.CutPrefix(dep, self)
		if ok && !strings.HasPrefix(own, "summarize") {
			t.Errorf("summarize depends on %s", dep)
		}
		for _, platform := range []string{"go-redis", "slack-go", "discordgo"} {
			if strings.Contains(dep, platform) {
				t.Errorf("summarize depends on %s", dep)
			}
		}
	}
}
