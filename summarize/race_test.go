//go:build race

package summarize

// raceEnabled: the race detector is on, and allocation figures are its
// own, not the engine's.
const raceEnabled = true
