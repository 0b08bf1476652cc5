package bot

import (
	"context"
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
}

// Queue takes jobs for the workers of every replica. adapters/redis
// implements it on Redis Streams.
type Queue interface {
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
