#!/usr/bin/env bash
# Parts of counts at scale (issue 22): starts the packaged service with -Xmx256m and the cache off
# on a fresh embedded database, measures the national 2021 read on the seed, then imports a year of
# regencies by sex and education for each of the eight measures of the two registers (registered,
# placed or filled, removed, remaining; issue 22's "about a million cells"), one CSV per measure
# through the import (514 regencies x 12 months x (2 sexes x 11 education levels + the whole) =
# 141,864 rows each, 1,134,912 in all, 1,043,328 of them parts; each part a deterministic number,
# each whole their sum plus some unallocated; the stocks as month totals), after a warm-up import
# of one month of the first measure in the year before (as every read is measured after a warm-up:
# the JVM compiles the import's code during the first one; reported apart), then the same file of
# the first measure again (all unchanged), and measures, uncached (wrk -t2 -c8, BENCH_DURATION s
# after a BENCH_WARMUP s warm-up): a regency's breakdown by sex and education, a regency's
# breakdown by sex (summed over education), its CSV, the register balance of a regency and of the
# nation, the education mismatch of a regency, a province's breakdown by sex, the nation's by sex
# and education, and the provinces' women (the last three from the regions' sums of parts the writer
# keeps, table part_sum), and the national 2021 read again. Prints a Markdown report; RSS at the end.
#
# Usage: bench/parts.sh > parts.md    (builds target/quarkus-app if it is missing; about 14 minutes)
# Environment: BENCH_DURATION=10, BENCH_WARMUP=10, BENCH_ROUNDS=3 (national read before and after),
#              BENCH_READ_ROUNDS=3 (rounds of each read after one warm-up; the report gives their medians)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-10}
rounds=${BENCH_ROUNDS:-3}
read_rounds=${BENCH_READ_ROUNDS:-3}
year=2030

work=$(mktemp -d "${TMPDIR:-/tmp}/karirhub-parts.XXXXXX")
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"; wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
log() { printf '[parts %s] %s\n' "$(date +%T)" "$*" >&2; }

command -v wrk > /dev/null || apt-get install -y wrk >&2 || { apt-get update >&2 && apt-get install -y wrk >&2; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B -ntp package -DskipTests >&2

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx256m -Dquarkus.http.port="$port" -Dquarkus.management.port=0 -Dkarirhub.embedded-db.data-dir="$work/pg" \
     -Dkarirhub.cache.enabled=false \
     -Dmp.jwt.verify.publickey.location=dev/jwt/public-key.pem -Dmp.jwt.verify.issuer=https://karirhub-stats.dev.local \
     -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
    curl -sf "localhost:$port/q/health/ready" > /dev/null && break
    sleep 0.5
done
base="http://127.0.0.1:$port"
token=$(java dev/MintDevToken.java data-officer bench 60)

measure() { # path [warm] -> "req/s p50 p99"; a warm-up first unless told it is warm
    [ "${2:-}" = warm ] || wrk -t2 -c8 -d"${warmup}s" "$base$1" > /dev/null
    wrk -t2 -c8 -d"${duration}s" --latency "$base$1" | awk '
        function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
        /Requests\/sec/ {rps=$2} $1=="50%" {p50=ms($2)} $1=="99%" {p99=ms($2)}
        END {printf "%.0f %.1f %.1f", rps, p50, p99}'
}
national=/api/v1/statistics/facilitated-workers?year=2021

echo "## Parts of counts at scale"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), $(nproc) cores, -Xmx256m, cache off;"
echo "wrk -t2 -c8, ${duration} s after a ${warmup} s warm-up; every read a cache miss."
echo
log "national 2021 on the seed"
before=()
for _ in $(seq 1 "$rounds"); do before+=("$(measure "$national")"); done

curl -sf "$base/api/v1/regions?level=regency&date=$year-06-30" > "$work/regencies.json"
measures="JOB_SEEKER JOB_SEEKER_PLACED JOB_SEEKER_REMOVED JOB_SEEKERS_REMAINING VACANCY VACANCY_FILLED VACANCY_REMOVED VACANCIES_REMAINING"
python3 - "$work" "$year" "$measures" <<'PY'
import json, sys
work, year = sys.argv[1], int(sys.argv[2])
MEASURES = sys.argv[3].split()
codes = [r["code"].replace(".", "") for r in json.load(open(work + "/regencies.json"))]
sexes = ["Laki-laki", "Perempuan"]
levels = ["Tidak/belum tamat SD", "SD", "SLTP", "SMA", "SMK", "D1", "D2", "D3", "S1", "S2", "S3"]
def rows(category, k, year, months):
    for month in months:
        for i, code in enumerate(codes):
            total = 0
            for s, sex in enumerate(sexes):
                for e, level in enumerate(levels):
                    n = (year * 7 + month * 13 + i * 31 + s * 17 + e * 11 + k) % 100
                    total += n
                    yield "%s,%d,%d,%s,%s,%s,%d\n" % (category, year, month, code, sex, level, n)
            yield "%s,%d,%d,%s,Jumlah,Jumlah,%d\n" % (category, year, month, code, total + i % 7)
header = "Kategori,Tahun,Bulan,Kode Wilayah,Jenis Kelamin,Pendidikan,Jumlah\n"
with open("%s/warm-up.csv" % work, "w") as out:
    out.write(header)
    out.writelines(rows(MEASURES[0], 0, year - 1, [1]))
