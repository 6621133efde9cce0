-- wrk: renders the question page of prepared attempts in turn, as their learners' browsers would.
-- args: <lines file>
function init(args)
  pages = {}
  for line in io.lines(args[1]) do
    local attempt, cookie = line:match("([^\t]+)\t([^\t]+)\t")
    table.insert(pages, wrk.format("GET", "/play/attempts/" .. attempt,
      { ["Accept"] = "text/html", ["Cookie"] = "cq-learner=" .. cookie }))
  end
  index = 0
end

function request()
  index = index % #pages + 1
  return pages[index]
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT question page: %.0f req/s, p50 %.1f ms, p99 %.1f ms, non-2xx %d, errors %d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
