package slack

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/storybot/storybot/bot"
)

// Timings of the three-second rule.
const (
	// inlineWait is how long a slash command waits for its answer before
	// acknowledging and answering later through response_url.
	inlineWait = 2 * time.Second
	// workTimeout bounds the background work of one command or event.
	workTimeout = 2 * time.Minute
	// eventMemory is how long an event ID is remembered against
	// duplicates and retries.
	eventMemory = 24 * time.Hour
	// maxLinks is how many links of one message are read.
	maxLinks = 5
)

// Start learns who the bot is (auth.test), so that its own messages and
// mentions are told apart from others'.
func (a *Adapter) Start(ctx context.Context) error {
	res, err := a.api.AuthTestContext(ctx)
	if err != nil {
		return fmt.Errorf("slack: auth.test: %w", err)
	}
	a.botUser = res.UserID
	return nil
}

// Wait waits for the background work under way (at shutdown).
func (a *Adapter) Wait() { a.work.Wait() }

// background runs f after the request that asked for it has been
// answered, with a context of its own.
func (a *Adapter) background(ctx context.Context, f func(ctx context.Context)) {
	a.work.Add(1)
	go func() {
		defer a.work.Done()
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), workTimeout)
		defer cancel()
		f(ctx)
	}()
}

// Command answers a slash command: with the answer itself when it is
// ready within inlineWait, else with an acknowledgement, the answer
// following through the command's response_url. Either way the work is
// done once.
func (a *Adapter) Command(ctx context.Context, cmd slack.SlashCommand) *slack.Msg {
	req, err := bot.ParseCommand(cmd.Text)
	if err != nil {
		return message(bot.Reply{Kind: bot.KindError, Code: bot.ErrorCode(err), Text: bot.ErrorMessage(err)}, true)
	}
	req.Workspace, req.Channel, req.User = Workspace(cmd.TeamID), cmd.ChannelID, cmd.UserID
	private := req.Command == bot.CmdHelp
	done := make(chan bot.Reply) // unbuffered: a reply is handed over only while Command waits
	late := make(chan struct{})
	a.background(ctx, func(ctx context.Context) {
		r := a.core.Handle(ctx, req)
		select {
		case done <- r:
		case <-late:
			a.respond(ctx, cmd.ResponseURL, message(r, private))
		}
	})
	select {
	case r := <-done:
		return message(r, private)
	case <-a.after(inlineWait):
		close(late)
		return &slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: "Working on it: the answer follows in a moment."}
	}
}

// message is a reply as a slash command's response: errors (and private
// answers such as help) only for the one who asked, answers for the
// channel.
func message(r bot.Reply, private bool) *slack.Msg {
	m := &slack.Msg{ResponseType: slack.ResponseTypeInChannel, Text: Fallback(r), Blocks: slack.Blocks{BlockSet: Blocks(r)}}
	if private || r.Kind == bot.KindError || r.Code != "" {
		m.ResponseType = slack.ResponseTypeEphemeral
	}
	return m
}

// respond posts a message to a response_url.
func (a *Adapter) respond(ctx context.Context, responseURL string, m *slack.Msg) {
	if responseURL == "" {
		return
	}
	blocks := m.Blocks
	err := slack.PostWebhookContext(ctx, responseURL, &slack.WebhookMessage{
		Text: m.Text, Blocks: &blocks, ResponseType: m.ResponseType,
	})
	if err != nil {
		a.log.Warn("slack: response_url", "err", err)
	}
}

// Event handles one Events API event, once: an event ID seen before
// (Slack's retries, or the same event on another replica) is skipped. It
// blocks until done; callers acknowledge after (link drops) or before
// (anything else, see deliver).
//
// It returns a *NotTakenError when links dropped in a channel could not
// be queued (storage down): the event is then forgotten, so that Slack's
// next delivery of it is handled.
func (a *Adapter) Event(ctx context.Context, teamID, eventID string, ev slackevents.EventsAPIInnerEvent) error {
	ws := Workspace(teamID)
	key := "event:" + eventID
	marked := false
	if eventID != "" && a.dedupe != nil {
		first, err := a.dedupe.FirstTime(ctx, ws, key, eventMemory)
		switch {
		case err != nil:
			a.log.Warn("slack: event dedupe", "err", err)
		case !first:
			a.log.Debug("slack: event seen before", "event", eventID)
			return nil
		default:
			marked = true
		}
	}
	switch e := ev.Data.(type) {
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == a.botUser {
			return nil
		}
		thread := e.ThreadTimeStamp
		a.answer(ctx, ws, e.Channel, e.User, thread, e.Text)
	case *slackevents.MessageEvent:
		err := a.message(ctx, ws, e)
		if err != nil && marked {
			if ferr := a.dedupe.Forget(ctx, ws, key); ferr != nil {
				a.log.Warn("slack: event not forgotten: Slack's next delivery of it will be skipped", "event", eventID, "err", ferr)
			}
		}
		return err
	}
	return nil
}