for k, category in enumerate(MEASURES):
    with open("%s/%s.csv" % (work, category), "w") as out:
        out.write(header)
        out.writelines(rows(category, k, year, range(1, 13)))
PY

import_file() { # file -> "rows seconds status"
    local rows out
    rows=$(($(wc -l < "$1") - 1))
    out=$(curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
        -H 'Content-Type: text/csv' --data-binary @"$1" "$base/api/v1/imports")
    [ "${out% *}" = 200 ] || { log "import of $1 answered ${out% *}: $(head -c 300 "$work/answer.json")"; exit 1; }
    echo "$rows ${out#* }"
}

echo "| import | rows | seconds | rows/s |"
echo "|---|---:|---:|---:|"
log "warm-up import"
read -r rows seconds <<< "$(import_file "$work/warm-up.csv")"
printf '| warm-up: %s %d, January only (not counted) | %d | %.2f | %.0f |\n' "${measures%% *}" "$((year - 1))" "$rows" "$seconds" \
    "$(echo "$rows / $seconds" | bc -l)"
total_rows=0
for category in $measures; do
    log "importing $category"
    read -r rows seconds <<< "$(import_file "$work/$category.csv")"
    total_rows=$((total_rows + rows))
    printf '| %s %d by regency, sex and education | %d | %.2f | %.0f |\n' "$category" "$year" "$rows" "$seconds" \
        "$(echo "$rows / $seconds" | bc -l)"
done
read -r rows seconds <<< "$(import_file "$work/JOB_SEEKER.csv")"
printf '| JOB_SEEKER again (all unchanged) | %d | %.2f | %.0f |\n' "$rows" "$seconds" "$(echo "$rows / $seconds" | bc -l)"
url=$(grep -o 'EMBEDDED PostgreSQL (jdbc:postgresql://[^)]*' "$work/service.log" | head -1 | sed 's#.*jdbc:postgresql://#postgresql://postgres@#')
if [ -n "$url" ] && command -v psql > /dev/null; then
    psql -q "$url" -c 'VACUUM (ANALYZE)' >&2
    echo
    echo "Stored: $(psql -tA "$url" -c 'SELECT count(*) FROM count_breakdown') parts, $(psql -tA "$url" -c \
        'SELECT count(*) FROM reported_count') counts, $(psql -tA "$url" -c 'SELECT count(*) FROM audit_entry') audit entries."
fi

echo
echo "| read (uncached; medians of $read_rounds rounds) | req/s | p50 ms | p99 ms | p99 of each round |"
echo "|---|---:|---:|---:|---|"
for path in "/api/v1/statistics/breakdown?measure=JOB_SEEKER&year=$year&month=6&region=32.73&by=sex,education" \
            "/api/v1/statistics/breakdown?measure=VACANCY&year=$year&region=32.73&by=sex" \
            "/api/v1/statistics/breakdown?measure=JOB_SEEKER&year=$year&month=6&region=32.73&by=education&format=csv" \
            "/api/v1/statistics/register-balance?registerId=job-seekers&year=$year&region=32.73" \
            "/api/v1/statistics/register-balance?registerId=vacancies&year=$year" \
            "/api/v1/statistics/education-mismatch?year=$year&month=6&region=32.73" \
            "/api/v1/statistics/breakdown?measure=JOB_SEEKER&year=$year&month=6&region=32&by=sex" \
            "/api/v1/statistics/breakdown?measure=JOB_SEEKER&year=$year&month=6&by=sex,education" \
            "/api/v1/statistics/facilitated-workers/by-region?year=$year&month=6&sex=P"; do
    log "measuring $path"
    runs=()
    runs=("$(measure "$path")")
    for _ in $(seq 2 "$read_rounds"); do runs+=("$(measure "$path" warm)"); done
    # the median of each column: a single 10 s p99 on this shared machine can be one stall of the machine
    middle() { printf '%s\n' "${runs[@]}" | awk -v c="$1" '{print $c}' | sort -n | sed -n "$(( (read_rounds + 1) / 2 ))p"; }
    echo "| \`${path#/api/v1/statistics/}\` | $(middle 1) | $(middle 2) | $(middle 3) | $(printf '%s\n' "${runs[@]}" | awk '{print $3}' | paste -sd' ' | sed 's/ /, /g') |"
done
log "national 2021 with the parts loaded"
after=()
for _ in $(seq 1 "$rounds"); do after+=("$(measure "$national")"); done
echo
echo "National 2021 (\`$national\`), req/s p50 p99 of each round: on the seed $(IFS=';'; echo "${before[*]}");"
echo "with the parts loaded $(IFS=';'; echo "${after[*]}")."
python3 - "$(printf '%s\n' "${before[@]}" | awk '{print $3}' | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")" \
         "$(printf '%s\n' "${after[@]}" | awk '{print $3}' | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")" <<'PY'
import sys
before, after = float(sys.argv[1]), float(sys.argv[2])
print("Median p99 %.1f ms on the seed, %.1f ms loaded: %.2f x (target: within 1.5 x)." % (before, after, after / before))
PY
echo
echo "RSS after the run: $(awk '/VmRSS/ {printf "%d MiB", $2/1024}' /proc/$pid/status) (target < 512 MiB)."
