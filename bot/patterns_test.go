package bot

import (
	"regexp"
	"testing"
)

// TestPatternsCompile compiles every pattern of the package, since they
// are compiled only when first used.
func TestPatternsCompile(t *testing.T) {
	patterns := map[string]func() *regexp.Regexp{
		"reFigure": reFigure, "reBareInt": reBareInt, "rePolite": rePolite, "reTail": reTail,
		"reContraction": reContraction, "rePrefix": rePrefix, "reSlackLink": reSlackLink,
		"reZoneShape": reZoneShape, "reCronField": reCronField, "reCronName": reCronName,
		"reClock": reClock, "reInterval": reInterval, "reDuration": reDuration, "reCronWord": reCronWord,
	}
	for name, re := range patterns {
		first, again := re(), re()
		if first == nil || first != again {
			t.Errorf("%s: not one compiled pattern", name)
		}
	}
	if len(shapes()) == 0 || len(keywords()) == 0 {
		t.Error("no question shapes or keywords")
	}
}
