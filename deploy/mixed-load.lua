-- wrk script for deploy/local-cluster.sh: mixed load through the balancer. Most requests read
-- (cached statistics, series, counts); one in KARIRHUB_WRITE_EVERY writes a week count with the
-- token in KARIRHUB_TOKEN, so caches on every instance are invalidated while the reads go on.
local token = os.getenv("KARIRHUB_TOKEN")
local year = os.getenv("KARIRHUB_LOAD_YEAR") or "2098"
local write_every = tonumber(os.getenv("KARIRHUB_WRITE_EVERY") or "50")
local reads = {
  "/api/v1/statistics/facilitated-workers?year=2021",
  "/api/v1/statistics/service-users?year=2021",
  "/api/v1/series?indicator=SERVICE_USERS&from=2021&interval=quarter",
  "/api/v1/counts?category=JOB_SEEKER&year=" .. year,
}
local write_headers = { ["Authorization"] = "Bearer " .. (token or ""), ["Content-Type"] = "application/json" }
local n = 0

request = function()
  n = n + 1
  if n % write_every == 0 then
    local k = math.floor(n / write_every)
    local month = k % 12 + 1
    local week = math.floor(k / 12) % 4 + 1
    local path = string.format("/api/v1/counts/EMPLOYER/%s/%d/weeks/%d", year, month, week)
    return wrk.format("PUT", path, write_headers, string.format('{"count":%d}', n))
  end
  return wrk.format("GET", reads[n % #reads + 1])
end
