package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// A one-shot command collects nothing until its heap reaches the limit,
// and the first collection brings back the usual pacing; GOGC in the
// environment is left to rule.
func TestBatchGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	batchGC(func(k string) string {
		if k == "GOGC" {
			return "200"
		}
		return ""
	})
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Fatalf("with GOGC set: memory limit %d, want none", got)
	}

	batchGC(func(string) string { return "" })
	if got := debug.SetMemoryLimit(-1); got != batchHeapLimit {
		t.Fatalf("memory limit %d, want %d", got, batchHeapLimit)
	}
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("GC percent %d before the first collection, want -1 (off)", got)
	}
	// Cleanups run on their own goroutine after the collection that finds
	// the sentinel: wait for it, however long the machine takes.
	for deadline := time.Now().Add(time.Minute); debug.SetMemoryLimit(-1) != math.MaxInt64; {
		if time.Now().After(deadline) {
			t.Fatal("the first collection did not restore the usual pacing")
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent %d after the first collection, want 100", got)
	}
}
