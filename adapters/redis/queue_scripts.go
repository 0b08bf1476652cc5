package redis

import goredis "github.com/redis/go-redis/v9"

// The queue's scripts. Each names keys of one shard only (one hash slot),
// so each runs whole or not at all, on Redis and on a cluster alike.

// queueEnqueueScript adds a job to a shard unless its workspace has limit
// jobs queued already, and counts it.
//
//	KEYS: jobs stream, queued hash (workspace → jobs queued)
//	ARGV: workspace, job JSON, limit (negative: none)
//
// It returns {entry ID, jobs of the workspace queued}, or {"", jobs
// queued} when it refused the job.
var queueEnqueueScript = goredis.NewScript(`
local n = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
local limit = tonumber(ARGV[3])
if limit >= 0 and n >= limit then return {'', n} end
local id = redis.call('XADD', KEYS[1], '*', 'job', ARGV[2])
redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
return {id, n + 1}
`)

// queueBeginScript records that a consumer begins to handle an entry, and
// counts the deaths of its earlier handlers: an entry still marked as
// begun was being handled by a consumer that never settled it and
// stopped keeping it alive.
//
//	KEYS: started hash (entry ID → consumer), crashes hash (entry ID → deaths)
//	ARGV: entry ID, consumer
//
// It returns the deaths counted so far.
var queueBeginScript = goredis.NewScript(`
local c = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then
  c = c + 1
  redis.call('HSET', KEYS[2], ARGV[1], c)
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return c
`)

// queueHeartbeatScript resets the idle time of an entry its consumer is
// handling, so that no other consumer claims it; an entry another
// consumer has claimed meanwhile is left to it.
//
//	KEYS: jobs stream
//	ARGV: group, consumer, entry ID
//
// It returns 1, or 0 when the consumer no longer holds the entry.
var queueHeartbeatScript = goredis.NewScript(`
local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[3], ARGV[3], 1, ARGV[2])
if #p == 0 then return 0 end
redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'JUSTID')
return 1
`)

// queueSettleScript ends an entry's delivery: it acknowledges and deletes
// the entry, forgets its handling, and by mode:
//
//	done:  the job is done; the workspace has one job fewer queued.
//	dead:  the job goes to the dead-letter stream (capped) with its error;
//	       one job fewer queued.
//	retry: the job waits in the delayed set until its time (a score in
//	       Unix ms); still queued.
//	back:  the job is queued again at the end of the stream as a new
//	       entry, which keeps the deaths counted; still queued.
//
// An entry no longer pending (another consumer settled it) is left
// alone, so nothing is counted twice.
//
//	KEYS: jobs stream, queued hash, started hash, crashes hash,
//	      dead-letter stream, delayed set
//	ARGV: group, entry ID, workspace ("" when unknown), mode, job JSON,
//	      error (dead) or due time (retry), dead-letter cap
//
// It returns 0 when the entry was not pending, the new entry's ID for
// back, and 1 otherwise.
var queueSettleScript = goredis.NewScript(`
local group, id, ws, mode, job = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
if redis.call('XACK', KEYS[1], group, id) == 0 then return 0 end
redis.call('XDEL', KEYS[1], id)
redis.call('HDEL', KEYS[3], id)
local crashes = redis.call('HGET', KEYS[4], id)
redis.call('HDEL', KEYS[4], id)
local out = 1
if mode == 'dead' then
  redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[7], '*', 'job', job, 'error', ARGV[6], 'id', id)
elseif mode == 'retry' then
  redis.call('ZADD', KEYS[6], ARGV[6], id .. ' ' .. job)
elseif mode == 'back' then
  out = redis.call('XADD', KEYS[1], '*', 'job', job)
  if crashes then redis.call('HSET', KEYS[4], out, crashes) end
end
if (mode == 'done' or mode == 'dead') and ws ~= '' then
  if redis.call('HINCRBY', KEYS[2], ws, -1) <= 0 then redis.call('HDEL', KEYS[2], ws) end
end
return out
`)

// queuePromoteScript moves the retries that are due from the delayed set
// to the end of the stream.
//
//	KEYS: delayed set, jobs stream
//	ARGV: now (Unix ms), most to move
//
// It returns how many it moved.
var queuePromoteScript = goredis.NewScript(`
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
for _, m in ipairs(due) do
  local sp = string.find(m, ' ', 1, true)
  redis.call('XADD', KEYS[2], '*', 'job', string.sub(m, sp + 1))
  redis.call('ZREM', KEYS[1], m)
end
return #due
`)
