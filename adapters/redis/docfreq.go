package redis

import (
	"context"
	"fmt"
	"hash/fnv"
	"strconv"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/summarize/group"
)

// The document frequencies of a workspace's grouping terms (how many of
// its articles carry each) are spread over dfBuckets small hashes by a
// hash of the term, sb:{W}:df:B, with the count of articles in
// sb:{W}:dfn. A hash of up to Redis's hash-max-listpack-entries fields
// (128 by default) is stored as one packed list, about 20 bytes a term
// where one hash of every term takes about 60: about 500 bytes an article
// on a workspace of the eval set's 54 articles rather than 2.3 KB. Up to
// about 8,000 terms (dfBuckets * 128) every bucket stays packed; beyond,
// a bucket costs what the one hash did. Fewer buckets cost less on a
// small workspace (each key costs about a hundred bytes), more stay
// packed longer: 32 and 128 measured within 3% of 64 in all on the eval
// set.
//
// The embedded server keeps its data in Go maps, where packing saves
// nothing, and passes over all its keys at each command a script sends:
// a store on it keeps one bucket.
//
// A change adds its counts in its transaction (dfAddSource), reading them
// there: additions commute, so the counts need no WATCH. Counts of a workspace
// written before, in the one hash sb:{W}:df (field "*docs" the articles),
// are read and added in; that hash is no longer written.
const dfBuckets = 64

// dfDocs is the field of the old hash of document frequencies that
// counted the articles (no grouping term holds a "*").
const dfDocs = "*docs"

// dfBucket returns the key of the hash holding term's count.
func (s *Store) dfBucket(ws, term string) string {
	h := fnv.New32a()
	h.Write([]byte(term))
	return wsPrefix(ws) + "df:" + strconv.FormatUint(uint64(h.Sum32()%s.dfBuckets), 16)
}

// dfAddSource is a script that adds to the counts of terms and of
// articles, and drops a term whose count comes to nothing: one HMGET and
// one HSET a bucket.
//
//	KEYS: the articles' count, then the buckets
//	ARGV: the change of the articles' count, then for each bucket how many
//	      of the terms it holds, then each term and its change
const dfAddSource = `
if tonumber(ARGV[1]) ~= 0 then redis.call('INCRBY', KEYS[1], ARGV[1]) end
local a = 2
for j = 2, #KEYS do
  local n = tonumber(ARGV[a])
  for s = 1, n, 1000 do
    local e = math.min(s + 999, n)
    local chunk = {}
    for k = s, e do chunk[#chunk + 1] = ARGV[a + 2 * k - 1] end
    local vs = redis.call('HMGET', KEYS[j], unpack(chunk))
    local set, del = {}, {}
    for k = s, e do
      local t = ARGV[a + 2 * k - 1]
      local v = tonumber(vs[k - s + 1] or '0') + tonumber(ARGV[a + 2 * k])
      if v == 0 then del[#del + 1] = t else set[#set + 1] = t; set[#set + 1] = v end
    end
    if #set > 0 then redis.call('HSET', KEYS[j], unpack(set)) end
    if #del > 0 then redis.call('HDEL', KEYS[j], unpack(del)) end
  end
  a = a + 2 * n + 1
end
return 0
`

// dfReadScript reads the counts of terms and of articles, each the sum of
// its count in the buckets and in the old hash, when that exists: one
// HMGET a bucket, and a few for the old hash.
//
//	KEYS: the old hash, the articles' count, then the buckets
//	ARGV: for each bucket, how many of the terms it holds, then those terms
//
// It returns the articles' count, then each term's, in the order given.
var dfReadScript = goredis.NewScript(`
local function hmget(key, list, out, at)
  for s = 1, #list, 1000 do
    local chunk = {}
    for k = s, math.min(s + 999, #list) do chunk[#chunk + 1] = list[k] end
    local vs = redis.call('HMGET', key, unpack(chunk))
    for k = 1, #chunk do out[at + s + k - 1] = (out[at + s + k - 1] or 0) + tonumber(vs[k] or '0') end
  end
end
local out = {tonumber(redis.call('GET', KEYS[2]) or '0')}
local all = {}
local a = 1
for j = 3, #KEYS do
  local n = tonumber(ARGV[a])
  local terms = {}
  for k = 1, n do terms[k] = ARGV[a + k]; all[#all + 1] = ARGV[a + k] end
  hmget(KEYS[j], terms, out, #out)
  a = a + n + 1
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  out[1] = out[1] + tonumber(redis.call('HGET', KEYS[1], '*docs') or '0')
  hmget(KEYS[1], all, out, 1)
end
return out
`)

// byBucket sorts terms by the bucket holding their counts: the buckets,
// in the order first met, and the terms of each.
func (s *Store) byBucket(ws string, terms []string) ([]string, map[string][]string) {
	groups := map[string][]string{}
	var buckets []string
	for _, t := range terms {
		b := s.dfBucket(ws, t)
		if _, ok := groups[b]; !ok {
			buckets = append(buckets, b)
		}
		groups[b] = append(groups[b], t)
	}
	return buckets, groups
}

// addDocFreq queues the command that adds df's counts to the workspace's.
func (s *Store) addDocFreq(ctx context.Context, pipe goredis.Pipeliner, ws string, df group.DF) {
	var terms []string
	for t, n := range df.Count {
		if n != 0 {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 && df.N == 0 {
		return
	}
	buckets, groups := s.byBucket(ws, terms)
	keys := append(make([]string, 0, len(buckets)+1), keyDFDocs(ws))
	args := append(make([]any, 0, 2*len(terms)+len(buckets)+1), df.N)
	for _, b := range buckets {
		keys = append(keys, b)
		args = append(args, len(groups[b]))
		for _, t := range groups[b] {
			args = append(args, t, df.Count[t])
		}
	}
	// Eval, not EvalSha: inside MULTI a script the server does not hold
	// yet would fail the transaction rather than be sent again.
	pipe.Eval(ctx, dfAddSource, keys, args...)
}

// DocFreq implements bot.Store: one script call.
func (s *Store) DocFreq(ctx context.Context, ws string, terms []string) (group.DF, error) {
	buckets, groups := s.byBucket(ws, terms)
	keys := append(make([]string, 0, len(buckets)+2), keyDF(ws), keyDFDocs(ws))
	args := make([]any, 0, len(terms)+len(buckets))
	order := make([]string, 0, len(terms)) // the terms in the order answered
	for _, b := range buckets {
		keys = append(keys, b)
		args = append(args, len(groups[b]))
		for _, t := range groups[b] {
			args = append(args, t)
			order = append(order, t)
		}
	}
	vals, err := dfReadScript.Run(ctx, s.rdb, keys, args...).Int64Slice()
	if err != nil {
		return group.DF{}, fmt.Errorf("redis: document frequencies: %w", err)
	}
	if len(vals) != len(order)+1 {
		return group.DF{}, fmt.Errorf("redis: document frequencies: %d answers for %d terms", len(vals), len(order))
	}
	df := group.DF{N: int(max(vals[0], 0)), Count: make(map[string]int, len(terms))}
	for i, t := range order {
		if n := vals[i+1]; n > 0 {
			df.Count[t] = int(n)
		}
	}
	return df, nil
}