// deliver handles an event Slack delivered and reports whether to
// acknowledge it. Events are handled in the background; a link drop is
// waited for (up to inlineWait) until its links are queued, and when they
// cannot be, deliver reports false so that Slack delivers the event again.
// On Slack's last delivery (final), or once the event has been
// acknowledged, links that could not be queued are told in the message's
// thread instead.
func (a *Adapter) deliver(ctx context.Context, teamID, eventID string, ev slackevents.EventsAPIInnerEvent, final bool) bool {
	if e, ok := ev.Data.(*slackevents.MessageEvent); !ok || len(a.dropped(e)) == 0 {
		a.background(ctx, func(ctx context.Context) { _ = a.Event(ctx, teamID, eventID, ev) })
		return true
	}
	result := make(chan error) // unbuffered: handed over only while deliver waits
	late := make(chan struct{})
	a.background(ctx, func(ctx context.Context) {
		err := a.Event(ctx, teamID, eventID, ev)
		select {
		case result <- err:
		case <-late:
			a.sayNotTaken(ctx, err)
		}
	})
	timer := time.NewTimer(inlineWait)
	defer timer.Stop()
	select {
	case err := <-result:
		if err == nil {
			return true
		}
		if final {
			a.background(ctx, func(ctx context.Context) { a.sayNotTaken(ctx, err) })
			return true
		}
		a.log.Warn("slack: links not queued; Slack will deliver the event again", "event", eventID, "err", err)
		return false
	case <-timer.C:
		close(late)
		return true
	}
}

// NotTakenError is the error of a message whose links could not be
// queued.
type NotTakenError struct {
	Channel, Thread string
	// Links are the links not queued.
	Links []string
	Err   error
}

func (e *NotTakenError) Error() string {
	return fmt.Sprintf("slack: %d %s not queued: %v", len(e.Links), plural(len(e.Links), "link", "links"), e.Err)
}

func (e *NotTakenError) Unwrap() error { return e.Err }

// sayNotTaken tells, in the message's thread, which links could not be
// taken: Slack will not deliver the message again. err of another kind
// (or nil) says nothing.
func (a *Adapter) sayNotTaken(ctx context.Context, err error) {
	var nt *NotTakenError
	if !errors.As(err, &nt) {
		return
	}
	text := fmt.Sprintf("I could not take %s just now (%s). Please post %s again later.",
		strings.Join(nt.Links, ", "), strings.TrimSuffix(bot.ErrorMessage(nt.Err), "."), plural(len(nt.Links), "it", "them"))
	if _, _, err := a.api.PostMessageContext(ctx, nt.Channel, slack.MsgOptionText(text, false), slack.MsgOptionTS(nt.Thread)); err != nil {
		a.log.Warn("slack: could not say a link was not taken", "err", err)
	}
}

// dropped returns the article links of a message in a channel: what a
// link drop queues. Others' bots, the bot itself, edits, joins, mentions
// and direct messages drop nothing.
func (a *Adapter) dropped(e *slackevents.MessageEvent) []string {
	if !a.fromPerson(e) || e.ChannelType == "im" {
		return nil
	}
	return Links(e.Text)
}

// fromPerson reports whether a message is a person's own, new and not a
// mention of the bot (answered as app_mention): not the bot's or another
// bot's, no edit or join.
func (a *Adapter) fromPerson(e *slackevents.MessageEvent) bool {
	if e.BotID != "" || e.SubType != "" || e.User == "" || e.User == a.botUser {
		return false
	}
	return a.botUser == "" || !strings.Contains(e.Text, "<@"+a.botUser)
}

// answer answers a mention or a direct message: in the channel (in the
// thread, if asked in one), errors only to the one who asked.
func (a *Adapter) answer(ctx context.Context, ws, channel, user, thread, text string) {
	req, err := bot.ParseMention(text)
	var r bot.Reply
	if err != nil {
		r = bot.Reply{Kind: bot.KindError, Code: bot.ErrorCode(err), Text: bot.ErrorMessage(err)}
	} else {
		req.Workspace, req.Channel, req.User, req.Thread = ws, channel, user, thread
		r = a.core.Handle(ctx, req)
	}
	opts := []slack.MsgOption{slack.MsgOptionText(Fallback(r), false), slack.MsgOptionBlocks(Blocks(r)...)}
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	if r.Kind == bot.KindError && user != "" {
		if _, err := a.api.PostEphemeralContext(ctx, channel, user, opts...); err != nil {
			a.log.Warn("slack: chat.postEphemeral", "err", err)
		}
		return
	}
	if _, _, err := a.api.PostMessageContext(ctx, channel, opts...); err != nil {
		a.log.Warn("slack: chat.postMessage", "err", err)
	}
}

