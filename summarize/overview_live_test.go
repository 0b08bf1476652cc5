package summarize

import "testing"

// A live page's welcome to its readers is no lead of the story; a live
// entry that reports is.
func TestLiveGreetingIsNoLead(t *testing.T) {
	for s, want := range map[string]bool{
		"10:02 - Good morning from the High Court in Tarn, where the trial of Ivo Marsh enters its fifth day.": true,
		"Welcome to our live coverage of the Tarn port strike as dockers walk out for a second day.":           true,
		"14:20 - The judge adjourned the trial of Ivo Marsh until Thursday after the defence asked for time.":  false,
		"Goodwill between the union and Tarnco ran out on Monday as dockers walked off the quays.":             false,
	} {
		if got := liveGreeting(s); got != want {
			t.Errorf("liveGreeting(%q) = %v, want %v", s, got, want)
		}
	}
}
