package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// NewSocketClient returns a Socket Mode client on api, with socketmode's
// own debug logging off (the adapter logs what matters through its
// Logger).
//
// api must have been made with slack.OptionAppLevelToken (an xapp- token
// with the connections:write scope): Socket Mode opens its connection
// with apps.connections.open, which takes the app-level token, while the
// Web API calls (chat.postMessage, ...) go on with the bot token. For
// example:
//
//	api := slack.New(botToken, slack.OptionAppLevelToken(appToken))
//	a := New(Options{API: api, ...})
//	err := a.RunSocketMode(ctx, NewSocketClient(api))
func NewSocketClient(api *slack.Client) *socketmode.Client {
	return socketmode.New(api, socketmode.OptionDebug(false))
}

// RunSocketMode receives Slack's events, slash commands and button clicks
// over Socket Mode (a WebSocket the app opens to Slack, for deployments
// without a public HTTP endpoint) until ctx is done. It runs the client
// and handles its events; the client reconnects by itself, with backoff,
// when Slack asks it to or the connection drops.
//
// Every request is acknowledged and handled as the HTTP delivery handles
// it: events and clicks in the background after the acknowledgement
// (events once, by event ID; links dropped in a channel acknowledged only
// once queued, so that Slack delivers them again when storage is down),
// slash commands answered in
// the acknowledgement itself when the answer is ready within the
// three-second rule, else through their response_url.
//
// It returns nil once ctx is done and the connection is closed, and an
// error when the client stops on its own (the app-level token refused or
// revoked). Background work may still be under way when it returns: see
// Wait.
func (a *Adapter) RunSocketMode(ctx context.Context, client *socketmode.Client) error {
	// Slash commands wait for their answer, and link drops until their
	// links are queued (up to inlineWait), before they are acknowledged,
	// each on its own so that none holds up the others. They are waited
	// for on return, after ctx is cancelled (acknowledging then fails at
	// once).
	var pending sync.WaitGroup
	defer pending.Wait()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	stopped := make(chan error, 1)
	go func() { stopped <- client.RunContext(ctx) }()

	for {
		select {
		case <-ctx.Done():
			<-stopped // the client closes the connection on ctx
			return nil
		case err := <-stopped:
			if ctx.Err() != nil {
				return nil
			}
			if err == nil {
				err = errors.New("stopped")
			}
			return fmt.Errorf("slack: socket mode: %w", err)
		case evt := <-client.Events:
			a.socketEvent(ctx, client, evt, &pending)
		}
	}
}

