#!/usr/bin/env bash
# By-region benchmark (issues 9 and 10): starts the packaged service on a fresh embedded database
# with the answer cache disabled, loads 10 realistic years of regional counts (514 regencies x 4
# categories x 48 reporting weeks = 98,688 rows a year, 2030-2039, no national counts, so the
# national figure is the sum of the provinces), then measures the uncached
#   GET /api/v1/statistics/service-users/by-region?year=2035&level=province
# with wrk: requests per second, p50 and p99. Target: p99 <= 100 ms on these 2 cores.
#
# The counts are loaded through POST /api/v1/counts/batch in items of 10,000 (the batch limit),
# which keeps the regional sums as every write does; the load time is reported, not judged
# (bench/import.sh measures the import path).
#
# Usage: bench/by-region.sh          (builds target/quarkus-app if it is missing)
# Environment: BENCH_DURATION=20 (seconds of the measured run), BENCH_CONNECTIONS=8,
#              BENCH_THREADS=2, BENCH_YEARS=10, BENCH_PATH (another by-region request to measure),
#              BENCH_DATA_DIR (keep the database there; a second run on it skips the load)
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${BENCH_DURATION:-20}
connections=${BENCH_CONNECTIONS:-8}
threads=${BENCH_THREADS:-2}
years=${BENCH_YEARS:-10}
path=${BENCH_PATH:-/api/v1/statistics/service-users/by-region?year=2035&level=province}

work=$(mktemp -d)
data=${BENCH_DATA_DIR:-$work/pg}
loaded=false
[ -f "$data/PG_VERSION" ] && loaded=true
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"; wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

command -v wrk > /dev/null || apt-get install -y wrk >&2 || { apt-get update >&2 && apt-get install -y wrk >&2; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx512m -Dquarkus.http.port="$port" -Dkarirhub.embedded-db.data-dir="$data" -Dkarirhub.cache.enabled=false \
     -Dmp.jwt.verify.publickey.location=dev/jwt/public-key.pem -Dmp.jwt.verify.issuer=https://karirhub-stats.dev.local \
     -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    curl -sf "localhost:$port/q/health/ready" >/dev/null && break
    sleep 0.5
done
token=$(java dev/MintDevToken.java data-officer bench 120)

echo "== karirhub-stats by-region benchmark ($(nproc) cores, cache disabled)"
if [ "$loaded" = true ]; then
    echo "reusing the counts loaded in $data"
else
curl -sf "localhost:$port/api/v1/regions?level=regency&date=2030-06-30" > "$work/regencies.json"
# Batches of 10,000 items: every regency's 4 categories x 48 weeks of a year, in order.
python3 - "$work" "$years" <<'PY'
import json, sys
work, years = sys.argv[1], int(sys.argv[2])
codes = [r["code"] for r in json.load(open(work + "/regencies.json"))]
assert len(codes) == 514, len(codes)
items, batch = [], 0
def flush():
    global items, batch
    if items:
        json.dump(items, open("%s/batch-%04d.json" % (work, batch), "w"))
        batch += 1
        items = []
for year in range(2030, 2030 + years):
    for category in ("JOB_SEEKER", "EMPLOYER", "PBK_TRAINING", "PRAKERJA_TRAINING"):
        for month in range(1, 13):
            for week in range(1, 5):
                for i, code in enumerate(codes):
                    items.append({"category": category, "year": year, "month": month, "week": week, "region": code,
                                  "count": (year * 7 + month * 13 + week * 17 + i * 31) % 1000})
                    if len(items) == 10000:
                        flush()
flush()
PY
rows=0
start=$(date +%s.%N)
for file in "$work"/batch-*.json; do
    status=$(curl -s -o "$work/answer.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' --data-binary @"$file" "localhost:$port/api/v1/counts/batch")
    [ "$status" = 200 ] || { echo "batch $file answered $status: $(head -c 300 "$work/answer.json")"; exit 1; }
    rows=$((rows + $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$file")))
done
end=$(date +%s.%N)
printf 'loaded %d regional rows (%d years) in %.1f s: %.0f rows/s\n' "$rows" "$years" "$(echo "$end - $start" | bc -l)" \
    "$(echo "$rows / ($end - $start)" | bc -l)"
fi

url="http://127.0.0.1:$port$path"
curl -sf "$url" | python3 -c 'import json,sys; a=json.load(sys.stdin); print("answer: %d rows, total %s, unallocated %s, complete %s" % (len(a["rows"]), a["total"], a["unallocated"], a["complete"]))'
for _ in $(seq 1 3); do
    t=$(curl -s -o /dev/null -w '%{time_total}' "$url")
    echo "one request alone: ${t} s"
done
wrk -t"$threads" -c"$connections" -d5s "$url" > /dev/null   # warm-up, not recorded
echo "wrk -t$threads -c$connections -d${duration}s $path"
wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$url" | tee "$work/wrk.txt" \
    | grep -E 'Requests/sec|^ +(50|75|90|99)%|Non-2xx|Socket errors'
echo "service peak resident memory: $(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
