#!/usr/bin/env bash
# Scale benchmark (issue 13): how the costs grow as regional years pile up. Starts the packaged
# service with a 256 MB heap and the answer cache disabled on a fresh embedded database, measures
# the reads once on the seed alone, then imports realistic regional years (514 regencies x the 4
# service-user categories x 48 reporting weeks = 98,688 rows each, 2030 on, one CSV file a year,
# each through POST /api/v1/imports) and measures again after 1, 3 and 10 years. Finally one year
# is imported again with other counts (98,688 updates), so the audit trail holds over a million
# entries, and everything is measured once more.
#
# Each measurement, with wrk (-t2, BENCH_CONNECTIONS connections, BENCH_DURATION seconds, after a
# BENCH_WARMUP-second warm-up of the same request: after an import the JIT has to compile the read
# path again, which a 3 s warm-up left in the p99); every request misses the cache, which is off:
#   national    GET /api/v1/statistics/facilitated-workers?year=2021     (the seed year: reads must
#               touch only the years they need; target: no more than 2x its cost on the seed alone)
#   by-region   GET /api/v1/statistics/service-users/by-region?year=2030&level=province
#               (target p99 <= 100 ms)
#   asOf        GET /api/v1/reports/performance?year=2030&asOf=<a moment after the first import>
#               (the report replayed from the audit trail; target p99 <= 500 ms)
# plus the import of each year (target >= 20,000 rows/s) and the service's resident memory after
# the load (target < 512 MiB with -Xmx256m). The national target is judged against a second
# service started beside the first on a database of its own that holds the seed alone: at the end
# the national read is measured on the loaded service and on that one in turn, BENCH_ROUNDS
# times, and the medians are compared (one measurement each at different moments of a 20-minute
# run differed more with the machine's load than with the data). Each measurement starts once PostgreSQL's autovacuum
# has finished with the tables an import grew (psql, from PostgreSQL's client, asks it).
#
# Usage: bench/scale.sh > scale.md     (builds target/quarkus-app if it is missing; the report is
#                                       markdown on stdout, progress on stderr)
# Environment: BENCH_DURATION=10, BENCH_WARMUP=10, BENCH_CONNECTIONS=8, BENCH_YEARS="1 3 10" (the milestones),
#              BENCH_ROUNDS=5
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-10}
connections=${BENCH_CONNECTIONS:-8}
milestones=${BENCH_YEARS:-1 3 10}
rounds=${BENCH_ROUNDS:-5}
last_milestone=${milestones##* }

work=$(mktemp -d)
pid=""
ref_pid=""
cleanup() {
    for p in $pid $ref_pid; do
        if kill -0 "$p" 2>/dev/null; then
            kill "$p"; wait "$p" 2>/dev/null || true
        fi
    done
    rm -rf "$work"
}
trap cleanup EXIT
log() { echo "$*" >&2; }

command -v wrk > /dev/null || apt-get install -y wrk >&2 || { apt-get update >&2 && apt-get install -y wrk >&2; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests >&2

start_service() { # name -> "port pid"; the packaged service on a fresh embedded database of its own
    local name=$1 port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    java -Xmx256m -Dquarkus.http.port="$port" -Dquarkus.management.port=0 -Dkarirhub.embedded-db.data-dir="$work/pg-$name" -Dkarirhub.cache.enabled=false \
         -Dmp.jwt.verify.publickey.location=dev/jwt/public-key.pem -Dmp.jwt.verify.issuer=https://karirhub-stats.dev.local \
         -jar target/quarkus-app/quarkus-run.jar > "$work/service-$name.log" 2>&1 &
    echo "$port $!"
}
wait_ready() {
    for _ in $(seq 1 120); do
        curl -sf "localhost:$1/q/health/ready" >/dev/null && return 0
        sleep 0.5
    done
    log "the service on port $1 did not become ready"; exit 1
}
read -r port pid <<< "$(start_service loaded)"
wait_ready "$port"
read -r ref_port ref_pid <<< "$(start_service seed)"
wait_ready "$ref_port"
token=$(java dev/MintDevToken.java data-officer bench 120)
base="http://127.0.0.1:$port"

# One CSV file per year: Kode Wilayah as analysts write it (3273), counts that differ per key.
curl -sf "$base/api/v1/regions?level=regency&date=2030-06-30" > "$work/regencies.json"
[ "$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$work/regencies.json")" = 514 ] \
    || { log "expected the 514 regencies of 2030"; exit 1; }
for year in $(seq 2030 $((2029 + last_milestone))); do
    python3 bench/regional_year.py "$work/regencies.json" "$year" "$work/year-$year.csv"
done
python3 bench/regional_year.py "$work/regencies.json" 2030 "$work/year-2030-corrected.csv" 1

import_file() { # file -> "rows seconds"
    local file=$1 out rows
    rows=$(($(wc -l < "$file") - 1))
    out=$(curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
        -H 'Content-Type: text/csv' --data-binary @"$file" "$base/api/v1/imports")
    [ "${out% *}" = 200 ] || { log "import of $file answered ${out% *}: $(head -c 300 "$work/answer.json")"; exit 1; }
    echo "$rows ${out#* }"
}

# After an import PostgreSQL's autovacuum analyses and vacuums the grown tables, up to a minute
# later and for a while; a measurement taken meanwhile would time that one-off work. So after each
# import the benchmark runs VACUUM (ANALYZE) itself (the state autovacuum reaches anyway), then
# waits until no autovacuum worker runs.
pg_url=$(grep -o 'EMBEDDED PostgreSQL (jdbc:postgresql://[^)]*' "$work/service-loaded.log" | head -1 \
    | sed 's#.*jdbc:postgresql://#postgresql://postgres@#')
settle() {
    command -v psql > /dev/null && [ -n "$pg_url" ] || return 0
    psql -q "$pg_url" -c "VACUUM (ANALYZE)" >&2 || true
    for _ in $(seq 1 120); do
        workers=$(psql -tA "$pg_url" -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'") \
            || return 0
        [ "$workers" = 0 ] && return 0
        sleep 1
    done
}

measure() { # path [base] -> "req/s p50 p99" (ms)
    local url="${2:-$base}$1"
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] || { log "$1 does not answer 200"; exit 1; }
    wrk -t2 -c"$connections" -d"${warmup}s" "$url" > /dev/null
    wrk -t2 -c"$connections" -d"${duration}s" --latency "$url" > "$work/wrk.txt"
    awk '/Requests\/sec/ {rps=$2}
         function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
         $1=="50%" {p50=ms($2)} $1=="99%" {p99=ms($2)}
         END {printf "%.0f %.1f %.1f", rps, p50, p99}' "$work/wrk.txt"
}

rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status; }
national=/api/v1/statistics/facilitated-workers?year=2021
byregion="/api/v1/statistics/service-users/by-region?year=2030&level=province"

# One line of the growth table: the three reads measured now. Leaves the by-region and asOf p99
# in b_p99 and a_p99 for the verdicts at the end.
table_row() { # years, count rows, audit entries, import
    local n_rps n_p50 n_p99 b_rps b_p50 a_rps a_p50
    read -r n_rps n_p50 n_p99 <<< "$(measure "$national")"
    read -r b_rps b_p50 b_p99 <<< "$(measure "$byregion")"
    read -r a_rps a_p50 a_p99 <<< "$(measure "/api/v1/reports/performance?year=2030&asOf=$asof")"
    echo "| $1 | $2 | $3 | $4 | $n_rps, $n_p50, $n_p99 | $b_rps, $b_p50, $b_p99 | $a_rps, $a_p50, $a_p99 | $(rss) |"
}
rate() { # rows, seconds, what -> "98688 rows in 4.04 s: 24438 rows/s"
    python3 -c "import sys; r, s = int(sys.argv[1]), float(sys.argv[2]); print('%d %s in %.2f s: %.0f rows/s' % (r, sys.argv[3], s, r / s))" \
        "$1" "$2" "$3"
}

echo "## Scale benchmark"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), $(nproc) cores, -Xmx256m, cache disabled;"
echo "wrk -t2 -c$connections, ${duration} s per measurement after a ${warmup} s warm-up; every request misses the cache."
echo
echo "| regional years | count rows | audit entries | import of the last year | national 2021: req/s, p50, p99 ms | by-region 2030: req/s, p50, p99 ms | asOf report 2030: req/s, p50, p99 ms | RSS MiB |"
echo "|---:|---:|---:|---|---|---|---|---:|"

