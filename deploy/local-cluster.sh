#!/usr/bin/env bash
# Three packaged instances of karirhub-stats on one PostgreSQL behind nginx, on this machine.
#
#   deploy/local-cluster.sh up      start them and keep them running until Ctrl-C
#   deploy/local-cluster.sh bench   start them, measure, check, print a report, stop everything
#
# Instance 1 starts the embedded PostgreSQL (data under target/local-cluster/pg); instances 2
# and 3 use it too, as they would an external server. nginx (Debian's nginx-light, installed
# when missing) runs as an ordinary child process with its own configuration under
# target/local-cluster/, on free ports, forwarding only to 127.0.0.1. Two balancer ports:
# one in front of all three instances, one in front of instance 1 alone (for the 1-vs-3
# throughput comparison). Idempotent requests (GET, HEAD, PUT, DELETE) that fail on an
# instance are retried on the next one (proxy_next_upstream); POST is never retried.
#
# bench, in one run (about 4 minutes, bounded in time and count):
#   1. read throughput through the balancer with 1 and with 3 instances (wrk, cached reads);
#      on 2 shared cores the point is coherence and survival, not speed-up;
#   2. mixed read/write load (wrk + deploy/mixed-load.lua) for CLUSTER_MIXED_SECONDS while
#      deploy/visibility_check.py writes through the balancer and checks that every later read,
#      whichever instance answers, shows the write within 1 s; half-way through, instance 3 is
#      killed (SIGKILL) and the balancer's answers must keep succeeding;
#   3. resident memory (peak RSS) of each instance, which sizes the Kubernetes requests/limits;
#   4. every log line of the instances is one JSON object (they run with KARIRHUB_LOG_JSON=true).
# Exits non-zero when a check fails.
#
# Environment: CLUSTER_SKIP_BUILD=1 (reuse target/quarkus-app), CLUSTER_READ_SECONDS=10,
# CLUSTER_MIXED_SECONDS=20, CLUSTER_CONNECTIONS=32, CLUSTER_WARMUP_SECONDS=15 (per instance).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-bench}
case $mode in up | bench) ;; *) echo "usage: $0 [up|bench]" >&2; exit 2 ;; esac
read_seconds=${CLUSTER_READ_SECONDS:-10}
mixed_seconds=${CLUSTER_MIXED_SECONDS:-20}
connections=${CLUSTER_CONNECTIONS:-32}
work=target/local-cluster
jar=target/quarkus-app/quarkus-run.jar
read_path='/api/v1/statistics/facilitated-workers?year=2021'

say() { echo "== $*" >&2; }
die() { echo "FAILED: $*" >&2; exit 1; }

pids=()          # every process this script started, stopped by id on exit
nginx_pid=""
cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    [ -n "$nginx_pid" ] && kill -TERM "$nginx_pid" 2>/dev/null
    # Instances 3 and 2 first, then 1, which holds the embedded PostgreSQL.
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill -TERM "${pids[$i]}" 2>/dev/null
        for _ in $(seq 1 150); do kill -0 "${pids[$i]}" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "${pids[$i]}" 2>/dev/null
    done
    wait 2>/dev/null
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Tools -----------------------------------------------------------------------------------
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
need_package() {   # command package
    command -v "$1" > /dev/null && return 0
    say "$1 is missing: installing Debian's $2"
    if [ "$apt_updated" = 0 ]; then as_root apt-get update -q >&2 || true; apt_updated=1; fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >&2 || die "could not install $2"
}
need_package nginx nginx-light
[ "$mode" = bench ] && need_package wrk wrk
for tool in java curl python3; do command -v "$tool" > /dev/null || die "$tool is needed"; done
nginx_bin=$(command -v nginx)

# --- Build -----------------------------------------------------------------------------------
if [ "${CLUSTER_SKIP_BUILD:-0}" = 1 ]; then
    [ -f "$jar" ] || die "CLUSTER_SKIP_BUILD=1 but $jar is missing"
else
    say "building the packaged service"
    ./mvnw -q -B -ntp package -DskipTests >&2 || die "the build failed"
fi

# --- Instances -------------------------------------------------------------------------------
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
rm -rf "$work" && mkdir -p "$work/nginx"
db_port=$(free_port)
ports=()
for i in 1 2 3; do ports+=("$(free_port)"); done
lb_port=$(free_port)
lb1_port=$(free_port)

# Trusts the development key, so the bench can write with a token from dev/MintDevToken.java.
# Never on a server. The links the instances publish are built on the balancer's address.
start_instance() {   # number, then extra -D options
    local n=$1; shift
    KARIRHUB_LOG_JSON=true KARIRHUB_SATUDATA_PUBLIC_URL="http://127.0.0.1:$lb_port" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION=dev/jwt/public-key.pem MP_JWT_VERIFY_ISSUER=https://karirhub-stats.dev.local \
        java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="${ports[$((n - 1))]}" -Dquarkus.management.port=0 "$@" \
        -jar "$jar" > "$work/instance-$n.log" 2>&1 &
    pids+=("$!")
}
wait_ready() {   # number
    local n=$1 pid=${pids[$(($1 - 1))]}
    for _ in $(seq 1 240); do
        kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work/instance-$n.log" >&2; die "instance $n exited while starting"; }
        curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:${ports[$((n - 1))]}/q/health/ready" && return 0
        sleep 0.5
    done
    die "instance $n was not ready within 120 s (see $work/instance-$n.log)"
}

