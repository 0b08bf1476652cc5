package slack_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/storybot/storybot/internal/fuzzseed"

	"github.com/slack-go/slack"

	sb "github.com/storybot/storybot/adapters/slack"
	"github.com/storybot/storybot/bot"
)

// fuzzSecret is the signing secret of FuzzSlackRequests.
const fuzzSecret = "s"

// fuzzCore answers every request with "ok" and takes every link.
type fuzzCore struct{}

func (fuzzCore) Handle(context.Context, bot.Request) bot.Reply {
	return bot.Reply{Kind: bot.KindText, Text: "ok"}
}

func (fuzzCore) DropLink(context.Context, bot.Job) error { return nil }

// noNetwork refuses every HTTP request, so that what a fuzzed body makes
// the adapter post (Web API calls, response_url webhooks) goes nowhere.
type noNetwork struct{}

func (noNetwork) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		r.Body.Close()
	}
	return nil, errors.New("fuzz: no network")
}

// FuzzSlackRequests sends any body, correctly signed, to the slash
// command, events and interactivity endpoints: the adapter must not panic
// and must answer 200, or refuse with 400 or 413. It never answers 401:
// the signature is right.
func FuzzSlackRequests(f *testing.F) {
	for _, s := range []string{
		"",
		"token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fstory&text=latest+harbour+strike&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fr",
		"team_id=T1&text=help",
		"text=%zz",
		`{"type":"url_verification","token":"x","challenge":"c123"}`,
		`{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"app_mention","user":"U1","channel":"C1","text":"<@UBOT> latest ferry fares","ts":"1.2"}}`,
		`{"type":"event_callback","team_id":"T1","event_id":"Ev2","event":{"type":"message","user":"U1","channel":"C1","channel_type":"channel","text":"see <https://news.example/a|a> and <http://x.slack.com/b>","ts":"1.3"}}`,
		`{"type":"event_callback","team_id":"T1","event":{"type":"message","user":"U1","channel":"D1","channel_type":"im","text":"follow ferry daily 08:00","ts":"1.4"}}`,
		`{"type":"event_callback","event":null}`,
		`{"type":"app_rate_limited"}`,
		`payload=%7B%22type%22%3A%22block_actions%22%2C%22team%22%3A%7B%22id%22%3A%22T1%22%7D%2C%22response_url%22%3A%22http%3A%2F%2F127.0.0.1%3A1%2Fr%22%2C%22actions%22%3A%5B%7B%22action_id%22%3A%22storybot_claims%22%2C%22value%22%3A%22s1%7Cunion%22%7D%5D%7D`,
		"payload=%7B%22type%22%3A%22view_submission%22%7D",
		"payload=not+json",
		"\x00\xff",
	} {
		f.Add([]byte(s))
	}
	fuzzseed.Add(f, "FuzzSlackRequests")

	saved := http.DefaultClient // slack.PostWebhookContext posts with it
	http.DefaultClient = &http.Client{Transport: noNetwork{}}
	f.Cleanup(func() { http.DefaultClient = saved })
	api := slack.New("xoxb-fuzz", slack.OptionAPIURL("http://127.0.0.1:1/api/"),
		slack.OptionHTTPClient(&http.Client{Transport: noNetwork{}}))
	a := sb.New(sb.Options{Core: fuzzCore{}, API: api, SigningSecret: fuzzSecret})
	mux := http.NewServeMux()
	for pattern, h := range a.Handlers() {
		mux.Handle(pattern, h)
	}

	f.Fuzz(func(t *testing.T, body []byte) {
		defer a.Wait()
		for _, path := range []string{"/slack/commands", "/slack/events", "/slack/interactivity"} {
			req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
			if path == "/slack/events" {
				req.Header.Set("Content-Type", "application/json")
			} else {
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			}
			stamp := strconv.FormatInt(time.Now().Unix(), 10)
			mac := hmac.New(sha256.New, []byte(fuzzSecret))
			fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
			req.Header.Set("X-Slack-Request-Timestamp", stamp)
			req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, req)
			switch rec.Code {
			case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			default:
				t.Fatalf("POST %s %q: status %d %q", path, body, rec.Code, rec.Body)
			}
		}
	})
}
