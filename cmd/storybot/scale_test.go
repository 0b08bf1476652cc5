package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/redis"
)

// scaleSyllables make the invented names of the scale test's events, so
// that each event has its own place and people and no name holds a digit.
var scaleSyllables = []string{"ka", "lo", "mer", "vin", "sa", "tor", "el", "du", "ri", "nar"}

// scaleName is the name of event e with the given stem: "Velkamer".
func scaleName(stem string, e int) string {
	name := stem
	for k := 0; k < 3; k++ {
		name += scaleSyllables[e%len(scaleSyllables)]
		e /= len(scaleSyllables)
	}
	return name
}

// scaleTopics are the kinds of event of the scale test; event e is of
// kind e%len(scaleTopics), at its own place, with its own people.
var scaleTopics = []string{
	`<h1>Dockers at %[1]s strike over pay, report %[3]d</h1>
<p>Dockers at the port of %[1]s stayed off work for a %[4]s day on Tuesday in a dispute over pay, their union said.</p>
<p>"We will not accept %[5]d percent while prices rise by %[6]d," said union leader %[2]s, speaking outside the gates of %[1]s.</p>
<p>The %[1]s Port Company said it had offered %[5]d percent and called the strike "reckless". %[7]d ships were waiting offshore.</p>`,
	`<h1>%[1]s council votes to shut village schools, report %[3]d</h1>
<p>Councillors in %[1]s voted %[5]d to %[6]d on Monday to close three village schools, a decision parents vowed to fight for a %[4]s time.</p>
<p>"Our children will travel %[7]d kilometres a day," said %[2]s, who leads the parents' campaign.</p>
<p>Council leader Mara %[1]sson said falling rolls left the budget no choice.</p>`,
	`<h1>Bridge at %[1]s shut after cracks found, report %[3]d</h1>
<p>Engineers closed the river bridge at %[1]s on Wednesday after inspectors found cracks in %[5]d of its %[7]d piers.</p>
<p>"Nobody crosses until we know it is safe," said county surveyor %[2]s, who ordered a %[4]s inspection.</p>
<p>Hauliers said the detour adds %[6]d hours to each trip.</p>`,
	`<h1>Recount ordered in %[1]s mayoral race, report %[3]d</h1>
<p>Election officials in %[1]s ordered a recount on Thursday after the mayoral race ended %[5]d votes apart, with %[7]d ballots disputed.</p>
<p>"Every vote will be counted a %[4]s time if need be," said returning officer %[2]s.</p>
<p>The trailing candidate said %[6]d polling stations had opened late.</p>`,
}

// scaleArticle is report j of event e, told with its own figures so that
// no two reports are the same text.
func scaleArticle(e, j int) string {
	place := scaleName("Vel", e)
	person := strings.ToUpper(scaleName("o", e)[:1]) + scaleName("o", e)[1:] + " " + scaleName("Bre", e)
	body := fmt.Sprintf(scaleTopics[e%len(scaleTopics)], place, person, j, ordinal(j), 3+j%5, 6+j%4, 10+j)
	title := body[len("<h1>"):strings.Index(body, "</h1>")]
	return "<html><head><title>" + title + "</title></head><body><article>\n" + body + "\n</article></body></html>"
}

