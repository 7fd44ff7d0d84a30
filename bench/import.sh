#!/usr/bin/env bash
# Import benchmark (issue 3): starts the packaged service with a 256 MB heap on a fresh
# embedded database, then imports
#   1. a CSV with every weekly key of every category for 2000-2099 (19,200 rows),
#   2. the same file again (all unchanged),
#   3. a ~10 MB file with the same keys, new counts and a long notes column,
#   4. a realistic regional year: the 514 regencies valid in 2024 x 4 categories x 48 weeks
#      (98,688 rows, Kode Wilayah column), each regency well below its national week count,
#   5. the same regional file again (all unchanged),
#   6. a file of 50,000 bad rows (refused with 422; the answer lists the first 1,000),
# and prints seconds, rows per second and the service's peak resident memory.
# Usage: bench/import.sh            (builds target/quarkus-app if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"; wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx256m -Dquarkus.http.port="$port" -Dquarkus.management.port=0 -Dkarirhub.embedded-db.data-dir="$work/pg" \
     -Dmp.jwt.verify.publickey.location=dev/jwt/public-key.pem -Dmp.jwt.verify.issuer=https://karirhub-stats.dev.local \
     -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    curl -sf "localhost:$port/q/health/ready" >/dev/null && break
    sleep 0.5
done
token=$(java dev/MintDevToken.java data-officer bench 30)

# The migration stored 2021 month totals for employers and training; weekly keys cannot sit
# beside them, so remove them first, as an officer switching those months to weekly would.
for category in EMPLOYER PBK_TRAINING PRAKERJA_TRAINING; do
    for month in $(seq 1 12); do
        curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $token" "localhost:$port/api/v1/counts/$category/2021/$month"
    done
done

# 19,200 rows: 4 categories x 100 years x 12 months x 4 reporting weeks.
awk 'BEGIN { print "category,year,month,week,count";
             split("JOB_SEEKER EMPLOYER PBK_TRAINING PRAKERJA_TRAINING", c, " ");
             for (y = 2000; y <= 2099; y++) for (m = 1; m <= 12; m++) for (w = 1; w <= 4; w++) for (i = 1; i <= 4; i++)
                 print c[i] "," y "," m "," w "," (y * 7 + m * 13 + w * 17 + i) % 100000 }' > "$work/all-weeks.csv"
# The same keys with other counts and a ~520-byte notes column: about 10 MB.
awk -v pad="$(printf '%0500d' 0 | tr 0 x)" 'NR == 1 { print $0 ",catatan"; next }
     { split($0, f, ","); print f[1] "," f[2] "," f[3] "," f[4] "," (f[5] + 1) ",\"" pad "\"" }' \
     "$work/all-weeks.csv" > "$work/ten-mb.csv"

import() {
    local name=$1 file=$2 rows
    rows=$(($(wc -l < "$file") - 1))
    local out
    out=$(curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
        -H 'Content-Type: text/csv' --data-binary @"$file" "localhost:$port/api/v1/imports")
    local status=${out% *} seconds=${out#* }
    printf '%-28s %6s rows  %8s bytes  HTTP %s  %6.2f s  %8.0f rows/s  answer %s bytes  %s\n' "$name" "$rows" \
        "$(wc -c < "$file")" "$status" "$seconds" "$(echo "$rows / $seconds" | bc -l)" "$(wc -c < "$work/answer.json")" \
        "$(head -c 120 "$work/answer.json")"
}

echo "== karirhub-stats import benchmark ($(nproc) cores, service heap -Xmx256m)"
import "19,200 weekly keys" "$work/all-weeks.csv"
import "same file again" "$work/all-weeks.csv"
import "10 MB file (all updated)" "$work/ten-mb.csv"
# 98,688 rows: the regencies of 2024 x 4 categories x 12 months x 4 weeks, codes written 3273 as
# analysts do. A regency counts 0-19 a week, so 514 of them stay below every national week of
# 2024 loaded above (at least 14,199): a breakdown may not exceed its parent.
curl -sf "localhost:$port/api/v1/regions?level=regency&date=2024-06-30" \
    | python3 -c 'import json, sys; print("\n".join(r["code"].replace(".", "") for r in json.load(sys.stdin)))' \
    > "$work/regencies.txt"
awk 'BEGIN { print "category,year,month,week,Kode Wilayah,count"; split("JOB_SEEKER EMPLOYER PBK_TRAINING PRAKERJA_TRAINING", c, " ") }
     { r[NR] = $1 }
     END { for (m = 1; m <= 12; m++) for (w = 1; w <= 4; w++) for (i = 1; i <= 4; i++) for (n = 1; n <= NR; n++)
               print c[i] ",2024," m "," w "," r[n] "," (r[n] * 7 + m * 13 + w * 17 + i) % 20 }' \
    "$work/regencies.txt" > "$work/regional-year.csv"
import "regional year ($(wc -l < "$work/regencies.txt") regencies)" "$work/regional-year.csv"
import "same regional file again" "$work/regional-year.csv"
awk 'BEGIN { print "category,year,month,week,count"; for (i = 0; i < 50000; i++) print "JOB_SEEKER,2030,1,1,not-a-number" }' \
    > "$work/bad-rows.csv"
import "50,000 bad rows (422)" "$work/bad-rows.csv"
echo "service peak resident memory: $(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
echo "service heap now: $(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total/ {print; exit}')"
grep -q OutOfMemoryError "$work/service.log" && echo "OutOfMemoryError in the service log" || echo "no OutOfMemoryError"
