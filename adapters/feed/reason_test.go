package feed_test

import (
	"net"
	"strings"
	"testing"

	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// TestPollFailureShowsCategory: a feed URL that reaches a service that
// is not HTTP (a Redis greeting) fails with a category in its state,
// never the service's words; the log has the detail.
func TestPollFailureShowsCategory(t *testing.T) {
	e := newEnv(t, redistest.Targets(t)[0].Store, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			// Answer once the request is in, as a service does; a
			// greeting written before it would race with the request.
			buf := make([]byte, 4096)
			c.Read(buf)
			c.Write([]byte("-NOAUTH Authentication required secret-hint\r\n"))
			c.Close()
		}
	}()
	u := "http://" + ln.Addr().String() + "/feed"
	e.subscribe(bot.Feed{URL: u})
	st, err := e.poll(u)
	if err == nil {
		t.Fatal("poll succeeded")
	}
	if st.LastError != "the site did not answer as a web server" || strings.Contains(st.LastError, "Authentication") {
		t.Errorf("LastError = %q, want the category only", st.LastError)
	}
	if !strings.Contains(e.log.String(), "malformed HTTP") {
		t.Errorf("the log lacks the detail:\n%s", e.log.String())
	}
}