// message handles a message in a channel the bot is in: a direct message
// is a command or question; in channels the article links are queued, and
// a *NotTakenError says which could not be.
func (a *Adapter) message(ctx context.Context, ws string, e *slackevents.MessageEvent) error {
	if e.ChannelType == "im" && a.fromPerson(e) {
		a.answer(ctx, ws, e.Channel, e.User, e.ThreadTimeStamp, e.Text)
		return nil
	}
	if links := a.dropped(e); len(links) > 0 {
		return a.dropLinks(ctx, ws, e, links)
	}
	return nil
}

// dropLinks hands the links dropped in a channel to the core (queued for
// a worker, or read at once) and, once every one is taken, acknowledges
// them quietly with a reaction; the core says in the message's thread
// which story each joined. Links are taken before the reaction, so that a
// reaction always means the link will be read.
func (a *Adapter) dropLinks(ctx context.Context, ws string, e *slackevents.MessageEvent, links []string) error {
	thread := e.ThreadTimeStamp
	if thread == "" {
		thread = e.TimeStamp
	}
	var failed []string
	var firstErr error
	for _, link := range links {
		j := bot.Job{Workspace: ws, URL: link, Channel: e.Channel, Thread: thread, Source: "link"}
		if err := a.core.DropLink(ctx, j); err != nil {
			a.log.Warn("slack: link dropped but not taken", "link", link, "err", err)
			failed = append(failed, link)
			firstErr = cmp.Or(firstErr, err)
		}
	}
	if len(failed) > 0 {
		return &NotTakenError{Channel: e.Channel, Thread: thread, Links: failed, Err: firstErr}
	}
	if err := a.api.AddReactionContext(ctx, "newspaper", slack.NewRefToMessage(e.Channel, e.TimeStamp)); err != nil {
		a.log.Debug("slack: reactions.add", "err", err)
	}
	return nil
}

// reLink matches the links Slack writes into message text: <URL> and
// <URL|label>.
var reLink = regexp.MustCompile(`<(https?://[^|>\s]+)(?:\|[^>]*)?>`)

// Links returns the article links of a message's text, at most maxLinks,
// each once; links to Slack itself are left out.
func Links(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range reLink.FindAllStringSubmatch(text, -1) {
		u := strings.ReplaceAll(m[1], "&amp;", "&")
		host := strings.ToLower(strings.SplitN(strings.SplitN(u, "://", 2)[1], "/", 2)[0])
		if seen[u] || host == "slack.com" || strings.HasSuffix(host, ".slack.com") {
			continue
		}
		seen[u] = true
		out = append(out, u)
		if len(out) == maxLinks {
			break
		}
	}
	return out
}

// Interaction handles a button click: the request it stands for, answered
// through the interaction's response_url for the one who clicked.
func (a *Adapter) Interaction(ctx context.Context, cb slack.InteractionCallback) {
	if cb.Type != slack.InteractionTypeBlockActions {
		return
	}
	for _, act := range cb.ActionCallback.BlockActions {
		req, ok := actionRequest(act.ActionID, act.Value)
		if !ok {
			continue
		}
		req.Workspace, req.Channel, req.User = Workspace(cb.Team.ID), cb.Channel.ID, cb.User.ID
		a.respond(ctx, cb.ResponseURL, message(a.core.Handle(ctx, req), true))
	}
}

// actionRequest is the request a button stands for.
func actionRequest(actionID, value string) (bot.Request, bool) {
	story, party, _ := strings.Cut(value, "|")
	switch ActionName(actionID) {
	case ActionClaims:
		return bot.Request{Command: bot.CmdClaims, Story: story, Party: party}, story != ""
	case ActionSources:
		return bot.Request{Command: bot.CmdSources, Story: story}, story != ""
	case ActionFollow:
		return bot.Request{Command: bot.CmdFollow, Story: story}, story != ""
	case ActionLatest:
		return bot.Request{Command: bot.CmdLatest, Story: story}, story != ""
	}
	return bot.Request{}, false
}
