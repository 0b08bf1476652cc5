package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Job is one link to read and ingest, queued so that any replica can do
// the work: a link dropped in a channel, an add, a feed entry.
type Job struct {
	// ID is the queue's ID of the job, set by the queue.
	ID        string `json:"-"`
	Workspace string `json:"ws"`
	URL       string `json:"url"`
	// Story, when set, is the story the article goes to (an id or words;
	// a new story of that title when none matches).
	Story string `json:"story,omitempty"`
	// Channel and Thread, when set, are where to say which story the
	// article joined.
	Channel string `json:"channel,omitempty"`
	Thread  string `json:"thread,omitempty"`
	// Source says where the job came from: "link", "add" or "feed".
	Source string `json:"source"`
	// Attempts counts the tries so far.
	Attempts int `json:"attempts,omitempty"`
	// Deaths, set by the queue, counts the earlier workers that began
	// this job and stopped (killed, or stalled past their claim) before
	// settling it: any of them may have stored the article without
	// saying where it went.
	Deaths int `json:"-"`
}

// Queue takes jobs for the workers of every replica. adapters/redis
// implements it on Redis Streams.
type Queue interface {
	// Enqueue queues j, or refuses it: with an error wrapping ErrBusy
	// (see BusyError) when too many jobs wait already, and nothing was
	// queued.
	Enqueue(ctx context.Context, j Job) error
}

// FeedState is what polling a feed has found so far.
type FeedState struct {
	LastFetch time.Time `json:"last_fetch,omitzero"`
	// Status is the HTTP status of the last fetch (0: none yet, or no
	// answer).
	Status int `json:"status,omitempty"`
	// Failures counts the consecutive failed fetches.
	Failures  int    `json:"failures,omitempty"`
	LastError string `json:"last_error,omitempty"`
	// ETag and LastModified make the next fetch conditional.
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	NextPoll     time.Time `json:"next_poll,omitzero"`
	// Queued counts the entries queued for ingest in all.
	Queued int `json:"queued,omitempty"`
}

// DropLink takes a link someone dropped in a channel: queued for any
// replica's worker when there is a queue, read at once otherwise. Where it
// went is said in j.Channel (and j.Thread) when done.
func (b *Bot) DropLink(ctx context.Context, j Job) error {
	if b.queue != nil {
		if err := b.queue.Enqueue(ctx, j); err != nil {
			return b.storeErr("enqueue", err)
		}
		return nil
	}
	return b.Work(ctx, j)
}

// Work does one queued job: reads the link, ingests the article and says
// in the job's channel which story it joined. A link already read is
// said nothing of, unless an earlier worker of the job may have stored
// it and stopped before saying it (Job.Deaths, IngestResult.Finished).
// A failure that may pass (the site timed out or answered 5xx, storage
// is down) is returned, so that the queue tries the job again (and calls
// GiveUp when the tries run out). A final one (the link is refused,
// gone, a PDF, no article) is said in the job's channel, in plain words,
// and the job is done: trying again would not help.
func (b *Bot) Work(ctx context.Context, j Job) error {
	res, err := b.addLink(ctx, j.Workspace, j.URL, j.Story)
	if err != nil && ctx.Err() != nil {
		// Stopped while at work (shutdown, a replica going away): the
		// link is not at fault. The error leaves the job to the queue,
		// for another worker, instead of giving it up as unreadable.
		return fmt.Errorf("interrupted: %w", err)
	}
	switch ErrorCode(err) {
	case "":
	case CodeInvalid, CodeNotFound, CodeLimit:
		b.log.Info("link not ingested", "workspace", j.Workspace, "url", j.URL, "source", j.Source, "err", err)
		b.say(ctx, j, "Could not add "+j.URL+": "+failureText(err))
		return nil
	default:
		b.log.Info("link not ingested this time; the queue tries again", "workspace", j.Workspace, "url", j.URL,
			"source", j.Source, "attempts", j.Attempts, "err", err)
		return err
	}
	if res.Outcome == IngestDuplicate && !res.Finished && j.Deaths == 0 {
		return nil
	}
	// The article is stored: where it went is said even if the worker
	// is stopping meanwhile (its job is done, no one else will say it).
	sayCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sayTimeout)
	defer cancel()
	b.say(sayCtx, j, ingestNote(res))
	return nil
}

// sayTimeout bounds the post that says where a link went.
const sayTimeout = 10 * time.Second

// GiveUp tells the job's channel that its link could not be added after
// several tries, with the last failure's reason, and counts it as a
// failed ingest. The queue calls it when it dead-letters a job.
func (b *Bot) GiveUp(ctx context.Context, j Job, cause error) {
	b.metrics.Ingest(IngestFailed)
	b.log.Warn("link given up", "workspace", j.Workspace, "url", j.URL, "source", j.Source, "attempts", j.Attempts, "err", cause)
	b.say(ctx, j, fmt.Sprintf("Could not add %s after several tries: %s", j.URL, failureText(cause)))
}

// failureText says why a link failed, as a sentence's end: the reason of
// a failed read ("the site answered 404 Not Found."), else the error's
// message.
func failureText(err error) string {
	var r reasoner
	if errors.As(err, &r) {
		return r.Reason() + "."
	}
	msg := ErrorMessage(err)
	if ErrorCode(err) == CodeInternal {
		msg = "something went wrong on our side."
	}
	return strings.ToLower(msg[:1]) + msg[1:]
}

// say posts text to the job's channel (and thread), when it has one and
// a poster runs here.
func (b *Bot) say(ctx context.Context, j Job, text string) {
	if j.Channel == "" || b.posters == nil {
		return
	}
	poster := b.posters(j.Workspace)
	if poster == nil {
		return
	}
	if _, err := poster.Post(ctx, j.Channel, j.Thread, textReply(text)); err != nil {
		b.log.Warn("could not post about a link", "workspace", j.Workspace, "channel", j.Channel, "err", err)
	}
}

// ingestNote says where an article went.
func ingestNote(res IngestResult) string {
	s := res.Story
	if res.Outcome == IngestNewStory {
		return fmt.Sprintf("Started a new story: %q (%s). Ask \"latest %s\" for where it stands.", s.Title, s.ID, s.ID)
	}
	return fmt.Sprintf("Added to %q (%s, %d %s). Ask \"latest %s\" for where it stands.", s.Title, s.ID, s.Articles, plural(s.Articles, "article", "articles"), s.ID)
}