say "instance 1 on :${ports[0]} with the embedded PostgreSQL on :$db_port"
start_instance 1 -Dkarirhub.embedded-db.data-dir="$work/pg" -Dkarirhub.embedded-db.port="$db_port"
wait_ready 1
say "instances 2 and 3 on :${ports[1]} and :${ports[2]}, on instance 1's database"
for n in 2 3; do
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$db_port/postgres" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD= start_instance "$n"
done
wait_ready 2
wait_ready 3

# --- nginx -----------------------------------------------------------------------------------
conf="$PWD/$work/nginx/nginx.conf"
cat > "$conf" <<EOF
daemon off;
worker_processes 1;
pid $PWD/$work/nginx/nginx.pid;
error_log $PWD/$work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $PWD/$work/nginx/body;
    proxy_temp_path $PWD/$work/nginx/proxy;
    fastcgi_temp_path $PWD/$work/nginx/fastcgi;
    uwsgi_temp_path $PWD/$work/nginx/uwsgi;
    scgi_temp_path $PWD/$work/nginx/scgi;
    client_max_body_size 10m;

    upstream karirhub_all {
        server 127.0.0.1:${ports[0]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${ports[2]} max_fails=1 fail_timeout=10s;
        keepalive 64;
    }
    upstream karirhub_one {
        server 127.0.0.1:${ports[0]};
        keepalive 64;
    }
    # A failed connection, a reset or a 502/503/504 from an instance: the next instance answers
    # an idempotent request (nginx never retries POST unless told to).
    proxy_next_upstream error timeout http_502 http_503 http_504;
    proxy_next_upstream_tries 3;
    proxy_connect_timeout 1s;
    proxy_read_timeout 30s;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$host;
    proxy_set_header X-Forwarded-For \$remote_addr;

    server {
        listen 127.0.0.1:$lb_port;
        location / {
            proxy_pass http://karirhub_all;
            add_header X-Upstream \$upstream_addr always;
        }
    }
    server {
        listen 127.0.0.1:$lb1_port;
        location / { proxy_pass http://karirhub_one; }
    }
}
EOF
"$nginx_bin" -t -c "$conf" -p "$PWD/$work/nginx" 2> "$work/nginx/test.log" || { cat "$work/nginx/test.log" >&2; die "nginx refused its configuration"; }
"$nginx_bin" -c "$conf" -p "$PWD/$work/nginx" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$lb_port/q/health/ready" && break; sleep 0.2; done
curl -sf -o /dev/null "http://127.0.0.1:$lb_port/q/health/ready" || die "nginx does not answer on :$lb_port"

if [ "$mode" = up ]; then
    say "balancer: http://127.0.0.1:$lb_port (instances :${ports[0]} :${ports[1]} :${ports[2]}); logs in $work. Ctrl-C stops everything."
    wait "$nginx_pid"
    exit 0
fi

# --- 1. Read throughput, 1 vs 3 instances ------------------------------------------------------
wrk_rate() { awk '$1 == "Requests/sec:" { print $2 }' "$1"; }
wrk_errors() { awk '/Non-2xx or 3xx responses:/ { e += $NF } /Socket errors:/ { gsub(/,/, ""); e += $4 + $6 + $8 + $10 } END { print e + 0 }' "$1"; }
# Warm every instance's cache and JIT, each directly, then through the balancer. On shared,
# busy cores a fresh JVM needs tens of seconds of load before its compiled code settles; with
# less, the 3-instance case measures three cold JITs against one warm one.
for port in "${ports[@]}"; do wrk -t2 -c"$connections" -d"${CLUSTER_WARMUP_SECONDS:-15}s" "http://127.0.0.1:$port$read_path" > /dev/null; done
wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$lb_port$read_path" > /dev/null
declare -A rate
for round in 1 2 3; do   # alternate, so drift on the shared cores hits both cases
    for case in one all; do
        port=$lb1_port; [ "$case" = all ] && port=$lb_port
        wrk -t2 -c"$connections" -d"${read_seconds}s" --timeout 10s "http://127.0.0.1:$port$read_path" > "$work/wrk-read-$case-$round.txt"
        rate[$case]+="$(wrk_rate "$work/wrk-read-$case-$round.txt") "
        say "read throughput, $case, round $round: $(wrk_rate "$work/wrk-read-$case-$round.txt") req/s, $(wrk_errors "$work/wrk-read-$case-$round.txt") errors"
    done
done
best() { printf '%s\n' $1 | sort -g | tail -n 1; }

# --- 2. Mixed load, visibility through the balancer, one instance killed -------------------------
token=$(java dev/MintDevToken.java data-officer cluster-bench 30)
say "mixed load for ${mixed_seconds}s; instance 3 is killed after $((mixed_seconds / 2))s"
KARIRHUB_TOKEN=$token wrk -t2 -c"$connections" -d"${mixed_seconds}s" --timeout 10s -s deploy/mixed-load.lua \
    "http://127.0.0.1:$lb_port" > "$work/wrk-mixed.txt" &
load_pid=$!
python3 deploy/visibility_check.py --port "$lb_port" --token "$token" --seconds "$((mixed_seconds - 2))" > "$work/visibility.json" &
check_pid=$!
sleep "$((mixed_seconds / 2))"
rss_before_kill=$(awk '/VmHWM/ { print $2 }' "/proc/${pids[2]}/status")
kill -KILL "${pids[2]}"
killed_at=$(date -u +%H:%M:%S)
say "killed instance 3 (pid ${pids[2]}) at $killed_at"
wait "$load_pid" || die "wrk failed during the mixed load"
wait "$check_pid" || die "the visibility check failed to run"
wait "${pids[2]}" 2>/dev/null || true

# --- 3. Memory -------------------------------------------------------------------------------
rss() { awk -v what="$2" '$1 == what ":" { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# --- 4. JSON logs ----------------------------------------------------------------------------
json_lines=$(python3 - "$work"/instance-*.log <<'EOF'
import json, sys
good = bad = 0
for name in sys.argv[1:]:
    for line in open(name, encoding="utf-8", errors="replace"):
        if not line.strip():
            continue
        try:
            good += isinstance(json.loads(line), dict)
        except ValueError:
            bad += 1
print(good, bad)
EOF
)

# --- Report ----------------------------------------------------------------------------------
read -r json_good json_bad <<< "$json_lines"
mixed_rate=$(wrk_rate "$work/wrk-mixed.txt")
mixed_requests=$(awk '/requests in/ { print $1 }' "$work/wrk-mixed.txt")
mixed_errors=$(wrk_errors "$work/wrk-mixed.txt")
visibility=$(cat "$work/visibility.json")
field() { python3 -c 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$visibility" "$1"; }
one=$(best "${rate[one]}")
all=$(best "${rate[all]}")

echo "## Local cluster: 3 instances behind nginx"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores" \
     "shared by the instances, PostgreSQL, nginx and the load generators."
echo
echo "| measurement | value |"
echo "|---|---|"
echo "| cached reads through nginx, 1 instance (best of 3 x ${read_seconds} s, wrk -t2 -c$connections) | $(printf '%.0f' "$one") req/s |"
echo "| cached reads through nginx, 3 instances | $(printf '%.0f' "$all") req/s ($(awk -v a="$all" -v b="$one" 'BEGIN { printf "%.2f", a / b }') x) |"
echo "| mixed load, ${mixed_seconds} s, 1 write in 50, instance 3 killed half-way | $mixed_requests requests, $(printf '%.0f' "$mixed_rate") req/s, **$mixed_errors failed** |"
echo "| write-then-read rounds through nginx | $(field rounds) rounds, $(field reads) reads, $(field staleReads) stale, **$(field staleReadsAfterBound) stale after 1 s** |"
echo "| visibility latency (last stale read after the PUT returned) | median $(field medianVisibilityMs) ms, max $(field maxVisibilityMs) ms |"
echo "| errors seen by the write/read checker | $(field errors) $(field firstErrors) |"
echo "| reads per instance (X-Upstream) | $(field readsPerUpstream) |"
echo "| peak RSS (VmHWM) instance 1 (with its embedded PostgreSQL as child processes, not counted) / 2 / 3 | $(rss "${pids[0]}" VmHWM) / $(rss "${pids[1]}" VmHWM) / $((rss_before_kill / 1024)) MiB |"
echo "| log lines that are one JSON object / not | $json_good / $json_bad |"
echo
echo "On 2 cores the instances compete for the same CPU as nginx and wrk, so 3 instances are"
echo "not faster than 1: the point shown is that the caches stay coherent across instances and"
echo "that the balancer keeps answering when an instance dies."

failed=0
[ "$mixed_errors" = 0 ] || { echo "FAILED: $mixed_errors requests failed through the balancer" >&2; failed=1; }
[ "$(field staleReadsAfterBound)" = 0 ] || { echo "FAILED: reads later than 1 s after a write did not show it" >&2; failed=1; }
[ "$(field errors)" = 0 ] || { echo "FAILED: the write/read checker saw errors" >&2; failed=1; }
[ "$(field rounds)" -gt 0 ] || { echo "FAILED: no write/read round ran" >&2; failed=1; }
[ "$json_bad" = 0 ] && [ "$json_good" -gt 0 ] || { echo "FAILED: log lines that are not JSON" >&2; failed=1; }
exit "$failed"
