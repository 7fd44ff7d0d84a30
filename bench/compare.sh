#!/usr/bin/env bash
# A/B of two builds on the same machine at the same time: the packaged service at another commit
# (A) against this working tree's (B), each with -Xmx256m, the cache off and an embedded database
# of its own holding the seed and BENCH_YEARS regency years (514 regencies x 4 categories x 48
# weeks each, written by bench/regional_year.py and imported through the CSV import, each import
# timed, the side that goes first alternating by year). Then, read by read, a
# warm-up of each and BENCH_ROUNDS rounds of wrk -t2 -c8 for BENCH_DURATION seconds, A and B in
# turn, so that the machine's drift hits both alike; the report is one line per run and B/A of
# the medians. On these shared 2-core machines single runs swing by a third: compare medians.
#
# Usage: bench/compare.sh <commit>          e.g. bench/compare.sh 4dc2182 > ab.md   (about 12 minutes)
# Environment: BENCH_YEARS=10, BENCH_ROUNDS=3, BENCH_DURATION=10, BENCH_SKIP_BUILD=1 (reuse
#              target/quarkus-app for B; A is always built, in a git worktree under the temp dir),
#              BENCH_READS=<regex> (only the reads whose path matches, e.g. 'asOf|format=json')
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: bench/compare.sh <commit to compare with>" >&2; exit 2; }
commit=$(git rev-parse --short "$1^{commit}")
years=${BENCH_YEARS:-10}
rounds=${BENCH_ROUNDS:-3}
duration=${BENCH_DURATION:-10}
reads=('/api/v1/statistics/service-users/by-region?year=2030&level=province'
       '/api/v1/statistics/service-users/by-region?year=2030&level=regency&parent=32'
       '/api/v1/statistics/facilitated-workers?year=2021'
       '/api/v1/statistics/facilitated-workers?year=2021&format=json'
       '/api/v1/reports/performance?year=2030&asOf=@ASOF@')

