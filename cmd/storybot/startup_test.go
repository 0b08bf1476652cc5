package main

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// reInitTrace is a line of GODEBUG=inittrace=1: "init PACKAGE @0.5 ms,
// 1.2 ms clock, 1234 bytes, 56 allocs".
var reInitTrace = regexp.MustCompile(`^init (\S+) @[\d.]+ ms, [\d.]+ ms clock, (\d+) bytes, \d+ allocs$`)

// TestStartupIsLight checks that no package of the binary builds large
// tables before a command runs. go-dateparser (reached through
// go-trafilatura and go-htmldate) allocated 95 MB in its init, in every
// process, and go-domdistiller 1.7 MB of Unicode range tables, until the
// copies in third_party built them on first use; this fails if a copy is
// dropped or another such package comes in. It counts bytes allocated,
// not time, so a busy machine does not change it.
func TestStartupIsLight(t *testing.T) {
	const perPackage, total = 3 << 19, 8 << 20
	res := storybot(t, "", []string{"GODEBUG=inittrace=1"}, "help")
	if res.code != 0 {
		t.Fatalf("help: exit %d: %s", res.code, res.stderr)
	}
	sum, n := 0, 0
	for line := range strings.SplitSeq(res.stderr, "\n") {
		m := reInitTrace.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		b, _ := strconv.Atoi(m[2])
		sum += b
		n++
		if b > perPackage {
			t.Errorf("package %s allocates %.1f MB at start-up", m[1], float64(b)/(1<<20))
		}
	}
	if n == 0 {
		t.Fatalf("no init trace in:\n%s", res.stderr)
	}
	if sum > total {
		t.Errorf("packages allocate %.1f MB at start-up, want at most %d MB", float64(sum)/(1<<20), total>>20)
	}
}
