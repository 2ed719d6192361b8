-- wrk script for every scenario of bench/run.sh:
--   wrk ... -s bench/scenarios/claimdesk.lua http://127.0.0.1:PORT -- SCENARIO CLAIMS SOURCES ACTORS [VALUE]
-- Ids are drawn at random from the loaded data: claim n is uid(1, n), source n uid(2, n), actor n uid(3, n),
-- the same function as bench_data.uid in bench/load/1-prepare.sql. VALUE is the scenario's constant: the query of a
-- search, the cursor of the deep page, the bearer token of the review.

local scenario, claims, sources, actors, value
local thread_index = 0

local function uid(kind, n)
  return string.format("%d-%04d-4000-8000-%d", 10000000 + math.fmod(n * 2654435761, 90000000), kind,
    100000000000 + n)
end

local function urlencode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- Every twentieth claim is DISMISSED and refuses reviews; the review scenario takes the one before it.
local function reviewable(n)
  if n % 20 == 0 then return n - 1 end
  return n
end

local paths = {
  ["by-id"] = function() return "/api/v1/claims/" .. uid(1, math.random(claims)) end,
  ["first-page"] = function() return "/api/v1/claims?limit=50" end,
  ["deep-page"] = function() return "/api/v1/claims?limit=50&cursor=" .. value end,
  ["status-verdict"] = function() return "/api/v1/claims?status=REVIEWED&verdict=FALSE&limit=50" end,
  ["speaker"] = function() return "/api/v1/claims?speakerId=" .. uid(3, math.random(math.min(actors, 1000))) .. "&limit=50" end,
  ["tag"] = function() return "/api/v1/claims?tag=" .. urlencode(value) .. "&limit=50" end,
  ["source-filter"] = function() return "/api/v1/claims?sourceId=" .. uid(2, math.random(sources)) .. "&limit=50" end,
  ["source-claims"] = function() return "/api/v1/sources/" .. uid(2, math.random(sources)) .. "/claims?limit=50" end,
  ["search-broad"] = function() return "/api/v1/claims?q=" .. urlencode(value) .. "&limit=50" end,
  ["search-rare"] = function() return "/api/v1/claims?q=" .. urlencode(value) .. "&limit=50" end,
  ["search-phrase"] = function() return "/api/v1/claims?q=" .. urlencode(value) .. "&limit=50" end,
  ["similar"] = function() return "/api/v1/claims/" .. uid(1, math.random(claims)) .. "/similar" end,
  ["review"] = function() return "/api/v1/claims/" .. uid(1, reviewable(math.random(claims))) .. "/reviews" end,
}

local review_body = '{"verdict": "MOSTLY_FALSE", "attribution": "CONFIRMED", "rationale": '
  .. '"The figure is higher than every independent estimate; officials later gave a lower count."}'

function setup(thread)
  thread_index = thread_index + 1
  thread:set("seed", thread_index)
end

function init(args)
  scenario, claims, sources, actors, value = args[1], tonumber(args[2]), tonumber(args[3]), tonumber(args[4]), args[5]
  if not paths[scenario] then
    error("unknown scenario " .. tostring(scenario))
  end
  math.randomseed(os.time() * 100 + (seed or 0))
end

function request()
  local path = paths[scenario]()
  if scenario == "review" then
    return wrk.format("POST", path, {["Authorization"] = "Bearer " .. value, ["Content-Type"] = "application/json"},
      review_body)
  end
  return wrk.format("GET", path)
end

-- One line for bench/run.sh: duration (us), requests, socket errors (connect, read, write, timeout),
-- non-2xx/3xx answers, p50 and p99 latency (ms).
function done(summary, latency, requests)
  io.write(string.format("BENCH-RESULT %d %d %d %d %d %d %d %.3f %.3f\n", summary.duration, summary.requests,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
