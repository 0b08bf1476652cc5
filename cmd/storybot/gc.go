package main

import (
	"math"
	"runtime"
	"runtime/debug"
)

// batchHeapLimit is the heap a one-shot command grows to before its first
// collection: about twice what summarize takes on forty articles, and
// small enough for a modest container.
const batchHeapLimit = 128 << 20

// batchGC paces the garbage collector for a one-shot command (summarize,
// extract, ingest): it allocates a few tens of megabytes, most of it kept
// to the end, and exits, and collecting along the way was a fifth of its
// CPU. The collector stays off until the heap reaches batchHeapLimit; the
// first collection that limit forces turns the usual pacing back on, so a
// batch that needs more than the limit is never held at it. GOGC or
// GOMEMLIMIT set in the environment are left to rule. `storybot run`, a
// long-lived process, keeps the usual pacing throughout.
func batchGC(getenv func(string) string) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(batchHeapLimit)
	// The sentinel is unreachable from the start: the first collection
	// finds it and restores the usual pacing.
	runtime.AddCleanup(new([64]byte), func(int) {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	}, 0)
}

// oneShot reports a command that runs once and exits.
func oneShot(args []string) bool {
	return len(args) > 0 && (args[0] == "summarize" || args[0] == "extract" || args[0] == "ingest")
}