// socketEvent handles one event of the Socket Mode client. Requests Slack
// sent are acknowledged whatever they are, so that Slack does not send
// them again, except a link drop whose links could not be queued.
func (a *Adapter) socketEvent(ctx context.Context, client *socketmode.Client, evt socketmode.Event, pending *sync.WaitGroup) {
	switch evt.Type {
	case socketmode.EventTypeEventsAPI:
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok || ev.Type != slackevents.CallbackEvent {
			a.ack(ctx, client, evt.Request, nil)
			if !ok {
				a.log.Warn("slack: socket mode: unexpected events_api data", "type", fmt.Sprintf("%T", evt.Data))
			} else if ev.Type == slackevents.AppRateLimited {
				a.log.Warn("slack: events rate limited", "team", ev.TeamID)
			}
			return
		}
		// A link drop is waited for until its links are queued: each on
		// its own, so that none holds up the others. One that could not
		// be queued is not acknowledged, and Slack delivers it again.
		// The handler counts as background work from here, before it
		// runs, so that Wait after what follows the event sees it.
		a.work.Add(1)
		pending.Go(func() {
			defer a.work.Done()
			retry := 0
			if evt.Request != nil {
				retry = evt.Request.RetryAttempt
			}
			if a.deliver(ctx, ev.TeamID, socketEventID(evt.Request, ev), ev.InnerEvent, retry >= lastRetry) {
				a.ack(ctx, client, evt.Request, nil)
			}
		})

	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok {
			a.ack(ctx, client, evt.Request, nil)
			a.log.Warn("slack: socket mode: unexpected slash_commands data", "type", fmt.Sprintf("%T", evt.Data))
			return
		}
		a.work.Add(1)
		pending.Go(func() {
			defer a.work.Done()
			a.socketCommand(ctx, client, evt.Request, cmd)
		})

	case socketmode.EventTypeInteractive:
		a.ack(ctx, client, evt.Request, nil)
		cb, ok := evt.Data.(slack.InteractionCallback)
		if !ok {
			a.log.Warn("slack: socket mode: unexpected interactive data", "type", fmt.Sprintf("%T", evt.Data))
			return
		}
		a.background(ctx, func(ctx context.Context) { a.Interaction(ctx, cb) })

	case socketmode.EventTypeConnecting:
		if e, ok := evt.Data.(*slack.ConnectingEvent); ok {
			a.log.Debug("slack: socket mode connecting", "attempt", e.Attempt, "connection", e.ConnectionCount)
		} else {
			a.log.Debug("slack: socket mode connecting")
		}
	case socketmode.EventTypeConnected:
		if e, ok := evt.Data.(*socketmode.ConnectedEvent); ok {
			a.log.Debug("slack: socket mode connected", "connection", e.ConnectionCount)
		} else {
			a.log.Debug("slack: socket mode connected")
		}
	case socketmode.EventTypeHello:
		if evt.Request != nil {
			a.log.Debug("slack: socket mode hello", "connections", evt.Request.NumConnections,
				"app", evt.Request.ConnectionInfo.AppID, "host", evt.Request.DebugInfo.Host)
		} else {
			a.log.Debug("slack: socket mode hello")
		}
	case socketmode.EventTypeDisconnect:
		if evt.Request != nil {
			a.log.Debug("slack: socket mode disconnect", "reason", evt.Request.Reason)
		} else {
			a.log.Debug("slack: socket mode disconnect")
		}

	case socketmode.EventTypeInvalidAuth:
		a.log.Warn("slack: socket mode: app-level token refused")
	case socketmode.EventTypeConnectionError:
		if e, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			a.log.Warn("slack: socket mode connection failed", "attempt", e.Attempt, "retry_in", e.Backoff, "err", e.ErrorObj)
		} else {
			a.log.Warn("slack: socket mode connection failed")
		}
	case socketmode.EventTypeIncomingError:
		if e, ok := evt.Data.(*slack.IncomingEventError); ok {
			a.log.Warn("slack: socket mode read failed", "err", e.ErrorObj)
		} else {
			a.log.Warn("slack: socket mode read failed")
		}
	case socketmode.EventTypeErrorWriteFailed:
		if e, ok := evt.Data.(*socketmode.ErrorWriteFailed); ok {
			envelope := ""
			if e.Response != nil {
				envelope = e.Response.EnvelopeID
			}
			a.log.Warn("slack: socket mode acknowledgement not sent", "envelope", envelope, "err", e.Cause)
		} else {
			a.log.Warn("slack: socket mode acknowledgement not sent")
		}
	case socketmode.EventTypeErrorBadMessage:
		// A request that cannot be read (an event type slack-go does not
		// know, say) will not be readable when Slack sends it again:
		// acknowledge it anyway.
		var req *socketmode.Request
		if e, ok := evt.Data.(*socketmode.ErrorBadMessage); ok {
			a.log.Warn("slack: socket mode request not understood", "err", e.Cause)
			var r socketmode.Request
			if json.Unmarshal(e.Message, &r) == nil {
				req = &r
			}
		} else {
			a.log.Warn("slack: socket mode request not understood")
		}
		a.ack(ctx, client, req, nil)

	default:
		a.ack(ctx, client, evt.Request, nil)
	}
}

// socketCommand answers a slash command in its acknowledgement, which
// Slack shows as the command's response. An answer too large for an
// acknowledgement (Slack drops those of 20 KB and more) goes through the
// command's response_url instead.
func (a *Adapter) socketCommand(ctx context.Context, client *socketmode.Client, req *socketmode.Request, cmd slack.SlashCommand) {
	msg := a.Command(ctx, cmd)
	if req == nil || req.EnvelopeID == "" {
		return
	}
	err := client.AckCtx(ctx, req.EnvelopeID, msg)
	if err == nil {
		return
	}
	if ctx.Err() != nil {
		a.log.Debug("slack: socket mode: command not acknowledged, stopping", "envelope", req.EnvelopeID)
		return
	}
	a.log.Debug("slack: socket mode: answer does not fit the acknowledgement", "err", err)
	a.ack(ctx, client, req, nil)
	a.background(ctx, func(ctx context.Context) {
		blocks := msg.Blocks
		err := slack.PostWebhookContext(ctx, cmd.ResponseURL, &slack.WebhookMessage{
			Text: msg.Text, Blocks: &blocks, ResponseType: msg.ResponseType,
		})
		if err != nil {
			a.log.Warn("slack: response_url", "err", err)
		}
	})
}

// ack acknowledges a Socket Mode request, with payload when not nil.
// Requests without an envelope ID (hello, disconnect) need none.
func (a *Adapter) ack(ctx context.Context, client *socketmode.Client, req *socketmode.Request, payload any) {
	if req == nil || req.EnvelopeID == "" {
		return
	}
	if err := client.AckCtx(ctx, req.EnvelopeID, payload); err != nil && ctx.Err() == nil {
		a.log.Warn("slack: socket mode acknowledgement failed", "envelope", req.EnvelopeID, "err", err)
	}
}

// socketEventID is the event ID of an events_api request, for dedupe: the
// event_id of the envelope's payload (the Events API's outer event).
func socketEventID(req *socketmode.Request, ev slackevents.EventsAPIEvent) string {
	if req != nil {
		var p struct {
			EventID string `json:"event_id"`
		}
		if json.Unmarshal(req.Payload, &p) == nil && p.EventID != "" {
			return p.EventID
		}
	}
	if outer, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
		return outer.EventID
	}
	return ""
}
