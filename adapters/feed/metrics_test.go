package feed_test

import (
	"errors"
	"maps"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/feed"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// pollCounter records FeedPoll results.
type pollCounter struct {
	mu      sync.Mutex
	results map[string]int
}

func (c *pollCounter) FeedPoll(result string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.results[result]++
}

// TestPollMetrics: each poll is counted once, by its result.
func TestPollMetrics(t *testing.T) {
	counter := &pollCounter{results: map[string]int{}}
	e := newEnv(t, redistest.Targets(t)[0].Store, func(o *feed.Options) { o.Metrics = counter })
	s := newFeedServer(t, formats[0], entries("e", 2, func(i int) time.Duration { return time.Duration(i) * time.Minute })...)
	e.subscribe(bot.Feed{URL: s.URL})

	e.mustPoll(s.URL) // ok
	e.clock.Add(interval)
	e.mustPoll(s.URL) // unchanged: 304
	e.clock.Add(interval)
	s.set(func(s *feedServer) { s.status = http.StatusBadGateway })
	e.poll(s.URL) // fetch_failed
	e.clock.Add(time.Hour)
	s.set(func(s *feedServer) { s.status, s.body = 0, "<html><body>Not a feed</body></html>" })
	e.poll(s.URL) // parse_failed
	e.clock.Add(time.Hour)
	s.set(func(s *feedServer) { s.body = ""; s.items = entries("more", 1, func(int) time.Duration { return 0 }) })
	e.queue.failWith(errors.New("stream full"))
	e.poll(s.URL) // queue_failed

	want := map[string]int{feed.PollOK: 1, feed.PollUnchanged: 1, feed.PollFetchFailed: 1, feed.PollParseFailed: 1, feed.PollQueueFailed: 1}
	counter.mu.Lock()
	defer counter.mu.Unlock()
	if !maps.Equal(counter.results, want) {
		t.Errorf("polls counted %v, want %v", counter.results, want)
	}
}
