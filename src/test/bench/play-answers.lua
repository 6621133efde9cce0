-- wrk: each request answers the current question of a different prepared attempt (an attempt takes one answer).
-- args: <lines file> <wrk threads>
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  lines = {}
  local threads = tonumber(args[2])
  local i = 0
  for line in io.lines(args[1]) do
    if i % threads == id then
      local attempt, cookie, body = line:match("([^\t]+)\t([^\t]+)\t(.+)")
      table.insert(lines, wrk.format("POST", "/api/play/attempts/" .. attempt .. "/responses",
        { ["Content-Type"] = "application/json", ["Accept"] = "application/json", ["Cookie"] = "cq-learner=" .. cookie },
        body))
    end
    i = i + 1
  end
  index = 0
end

function request()
  index = index + 1
  if index > #lines then
    exhausted = true
    index = 1 -- past the end every answer is a repeat (409): the run must be shorter than the prepared attempts
  end
  return lines[index]
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT answers: %.0f req/s, p50 %.1f ms, p99 %.1f ms, non-2xx %d, errors %d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