// TestScaleThreeReplicas is the big-workspace run of the ingest path:
// three `storybot run` replicas share one Redis and one workspace, links
// to many reports of a few events arrive as Slack events spread over
// them, and one replica is killed with SIGKILL half way. At the end every
// article is stored exactly once, each event is one story, and no job is
// dead-lettered. It takes minutes, so it runs only when
// STORYBOT_SCALE_ARTICLES is set (to the number of articles, 1000 for the
// figures in the README).
func TestScaleThreeReplicas(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("STORYBOT_SCALE_ARTICLES"))
	if n <= 0 {
		t.Skip("set STORYBOT_SCALE_ARTICLES to run the scale test")
	}
	events := len(scaleTopics)
	dir := t.TempDir()
	rs := startRedisServer(t, "", dir)
	redisURL := "redis://127.0.0.1:" + rs.port + "/0"
	slack := newSoakSlack(t)
	news := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var e, j int
		if _, err := fmt.Sscanf(r.URL.Path, "/e/%d/%d", &e, &j); err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, scaleArticle(e, j))
	}))
	t.Cleanup(news.Close)
	env := []string{
		"REDIS_URL=" + redisURL,
		"SLACK_BOT_TOKEN=xoxb-scale", "SLACK_SIGNING_SECRET=" + soakSecret, "SLACK_API_URL=" + slack.srv.URL + "/api",
		"STORYBOT_FETCH_ALLOW=127.0.0.1",
		"STORYBOT_QUEUE_CLAIM_AFTER=3s",
		"STORYBOT_SHUTDOWN_TIMEOUT=5s",
	}
	const ws = "slack:TSOAK"
	replicas := []*proc{startProc(t, env...), startProc(t, env...), startProc(t, env...)}

	rdb, err := redis.Dial(redisURL)
	if err != nil {
		t.Fatal(err)
	}
	st := redis.New(rdb)
	defer st.Close()
	ctx := context.Background()
	stored := func() (map[string]string, map[string]int) { return storedPaths(t, st, ws) }

	start := time.Now()
	var drops []*soakDrop
	for k := range n {
		if k == n/2 {
			// A replica dies with work under way; a new one takes its place.
			replicas[1].cmd.Process.Signal(syscall.SIGKILL)
			<-replicas[1].done
			replicas[1] = startProc(t, env...)
		}
		if k > 0 && k%100 == 0 {
			// Keep under the per-workspace back-pressure bound.
			for end := time.Now().Add(10 * time.Minute); time.Now().Before(end); time.Sleep(time.Second) {
				if _, times := stored(); k-len(times) < 500 {
					break
				}
			}
		}
		d := &soakDrop{id: fmt.Sprintf("EvScale%05d", k), ts: fmt.Sprintf("1700000000.%06d", k),
			path: fmt.Sprintf("/e/%d/%d", k%events, k/events), stored: true}
		drops = append(drops, d)
		for try := 0; try < 20 && !d.acked; try++ {
			p := replicas[(k+try)%len(replicas)]
			if code := sendEvent(p, d, news.URL); code >= 200 && code < 300 {
				d.acked = true
			} else {
				time.Sleep(200 * time.Millisecond)
			}
		}
		if !d.acked {
			t.Fatalf("%s was never acknowledged", d.path)
		}
	}
	var where map[string]string
	var times map[string]int
	for end := time.Now().Add(20 * time.Minute); ; time.Sleep(2 * time.Second) {
		where, times = stored()
		if len(times) >= n || time.Now().After(end) {
			break
		}
	}
	elapsed := time.Since(start)
	t.Logf("%d articles stored by 3 replicas (one killed) in %s: %.1f articles/s", len(times), elapsed.Round(time.Second), float64(len(times))/elapsed.Seconds())

	for _, d := range drops {
		if times[d.path] != 1 {
			t.Errorf("%s stored %d times, want once", d.path, times[d.path])
		}
	}
	// Each event is one story, and no story holds two events.
	storyOf := map[int]string{}
	eventOf := map[string]int{}
	for _, d := range drops {
		var e, j int
		fmt.Sscanf(d.path, "/e/%d/%d", &e, &j)
		s, ok := where[d.path]
		if !ok {
			continue
		}
		if prev, ok := storyOf[e]; ok && prev != s {
			t.Errorf("event %d is split: stories %s and %s", e, prev, s)
		}
		storyOf[e] = s
		if prev, ok := eventOf[s]; ok && prev != e {
			t.Errorf("story %s holds events %d and %d", s, prev, e)
		}
		eventOf[s] = e
	}
	dead, err := redis.NewQueue(rdb, redis.QueueOptions{}).Dead(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range dead {
		t.Errorf("dead-lettered: %s (%s)", j.Raw, j.Error)
	}
	for _, p := range replicas {
		select {
		case <-p.done:
		default:
			p.stop(t)
		}
		if strings.Contains(p.stderr.String(), "panic") {
			t.Errorf("a replica panicked:\n%s", p.stderr)
		}
	}
}

func ordinal(n int) string {
	return []string{"second", "third", "fourth", "fifth"}[n%4]
}