log() { printf '[compare %s] %s\n' "$(date +%T)" "$*" >&2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/karirhub-compare.XXXXXX")
cleanup() {
    # The services are not this shell's children (each started in a subshell), so `wait` cannot
    # wait for them: poll until they are gone, and remove A's build only then (a JVM whose jars
    # vanish while it stops may never finish stopping).
    local file pid
    for file in "$work"/pid-*; do [ -f "$file" ] && kill "$(cat "$file")" 2>/dev/null || true; done
    for file in "$work"/pid-*; do
        [ -f "$file" ] || continue
        pid=$(cat "$file")
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    done
    git worktree remove --force "$work/a" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

command -v wrk > /dev/null || apt-get install -y wrk >&2 || { apt-get update >&2 && apt-get install -y wrk >&2; }
log "building A ($commit) in a worktree"
git worktree add -q --detach "$work/a" "$commit"
(cd "$work/a" && ./mvnw -q -B -ntp -DskipTests package >&2)
if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    log "building B (this working tree)"
    ./mvnw -q -B -ntp -DskipTests package >&2
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start() { # name app-dir -> prints the HTTP port once the service is ready
    local port; port=$(free_port)
    java -Xmx256m -Dquarkus.http.port="$port" -Dquarkus.management.port=0 -Dkarirhub.embedded-db.data-dir="$work/pg-$1" \
         -Dkarirhub.embedded-db.port="$(free_port)" -Dkarirhub.cache.enabled=false \
         -Dmp.jwt.verify.publickey.location=dev/jwt/public-key.pem -Dmp.jwt.verify.issuer=https://karirhub-stats.dev.local \
         -jar "$2/quarkus-run.jar" > "$work/service-$1.log" 2>&1 &
    echo $! > "$work/pid-$1"   # this function runs in a subshell: the pid goes through a file
    for _ in $(seq 1 240); do
        curl -sf -o /dev/null "localhost:$port/q/health/ready" && { echo "$port"; return 0; }
        sleep 0.5
    done
    log "service $1 did not become ready; its log ends:"; tail -n 20 "$work/service-$1.log" >&2; exit 1
}
# one after the other: two embedded databases starting at once can miss a start-up deadline
port_a=$(start a "$work/a/target/quarkus-app")
port_b=$(start b target/quarkus-app)

curl -sf "localhost:$port_b/api/v1/regions?level=regency&date=2030-06-30" > "$work/regencies.json"
token=$(java dev/MintDevToken.java data-officer bench 120)
for year in $(seq 2030 $((2029 + years))); do
    python3 bench/regional_year.py "$work/regencies.json" "$year" "$work/year.csv"
    # the side that imports first alternates, so that neither always meets the other's autovacuum
    if [ $((year % 2)) = 0 ]; then order="a b"; else order="b a"; fi
    for name in $order; do
        port=$port_a; [ "$name" = b ] && port=$port_b
        out=$(curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
            -H 'Content-Type: text/csv' --data-binary @"$work/year.csv" "localhost:$port/api/v1/imports")
        [ "${out% *}" = 200 ] || { log "import of $year into $name answered ${out% *}: $(head -c 300 "$work/answer.json")"; exit 1; }
        echo "${out#* }" >> "$work/import-$name.txt"
    done
    if [ -z "${asof:-}" ]; then   # the report as of a moment replays the audit trail after it
        sleep 1; asof=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ); sleep 1
    fi
    log "imported $year into both"
done
for name in a b; do
    url=$(grep -o 'EMBEDDED PostgreSQL (jdbc:postgresql://[^)]*' "$work/service-$name.log" | head -1 \
        | sed 's#.*jdbc:postgresql://#postgresql://postgres@#')
    [ -n "$url" ] && command -v psql > /dev/null && psql -q "$url" -c 'VACUUM (ANALYZE)' >&2 || true
done

measure() { # port path -> "req/s p50 p99"
    wrk -t2 -c8 -d"${duration}s" --latency "http://127.0.0.1:$1$2" | awk '
        function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
        /Requests\/sec/ {rps=$2} $1=="50%" {p50=ms($2)} $1=="99%" {p99=ms($2)}
        END {printf "%.0f %.1f %.1f", rps, p50, p99}'
}
median() { tr ' ' '\n' | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

echo "## A/B: $commit (A) against $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' with uncommitted changes') (B)"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, -Xmx256m, cache off, regency years loaded in each: $years;"
echo "wrk -t2 -c8, ${duration} s per run, A and B in turn after a warm-up of each; rounds: $rounds."
echo
echo "| read | A req/s (p50, p99 ms) | B req/s (p50, p99 ms) | B/A of the medians |"
echo "|---|---|---|---:|"
for path in "${reads[@]}"; do
    [[ "$path" =~ ${BENCH_READS:-.} ]] || continue
    path=${path/@ASOF@/$asof}
    measure "$port_a" "$path" > /dev/null
    measure "$port_b" "$path" > /dev/null
    a_runs=(); b_runs=(); a_text=(); b_text=()
    for _ in $(seq 1 "$rounds"); do
        read -r rps p50 p99 <<< "$(measure "$port_a" "$path")"; a_runs+=("$rps"); a_text+=("$rps ($p50, $p99)")
        read -r rps p50 p99 <<< "$(measure "$port_b" "$path")"; b_runs+=("$rps"); b_text+=("$rps ($p50, $p99)")
    done
    a_median=$(echo "${a_runs[*]}" | median); b_median=$(echo "${b_runs[*]}" | median)
    ratio=$(python3 -c "import sys; print('%.2f' % (float(sys.argv[2]) / float(sys.argv[1])))" "$a_median" "$b_median")
    (IFS=';'; echo "| \`${path#/api/v1/statistics/}\` | ${a_text[*]} | ${b_text[*]} | $ratio |") | sed 's/;/; /g'
done
echo
a_import=$(median < "$work/import-a.txt"); b_import=$(median < "$work/import-b.txt")
echo "Import of a regency year (98,688 rows in one CSV), seconds of each year: A $(paste -sd' ' "$work/import-a.txt");"
echo "B $(paste -sd' ' "$work/import-b.txt"). Medians $a_import s and $b_import s: B/A of rows/s" \
     "$(python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$a_import" "$b_import")."
echo
for name in a b; do
    echo "RSS of $name after the run: $(awk '/VmRSS/ {printf "%d MiB", $2/1024}' "/proc/$(cat "$work/pid-$name")/status")"
done
