// Package redis keeps storybot's stories, follows and feeds in Redis: it
// implements bot.Store on go-redis's UniversalClient, so one Redis, a
// Sentinel set-up or a Redis Cluster all work, and it runs the embedded
// Redis-protocol server (miniredis) for laptops and demos without Redis.
//
// Placements of a workspace (an ingest's first step, a merge, a move)
// take turns under its placement lease (sb:{W}:lease, lease.go); a
// story's refreshes, one at a time, under its refresh lease
// (sb:{W}:refresh:S). A change of stories (an ingest, a merge, a
// move, a forget) is written inside WATCH/MULTI on the keys of the
// stories it touches and its articles' keys (change.go): a crash or a
// lost connection never leaves half of it, a holder whose lease ran out
// cannot overwrite what the next one wrote, and one article ingested
// twice at once is stored once (the loser gets bot.ErrConflict and tries
// again on fresh state). A refresh writes a story's digest apart
// (SaveDigest, refresh.go), under WATCH of the story's hash: only while
// the story's version is the one the digest was computed for, taking the
// story off the stale set in the same transaction. Article bodies and their
// analysis are stored deflated: the analysis repeats sentences of the text,
// which deflate stores once. A story's digest, brief and first-seen times
// are deflated JSON too, after a first byte that marks them (encode.go;
// values stored as plain JSON before still read), and an article's
// grouping features are its terms and their counts, deflated.
//
// What is written is encoded with encoding/json; what is read on a hot
// path (the brief digest latest shows, the articles and features an
// ingest loads) is decoded with goccy/go-json, which reads the same JSON
// several times faster: a digest decodes in a fraction of a Redis round
// trip.
//
// # Keys
//
// Every key of a workspace W carries the hash tag {W}, so a
// workspace lives in one Redis Cluster slot and one ingest (story, its
// articles, the workspace indexes) is one MULTI transaction even on a
// cluster; many workspaces spread over the shards.
//
//	sb:{W}:story:S            hash   title, fixed, version, dversion (the version the
//	                                 digest is of; none: version), created, updated
//	                                 (unix ms), count, digest, brief (the digest cut for
//	                                 latest), seen (first-seen times; these three
//	                                 deflated JSON), terms (JSON)
//	sb:{W}:story:S:articles   hash   article ID -> article (deflated JSON: text,
//	                                 metadata, attribution, figures)
//	sb:{W}:story:S:features   hash   article ID -> grouping features (terms and counts,
//	                                 deflated; encodeFeatures)
//	sb:{W}:stories            zset   story ID, scored by last update (unix ms)
//	sb:{W}:article:A          string the story holding the article of content ID A
//	                                 (dedupe; one key per article so that an ingest
//	                                 can WATCH it)
//	sb:{W}:urls               hash   canonical URL -> story ID and article ID
//	sb:{W}:term:T             zset   story ID, scored by the weight of term T
//	                                 (search index: titles, speakers, parties, places)
//	sb:{W}:lease              string the placement lease: the token of the ingest (or
//	                                 repair) under way, SET NX PX, renewed while held
//	sb:{W}:stale              set    the stories placed since their last refresh (their
//	                                 dversion behind their version; refresh.go)
//	sb:{W}:refresh:S          string story S's refresh lease: the token of the refresh
//	                                 under way, SET NX PX, renewed while held
//	sb:{W}:moved              hash   story ID merged away -> the story it went into
//	sb:{W}:df:B               hash   grouping term -> how many of the workspace's articles
//	                                 carry it, for the terms of bucket B (FNV-1a of the
//	                                 term mod 64, hex; docfreq.go)
//	sb:{W}:dfn                string how many articles the workspace's counts hold
//	sb:{W}:df                 hash   the counts as written before the buckets (field
//	                                 *docs the articles): read and added in, never written
//	sb:{W}:follows            hash   channel NUL story ID -> follow (JSON)
//	sb:{W}:feeds              hash   feed URL -> feed (JSON)
//	sb:{W}:feedstate          hash   feed URL -> polling state (JSON bot.FeedState)
//	sb:{W}:feedseen:H         zset   entry key (GUID or link) of a feed's entries, scored
//	                                 by when the feed last listed it (unix ms); H is the
//	                                 SHA-1 of the feed URL, first 12 hex digits; pruned
//	                                 after 90 days and to 10,000, expires when unused
//	sb:{W}:once:K             string set once with a TTL: K was seen (chat events)
//	sb:{W}:rate:U:T           string the commands of user U in the minute starting at T
//	                                 (unix s); expires after two minutes
//	sb:{W}:tick:C:S:T         string tick T (unix s, UTC) of channel C's follow of story S:
//	                                 "claimed" (SET NX PX lease), then "sent:MSGID"
//	sb:{W}:lasttick           hash   follow -> the tick of its last digest (unix ms)
//	sb:workspaces             set    the workspaces that exist
//	sb:{qN}:jobs              stream shard N of the work queue, N < Shards (queue.go): field job
//	                                 = a bot.Job (JSON); consumer group ingest; a job goes to
//	                                 shard fnv32a(workspace) % Shards; handled jobs are deleted
//	sb:{qN}:dead              stream shard N's dead-letter jobs: fields job, error, id (the
//	                                 job's entry ID in sb:{qN}:jobs); capped near 10,000
//	sb:{qN}:delayed           zset   retries waiting for their time: "entryID job-JSON",
//	                                 scored by when they are due (unix ms)
//	sb:{qN}:queued            hash   workspace -> its jobs queued (waiting, under way or
//	                                 delayed): the per-workspace back-pressure count
//	sb:{qN}:started           hash   entry ID -> the consumer that began handling it
//	sb:{qN}:crashes           hash   entry ID -> times its handling ended with its worker gone
//
// Key names are built by the functions of keys.go (the queue's by
// Queue.key); the Lua scripts are in scripts.go and queue_scripts.go.
package redis
