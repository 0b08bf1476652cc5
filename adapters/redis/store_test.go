package redis

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

// TestDigestRoundTrip checks that digests written with encoding/json read
// back whole through the faster decoder of the read path.
func TestDigestRoundTrip(t *testing.T) {
	d := summarize.Digest{
		ID: "s0123456789", Title: "Port strike “enters” its second week", Updated: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC),
		Articles: []summarize.ArticleRef{{ID: "a1", File: "a.txt", URL: "https://x.example/a", Outlet: "Wire", Title: "T", Published: "2026-11-30T09:00:00Z", Revision: 2}},
		Overview: "Dock workers said… the port's owner — disagreed.",
		Parties: []summarize.Party{{Name: "Union", Claims: []summarize.Claim{{ID: "c1", Speaker: "Ana Ruiz", Role: "union leader",
			Text: `Ruiz said "we stay out"`, Quote: "we stay out", Articles: []string{"a1"}}}}},
		Disputes: []summarize.Dispute{{ID: "d1", Topic: "Pay", Kind: summarize.BetweenParties, Status: summarize.Open, Summary: "s",
			Sides: []summarize.Side{{Party: "Union", Position: "p", Articles: []string{"a1"}}}}},
	}
	o := bot.Omitted{Claims: 3, Articles: 1}
	for _, kind := range []bot.DigestKind{bot.BriefDigest, bot.FullDigest} {
		var raw []byte
		var err error
		if kind == bot.BriefDigest {
			raw, err = json.Marshal(briefJSON{d, o})
		} else {
			raw, err = json.Marshal(d)
		}
		if err != nil {
			t.Fatal(err)
		}
		got, gotO, err := decodeDigest(d.ID, kind, raw)
		if err != nil {
			t.Fatal(err)
		}
		wantO := o
		if kind == bot.FullDigest {
			wantO = bot.Omitted{}
		}
		if !reflect.DeepEqual(got, d) || gotO != wantO {
			t.Errorf("kind %d: read back\n%+v %+v\nwant\n%+v %+v", kind, got, gotO, d, wantO)
		}
	}
	if _, _, err := decodeDigest("s1", bot.FullDigest, []byte(`{"id": 3`)); err == nil {
		t.Error("a broken digest decoded without error")
	}
}
