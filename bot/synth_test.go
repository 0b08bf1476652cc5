package bot_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
)

// Invented articles for the benchmarks: each event has its own place,
// bodies and speakers; each article of it its own sentences, figures and
// quotations (about 3 KB, as long as a real report), so no two are alike
// and none dedupes.

var (
	syllables  = []string{"ka", "vor", "del", "mi", "sta", "ren", "lo", "bar", "tis", "quen", "ul", "dra", "fen", "go", "sar", "pe"}
	verbs      = []string{"rejected", "welcomed", "questioned", "defended", "criticised", "backed", "disputed", "praised"}
	objects    = []string{"the proposal", "the offer", "the timetable", "the inquiry", "the settlement", "the new rules", "the budget plan", "the emergency measures"}
	reasons    = []string{"because it ignored the workers", "as costs kept rising", "after weeks of talks", "despite the warnings", "while the review continued", "because the figures did not add up", "as deliveries stalled", "after the vote"}
	adjectives = []string{"fragile", "costly", "unprecedented", "lengthy", "bitter", "tentative", "contested", "sweeping"}
	nouns      = []string{"shortages", "delays", "protests", "negotiations", "inspections", "closures", "layoffs", "repairs"}
)

// event is one invented news event.
type event struct {
	place, body, rival string
	speakers           []string
	roles              []string
	topic              []string
}

func name(r *rand.Rand, parts int) string {
	var b strings.Builder
	for range parts {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func newEvent(seed uint64) event {
	r := rand.New(rand.NewPCG(seed, 42))
	e := event{place: name(r, 3), body: name(r, 2) + " " + name(r, 3), rival: name(r, 3) + " " + name(r, 2)}
	for i := range 4 {
		e.speakers = append(e.speakers, name(r, 2)+" "+name(r, 3))
		e.roles = append(e.roles, []string{"general secretary of the union", "chief executive of the company", "the regional minister", "a spokeswoman for the regulator"}[i])
	}
	for range 12 {
		e.topic = append(e.topic, strings.ToLower(name(r, 3)))
	}
	return e
}

// article writes article i of the event.
func (e event) article(i int) string {
	r := rand.New(rand.NewPCG(uint64(i)+1, uint64(len(e.place))*7919+uint64(e.place[0])))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s over %s as %d %s loom in %s\n\n", e.body, pick(verbs), pick(objects), 10+r.IntN(900), pick(nouns), e.place)
	for p := range 10 {
		k := r.IntN(len(e.speakers))
		switch p % 4 {
		case 0:
			fmt.Fprintf(&b, "%s, %s, said on %s that %s %s %s %s, and that about %d,%03d people in %s would be affected by the %s %s.",
				e.speakers[k], e.roles[k], pick([]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}),
				pick([]string{"the union", "the company", "the ministry", "the regulator"}), pick(verbs), pick(objects), pick(reasons),
				1+r.IntN(40), r.IntN(1000), e.place, pick(adjectives), pick(e.topic))
		case 1:
			fmt.Fprintf(&b, "\"We will not accept %s while %s %s continue,\" %s told reporters. The %s of %s rose to %d.%d per cent, officials in %s said.",
				pick(objects), pick(adjectives), pick(nouns), e.speakers[k], pick(e.topic), pick(e.topic), 1+r.IntN(30), r.IntN(10), e.place)
		case 2:
			fmt.Fprintf(&b, "%s said the %s had %s %s %s. Its %s %s put the cost at $%d.%d million, a figure %s %s.",
				e.rival, pick(e.topic), pick(verbs), pick(objects), pick(reasons), pick(adjectives), pick(e.topic),
				10+r.IntN(900), r.IntN(10), e.body, pick([]string{"disputed", "accepted", "questioned"}))
		default:
			fmt.Fprintf(&b, "The %s %s in %s entered day %d, with %d %s reported near the %s depot and %s %s planned for %s.",
				pick(adjectives), pick(nouns), e.place, 2+r.IntN(60), 3+r.IntN(400), pick(nouns), pick(e.topic),
				pick(adjectives), pick(nouns), pick([]string{"next week", "the weekend", "the end of the month"}))
		}
		if p%3 == 0 {
			fmt.Fprintf(&b, " According to %s, the %s %s %s %s.", e.speakers[(k+1)%len(e.speakers)], pick(e.topic), pick(verbs), pick(objects), pick(reasons))
		} else {
			fmt.Fprintf(&b, " Residents of %s described %s %s and %s near the %s, and the %s of the %s was %s again.", e.place,
				pick(adjectives), pick(nouns), pick(nouns), pick(e.topic), pick(e.topic), pick(e.topic), pick([]string{"delayed", "raised", "cut", "reviewed"}))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// parsed is article i of the event, read as a text page published on
// day 1 of the event plus i minutes.
func (e event) parsed(i int) (summarize.Article, error) {
	a, err := summarize.ParseArticle([]byte(e.article(i)), extract.Text, fmt.Sprintf("%s-%d.txt", strings.ToLower(e.place), i), "")
	if err != nil {
		return a, err
	}
	a.Published = time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)
	return a, nil
}
