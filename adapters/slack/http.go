package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// maxBody bounds a request from Slack.
const maxBody = 1 << 20

// The URL paths of Slack's HTTP delivery: the Request URLs of the app's
// slash command, event subscriptions and interactivity (manifest.yaml
// names them).
const (
	PathCommands      = "/slack/commands"
	PathEvents        = "/slack/events"
	PathInteractivity = "/slack/interactivity"
)

// lastRetry is the retry number of Slack's last delivery of an event
// (X-Slack-Retry-Num over HTTP, retry_attempt over Socket Mode): Slack
// retries an event three times.
const lastRetry = 3

// Handlers returns the HTTP routes of Slack's HTTP delivery, for the
// server's mux: slash commands, events and interactivity.
func (a *Adapter) Handlers() map[string]http.Handler {
	return map[string]http.Handler{
		"POST " + PathCommands:      http.HandlerFunc(a.serveCommand),
		"POST " + PathEvents:        http.HandlerFunc(a.serveEvent),
		"POST " + PathInteractivity: http.HandlerFunc(a.serveInteraction),
	}
}

// errUnsigned is a request whose signature is missing, wrong or stale.
var errUnsigned = errors.New("slack: request signature missing, wrong or older than five minutes")

// verify reads the body of a request and checks Slack's signature over it
// (X-Slack-Signature, X-Slack-Request-Timestamp; requests older than five
// minutes fail).
func (a *Adapter) verify(r *http.Request) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil {
		return nil, fmt.Errorf("slack: read request: %w", err)
	}
	if len(body) > maxBody {
		return nil, errors.New("slack: request too large")
	}
	sv, err := slack.NewSecretsVerifier(r.Header, a.secret)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errUnsigned, err)
	}
	if _, err := sv.Write(body); err != nil {
		return nil, fmt.Errorf("slack: verify: %w", err)
	}
	if err := sv.Ensure(); err != nil {
		return nil, fmt.Errorf("%w: %w", errUnsigned, err)
	}
	return body, nil
}

// refuse answers a request that fails verification or parsing; nothing
// was done.
func (a *Adapter) refuse(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusBadRequest
	if errors.Is(err, errUnsigned) {
		status = http.StatusUnauthorized
	}
	a.log.Warn("slack: request refused", "path", r.URL.Path, "status", status, "err", err)
	http.Error(w, http.StatusText(status), status)
}

func (a *Adapter) serveCommand(w http.ResponseWriter, r *http.Request) {
	body, err := a.verify(r)
	if err != nil {
		a.refuse(w, r, err)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		a.refuse(w, r, fmt.Errorf("slack: slash command: %w", err))
		return
	}
	writeJSON(w, a.Command(r.Context(), cmd))
}

func (a *Adapter) serveEvent(w http.ResponseWriter, r *http.Request) {
	body, err := a.verify(r)
	if err != nil {
		a.refuse(w, r, err)
		return
	}
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		a.refuse(w, r, fmt.Errorf("slack: event: %w", err))
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		var ch slackevents.ChallengeResponse
		if err := json.Unmarshal(body, &ch); err != nil {
			a.refuse(w, r, fmt.Errorf("slack: url_verification: %w", err))
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, ch.Challenge)
	case slackevents.CallbackEvent:
		outer, _ := ev.Data.(*slackevents.EventsAPICallbackEvent)
		eventID := ""
		if outer != nil {
			eventID = outer.EventID
		}
		retry, _ := strconv.Atoi(r.Header.Get("X-Slack-Retry-Num"))
		if !a.deliver(r.Context(), ev.TeamID, eventID, ev.InnerEvent, retry >= lastRetry) {
			// Not taken (storage down): Slack retries an event that
			// gets no 2xx.
			http.Error(w, "the links could not be queued now", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request) {
	body, err := a.verify(r)
	if err != nil {
		a.refuse(w, r, err)
		return
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		a.refuse(w, r, fmt.Errorf("slack: interaction form: %w", err))
		return
	}
	var cb slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil {
		a.refuse(w, r, fmt.Errorf("slack: interaction payload: %w", err))
		return
	}
	w.WriteHeader(http.StatusOK)
	a.background(r.Context(), func(ctx context.Context) { a.Interaction(ctx, cb) })
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		http.Error(w, "encoding the answer failed", http.StatusInternalServerError)
	}
}