log "measuring on the seed alone"
read -r n_rps n_p50 n_p99 <<< "$(measure "$national")"
echo "| 0 (the seed) | 168 | $(( 168 + 6 )) | | $n_rps, $n_p50, $n_p99 | | | $(rss) |"

loaded=0
rows_total=168
imports=()
asof=""
for milestone in $milestones; do
    import=""
    while [ "$loaded" -lt "$milestone" ]; do
        year=$((2030 + loaded))
        log "importing $year"
        read -r rows seconds <<< "$(import_file "$work/year-$year.csv")"
        import=$(rate "$rows" "$seconds" rows)
        imports+=("$(python3 -c "import sys; print(int(sys.argv[1]) / float(sys.argv[2]))" "$rows" "$seconds")")
        rows_total=$((rows_total + rows))
        loaded=$((loaded + 1))
        if [ -z "$asof" ]; then
            sleep 1
            asof=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
            sleep 1
        fi
    done
    log "measuring after $loaded years"
    settle
    table_row "$loaded" "$rows_total" "~$rows_total" "$import"
done

log "importing 2030 again with other counts"
read -r rows seconds <<< "$(import_file "$work/year-2030-corrected.csv")"
settle
table_row "$loaded, one corrected" "$rows_total" "~$((rows_total + rows))" "$(rate "$rows" "$seconds" updates)"
echo
log "national 2021 on the loaded service and on the seed alone, in turn, $rounds times"
: > "$work/national.txt"
for round in $(seq 1 "$rounds"); do
    echo "loaded $(measure "$national")" >> "$work/national.txt"
    echo "seed $(measure "$national" "http://127.0.0.1:$ref_port")" >> "$work/national.txt"
