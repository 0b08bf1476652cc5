package metrics

import (
	"context"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// QueueStats is the state of the work queue at one moment.
type QueueStats struct {
	// Depth is the number of jobs waiting or being worked on.
	Depth int64
	// OldestAge is how long the oldest of them has waited (0: none).
	OldestAge time.Duration
	// Retries is the number of retries the queue reports.
	Retries int64
	// Dead is the number of jobs given up on (dead letters).
	Dead int64
}

// QueueStatsFunc reads the queue's state; the work queue's Stats method,
// adapted, is one.
type QueueStatsFunc func(ctx context.Context) (QueueStats, error)

// QueueTimeout bounds one read of the queue's state during a scrape.
const QueueTimeout = 2 * time.Second

// QueueCollector is a prometheus.Collector that reads the work queue's
// state at each scrape:
//
//	storybot_queue_jobs                     gauge
//	storybot_queue_oldest_job_age_seconds   gauge
//	storybot_queue_retries                  gauge
//	storybot_queue_dead_letters             gauge
//	storybot_queue_stats_up                 gauge (1: read at this scrape; 0: the values are the last read)
//
// When the state cannot be read (Redis down) the scrape still succeeds:
// the series keep their last values (zero at first) and
// storybot_queue_stats_up is 0, so an alert sees the failure.
type QueueCollector struct {
	stats QueueStatsFunc

	mu   sync.Mutex
	last QueueStats

	depth, age, retries, dead, up *prometheus.Desc
}

var _ prometheus.Collector = (*QueueCollector)(nil)

// NewQueueCollector returns the collector of the queue whose state stats
// reads; register it with the registry of New.
func NewQueueCollector(stats QueueStatsFunc) *QueueCollector {
	return &QueueCollector{
		stats:   stats,
		depth:   prometheus.NewDesc("storybot_queue_jobs", "Jobs in the work queue, waiting or being worked on.", nil, nil),
		age:     prometheus.NewDesc("storybot_queue_oldest_job_age_seconds", "How long the oldest job in the work queue has waited.", nil, nil),
		retries: prometheus.NewDesc("storybot_queue_retries", "Retries of jobs in the work queue, as the queue reports them.", nil, nil),
		dead:    prometheus.NewDesc("storybot_queue_dead_letters", "Jobs the work queue gave up on (dead letters).", nil, nil),
		up:      prometheus.NewDesc("storybot_queue_stats_up", "1 when the work queue's state was read at this scrape, 0 when the other storybot_queue_ series are the last read.", nil, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *QueueCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.depth, c.age, c.retries, c.dead, c.up} {
		ch <- d
	}
}

// Collect implements prometheus.Collector: it reads the queue's state,
// within QueueTimeout.
func (c *QueueCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), QueueTimeout)
	defer cancel()
	st, err := c.stats(ctx)
	c.mu.Lock()
	if err == nil {
		c.last = st
	} else {
		st = c.last
	}
	c.mu.Unlock()
	up := 1.0
	if err != nil {
		up = 0
	}
	ch <- prometheus.MustNewConstMetric(c.depth, prometheus.GaugeValue, float64(st.Depth))
	ch <- prometheus.MustNewConstMetric(c.age, prometheus.GaugeValue, st.OldestAge.Seconds())
	ch <- prometheus.MustNewConstMetric(c.retries, prometheus.GaugeValue, float64(st.Retries))
	ch <- prometheus.MustNewConstMetric(c.dead, prometheus.GaugeValue, float64(st.Dead))
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, up)
}
