package redis

import goredis "github.com/redis/go-redis/v9"

// findScript finds the story that best matches a query's terms, and
// returns a field of it in the same round trip. A story's score is the
// sum over the terms it carries of its weight for the term times the
// term's rarity, log(1 + stories / stories with the term).
//
// Candidates come from the rare terms (at most perTerm stories carry
// each) and their scores are made exact with ZSCORE. A common term adds
// its best stories as candidates only when a story that carries none of
// the rare terms could still come close to the best candidate: the bound
// on such a story's score is the sum of the common terms' top weights
// times their rarity. So a query of a rare word and a common one costs a
// few calls however many stories carry the common word.
//
//	KEYS: the term sets..., the workspace's stories set
//	ARGV: story key prefix, need (terms a story must carry), close (a
//	      runner-up within close of the best makes it ambiguous), perTerm,
//	      field to return ("" for none), max candidates
//
// It returns {0} when no story carries need terms; {1, id, value} for one
// clear match; {2, id, id, ...} for an ambiguous one, best first.
var findScript = goredis.NewScript(`
local nterms = #KEYS - 1
local total = redis.call('ZCARD', KEYS[#KEYS])
local prefix, need, close = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local perTerm, field, maxc = tonumber(ARGV[4]), ARGV[5], tonumber(ARGV[6])
local terms = {}
for i = 1, nterms do
  local df = redis.call('ZCARD', KEYS[i])
  if df > 0 then terms[#terms + 1] = {key = KEYS[i], df = df, idf = math.log(1 + total / df)} end
end
table.sort(terms, function(a, b) return a.df < b.df end)
local cands, seen = {}, {}
local function add(t)
  for _, id in ipairs(redis.call('ZREVRANGE', t.key, 0, perTerm - 1)) do
    if not seen[id] then seen[id] = true; cands[#cands + 1] = id end
  end
  t.added = true
end
local function score()
  local scored = {}
  for _, id in ipairs(cands) do
    local s, hits = 0, 0
    for _, t in ipairs(terms) do
      local w = redis.call('ZSCORE', t.key, id)
      if w then s = s + tonumber(w) * t.idf; hits = hits + 1 end
    end
    if hits >= need then scored[#scored + 1] = {id, s} end
  end
  table.sort(scored, function(a, b)
    if a[2] ~= b[2] then return a[2] > b[2] end
    return a[1] < b[1]
  end)
  return scored
end
for _, t in ipairs(terms) do
  if t.df <= perTerm then add(t) end
end
local scored = score()
-- The best a story outside the candidates can score, and how many
-- terms it can carry: only the common terms not added.
local bound, left = 0, 0
for _, t in ipairs(terms) do
  if not t.added then
    local top = redis.call('ZREVRANGE', t.key, 0, 0, 'WITHSCORES')
    bound = bound + tonumber(top[2]) * t.idf
    left = left + 1
  end
end
if left >= need and left > 0 and (#scored == 0 or bound >= close * scored[1][2]) then
  for _, t in ipairs(terms) do
    if not t.added then add(t) end
  end
  scored = score()
end
if #scored == 0 then return {0} end
local n = 1
while n < #scored and n < maxc and scored[n + 1][2] >= close * scored[1][2] do n = n + 1 end
if n == 1 then
  local v = false
  if field ~= '' then v = redis.call('HGET', prefix .. scored[1][1], field) end
  return {1, scored[1][1], v}
end
local out = {2}
for i = 1, n do out[#out + 1] = scored[i][1] end
return out
`)