done
printf '%s\n' "${imports[@]}" > "$work/imports.txt"
python3 - "$work/national.txt" "$work/imports.txt" "$b_p99" "$a_p99" "$(rss)" <<'PY'
import statistics, sys
national, imports = sys.argv[1], sys.argv[2]
byregion, asof, rss = (float(v) for v in sys.argv[3:])
runs = {"loaded": [], "seed": []}
for line in open(national):
    name, rps, p50, p99 = line.split()
    runs[name].append((float(rps), float(p50), float(p99)))
def median(name, i): return statistics.median(r[i] for r in runs[name])
def spread(name, i): return "%s-%s" % (min(r[i] for r in runs[name]), max(r[i] for r in runs[name]))
rates = [float(r) for r in open(imports).read().split()]
def verdict(ok): return "PASS" if ok else "FAIL"
print("National 2021, %d rounds in turn (req/s, p50 ms, p99 ms; medians, spread):" % len(runs["loaded"]))
print()
print("| service | req/s | p50 ms | p99 ms |")
print("|---|---:|---:|---:|")
for name, label in (("seed", "seed alone"), ("loaded", "every year loaded")):
    print("| %s | %.0f (%s) | %.1f (%s) | %.1f (%s) |" % (label, median(name, 0), spread(name, 0), median(name, 1), spread(name, 1),
                                                      median(name, 2), spread(name, 2)))
print()
loaded99, seed99 = median("loaded", 2), median("seed", 2)
print("| target | measured | result |")
print("|---|---:|---|")
print("| national p99 with every year loaded <= 2x on the seed alone (medians, in turn) | %.1f ms vs %.1f ms (%.2fx) | %s |"
      % (loaded99, seed99, loaded99 / seed99, verdict(loaded99 <= 2 * seed99)))
print("| import >= 20,000 rows/s (each of %d regency years: slowest, median) | %.0f, %.0f rows/s | %s |"
      % (len(rates), min(rates), statistics.median(rates), verdict(min(rates) >= 20000)))
print("| by-region p99 <= 100 ms | %.1f ms | %s |" % (byregion, verdict(byregion <= 100)))
print("| asOf report p99 <= 500 ms | %.1f ms | %s |" % (asof, verdict(asof <= 500)))
print("| RSS after the load < 512 MiB (-Xmx256m) | %.0f MiB | %s |" % (rss, verdict(rss < 512)))
PY
echo
echo "Load before the run ended (uptime): $(uptime | sed 's/.*load average/load average/')."
