//go:build !race

package summarize

// raceEnabled: the race detector is off.
const raceEnabled = false
