#!/usr/bin/env bash
# Read benchmark (issue 4): how close the cached statistics come to what this HTTP server can
# do at all, and how the uncached path compares with its own SQL run bare. In one run:
#   S  GET /robots.txt, a small static file served by the same server: its HTTP ceiling here;
#   C  GET /api/v1/statistics/facilitated-workers?year=2021, answered from the cache;
#   N  the same with If-None-Match: <the ETag C answered>, answered 304 with no body;
#   X  nginx (Debian's nginx-light, its own config, a free port on 127.0.0.1) serving the exact
#      bytes C answered as a static file: what an HTTP server does with those bytes at best here;
#   U  the same as C on the service restarted with -Dkarirhub.cache.enabled=false;
#   P  pgbench replaying bench/facilitated-workers-2021.sql (the SQL behind U) against the
#      service's embedded PostgreSQL, with as many clients as wrk has connections.
# Targets on the 2-core machines: C/S >= 0.8, N/S >= 0.9, U/P >= 0.5, p99 of C <= 1.5 x p99 of S,
# C/X >= 0.9 (issue 21; 0.7 in issue 13).
#
# Absolute numbers swing by half between runs on these shared 2-core machines,
# so only the ratios mean something, and the cases that are compared run in alternation
# (S C N X S C N X ..., then U P U P ...) so that drift hits both sides of a ratio alike; each
# ratio is the ratio of the medians, with its spread: the lowest and highest ratio of the runs
# paired in that alternation (run i of one case over run i of the other).
#
# Usage: bench/run.sh > result.md     (any directory; the report is markdown on stdout,
#                                       progress and errors go to stderr)
# Environment (defaults are the issue's values):
#   BENCH_DURATION=15     seconds of each measured run
#   BENCH_RUNS=3          measured runs per case; the report gives their median
#   BENCH_CONNECTIONS=64  wrk connections, and pgbench clients
#   BENCH_THREADS=2       wrk threads, and pgbench threads (-j)
#   BENCH_WARMUP=5        seconds of one unrecorded run before each case's first (0: none)
#   BENCH_WARMUP_U=20     the same for U, on the service just restarted with the cache off: with 5 s
#                         its first run was still compiling the uncached path (U run 1 at 55-65% of
#                         runs 2 and 3 in every run of the redesign of issue 21 and before it)
#   BENCH_SKIP_BUILD=1    reuse target/quarkus-app instead of building it
# Quick trial: BENCH_DURATION=3 BENCH_RUNS=1 BENCH_SKIP_BUILD=1 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${BENCH_DURATION:-15}
runs=${BENCH_RUNS:-3}
connections=${BENCH_CONNECTIONS:-64}
threads=${BENCH_THREADS:-2}
warmup=${BENCH_WARMUP:-5}
warmup_u=${BENCH_WARMUP_U:-20}

stat_path='/api/v1/statistics/facilitated-workers?year=2021'
static_path='/robots.txt'
sql_file=bench/facilitated-workers-2021.sql
jar=target/quarkus-app/quarkus-run.jar
# pgbench writes one log line per sampled transaction; a tenth keeps its own cost on the shared
# cores negligible and still gives thousands of samples for the percentiles.
pgbench_sampling=0.1

say() { printf '[bench %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

for name in duration runs connections threads; do
    [[ ${!name} =~ ^[1-9][0-9]*$ ]] || die "BENCH_${name^^} must be a positive integer, not '${!name}'"
done
[[ $warmup =~ ^[0-9]+$ ]] || die "BENCH_WARMUP must be a whole number of seconds, not '$warmup'"
[[ $warmup_u =~ ^[0-9]+$ ]] || die "BENCH_WARMUP_U must be a whole number of seconds, not '$warmup_u'"
[ "$threads" -le "$connections" ] || die "BENCH_THREADS ($threads) cannot exceed BENCH_CONNECTIONS ($connections)"

# --- Everything this script starts, so that the EXIT trap can stop it whatever happens --------
work=$(mktemp -d "${TMPDIR:-/tmp}/karirhub-bench.XXXXXX")
service_pid=""   # the JVM; its embedded PostgreSQL stops with it on SIGTERM
nginx_pid=""     # case X's nginx, run in the foreground (daemon off) as our child
load_pid=""      # the running wrk, pgbench or Maven build

# The postmaster normally stops in the JVM's shutdown hook; if the JVM had to be killed, it
# would outlive it and keep the data directory and port, so stop it through its pid file.
stop_orphan_postgres() {
    local pidfile="$work/pg/postmaster.pid" pg
    [ -f "$pidfile" ] || return 0
    pg=$(head -n 1 "$pidfile")
    [[ $pg =~ ^[0-9]+$ ]] && kill -0 "$pg" 2>/dev/null || return 0
    # Only our own server: the pid may have been reused by an unrelated process.
    tr '\0' ' ' < "/proc/$pg/cmdline" 2>/dev/null | grep -qF "$work/pg" || return 0
    say "the embedded PostgreSQL (pid $pg) outlived its JVM: stopping it"
    kill -INT "$pg" 2>/dev/null   # PostgreSQL's fast shutdown
    for _ in $(seq 1 100); do kill -0 "$pg" 2>/dev/null || return 0; sleep 0.2; done
    kill -KILL "$pg" 2>/dev/null || true
}

stop_service() {
    [ -n "$service_pid" ] || return 0
    if kill -0 "$service_pid" 2>/dev/null; then
        # SIGTERM, not SIGKILL: Quarkus shuts down and the shutdown hook stops PostgreSQL.
        kill -TERM "$service_pid" 2>/dev/null || true
        for _ in $(seq 1 150); do kill -0 "$service_pid" 2>/dev/null || break; sleep 0.2; done
        if kill -0 "$service_pid" 2>/dev/null; then
            say "the service did not stop within 30 s of SIGTERM: killing it"
            kill -KILL "$service_pid" 2>/dev/null || true
        fi
    fi
    wait "$service_pid" 2>/dev/null || true
    service_pid=""
    stop_orphan_postgres
}

cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    if [ -n "$load_pid" ]; then
        kill -TERM "$load_pid" 2>/dev/null
        wait "$load_pid" 2>/dev/null
    fi
    stop_service
    stop_nginx
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
# A signal ends the script through exit, so that the EXIT trap above does the cleaning once.
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command in the background and waits for it, so that a signal reaches the trap at once
# (bash runs traps only between commands) and the trap can stop the command.
run_stoppable() {
    "$@" &
    load_pid=$!
    local status=0
    wait "$load_pid" || status=$?
    load_pid=""
    return "$status"
}

# --- Tools -------------------------------------------------------------------------------------
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk > /dev/null; then
    say "wrk is missing: installing Debian's package"
    # The package lists may be missing or stale on a fresh machine: update once and retry.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >&2 \
        || { as_root apt-get update >&2 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >&2; } \
        || die "could not install wrk (apt-get install -y wrk)"
fi
# nginx for case X: Debian's smallest build, installed once with fresh package lists.
nginx=$(command -v nginx || true)
[ -n "$nginx" ] || [ ! -x /usr/sbin/nginx ] || nginx=/usr/sbin/nginx
if [ -z "$nginx" ]; then
    say "nginx is missing: installing Debian's nginx-light"
    as_root apt-get update >&2 \
        && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y nginx-light >&2 \
        || die "could not install nginx (apt-get install -y nginx-light)"
    nginx=$(command -v nginx || echo /usr/sbin/nginx)
    [ -x "$nginx" ] || die "nginx-light installed no nginx binary"
fi
# pgbench ships with PostgreSQL: Debian's /usr/bin/pgbench, else the newest versioned one.
pgbench=/usr/bin/pgbench
if [ ! -x "$pgbench" ]; then
    pgbench=$(find /usr/lib/postgresql -path '*/bin/pgbench' 2>/dev/null | sort -V | tail -n 1)
    [ -n "$pgbench" ] || pgbench=$(command -v pgbench || true)
    [ -n "$pgbench" ] || die "pgbench not found (/usr/bin/pgbench or /usr/lib/postgresql/*/bin/pgbench)"
fi
for tool in java curl python3 awk; do
    command -v "$tool" > /dev/null || die "$tool is needed and missing"
done
[ -f "$sql_file" ] || die "$sql_file is missing"

# --- Build ---------------------------------------------------------------------------------------
if [ "${BENCH_SKIP_BUILD:-0}" = 1 ]; then
    [ -f "$jar" ] || die "BENCH_SKIP_BUILD=1 but $jar does not exist: build once without it"
    say "reusing $jar (BENCH_SKIP_BUILD=1)"
else
    say "building the packaged service"
    run_stoppable ./mvnw -q -B package -DskipTests >&2 || die "the build failed"
fi

# --- The service ---------------------------------------------------------------------------------
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
http_port=$(free_port)
db_port=$(free_port)
while [ "$db_port" = "$http_port" ]; do db_port=$(free_port); done
base="http://127.0.0.1:$http_port"
# P must hit the database the service uses: its own embedded one, so a real server configured
# in the environment would make U and P measure different databases.
unset QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME QUARKUS_DATASOURCE_PASSWORD

# Starts the packaged service on a fixed HTTP port and embedded database (data directory and
# port stay the same across the restart, so U reads the very rows C did), and waits until ready.
start_service() {
    local cache=$1 log="$work/service-cache-$1.log"
    java -Dquarkus.http.port="$http_port" -Dquarkus.management.port=0 \
         -Dkarirhub.embedded-db.data-dir="$work/pg" -Dkarirhub.embedded-db.port="$db_port" \
         -Dkarirhub.cache.enabled="$cache" \
         -jar "$jar" > "$log" 2>&1 &
    service_pid=$!
    for _ in $(seq 1 360); do
        if ! kill -0 "$service_pid" 2>/dev/null; then
            tail -n 40 "$log" >&2
            die "the service (karirhub.cache.enabled=$cache) exited while starting; its log ends above"
        fi
        curl -sf --max-time 2 -o /dev/null "$base/q/health/ready" && return 0
        sleep 0.5
    done
    tail -n 40 "$log" >&2
    die "the service (karirhub.cache.enabled=$cache) was not ready after 180 s; its log ends above"
}

# Numbers from a service that died during the run would be errors only: say so, with its log.
service_alive() {
    kill -0 "$service_pid" 2>/dev/null && return 0
    tail -n 40 "$work"/service-*.log >&2
    die "the service is no longer running after case $1; its log ends above"
}

# --- Case X: nginx serving the cached answer's bytes --------------------------------------------
# A private prefix: its config, pid file, logs and every temp path live under $work/nginx, so it
# needs no root, touches nothing of a system nginx, and goes away with $work. Default settings
# otherwise (one worker per core, sendfile, no access log so that it writes nothing per request).
x_port=""
x_path=/facilitated-workers-2021.json
start_nginx() {
    local dir="$work/nginx"
    mkdir -p "$dir/root" "$dir/temp" "$dir/logs"
    cp "$1" "$dir/root$x_path"
    # Started as root, nginx runs its workers as an unprivileged user, which must be able to reach
    # the file through the private (0700) work directory: let it pass, and read that one file.
    chmod o+x "$work" "$dir"
    chmod o+rx "$dir/root"
    chmod o+r "$dir/root$x_path"
    x_port=$(free_port)
    while [ "$x_port" = "$http_port" ] || [ "$x_port" = "$db_port" ]; do x_port=$(free_port); done
    cat > "$dir/nginx.conf" <<CONF
daemon off;
master_process on;
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    types { application/json json; }
    server {
        listen 127.0.0.1:$x_port;
        root $dir/root;
    }
}
CONF
    "$nginx" -t -q -p "$dir" -e "$dir/logs/error.log" -c "$dir/nginx.conf" >&2 || die "X: nginx rejected its config"
    "$nginx" -p "$dir" -e "$dir/logs/error.log" -c "$dir/nginx.conf" > "$dir/logs/stdout.log" 2>&1 &
    nginx_pid=$!
    for _ in $(seq 1 50); do
        kill -0 "$nginx_pid" 2>/dev/null || { cat "$dir/logs/error.log" >&2; die "X: nginx exited while starting"; }
        curl -sf --max-time 2 -o /dev/null "http://127.0.0.1:$x_port$x_path" && return 0
        sleep 0.2
    done
    cat "$dir/logs/error.log" >&2
    die "X: nginx did not answer within 10 s"
}

stop_nginx() {
    [ -n "$nginx_pid" ] || return 0
    # SIGQUIT: nginx's graceful stop; its workers exit with the master.
    kill -QUIT "$nginx_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$nginx_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
    nginx_pid=""
}

# --- Measuring -----------------------------------------------------------------------------------
declare -A rps_runs p50_runs p99_runs errors avg_runs

# wrk prints latencies as 612.00us, 1.23ms, 1.02s (or m, h): all in milliseconds here.
# Prints "requests/s p50_ms p99_ms errors" of one wrk output; errors = non-2xx/3xx answers
# plus socket errors (connect, read, write, timeout).
parse_wrk() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return v / 1000
            if (v ~ /ms$/) return v + 0
            if (v ~ /s$/)  return v * 1000
            if (v ~ /m$/)  return v * 60000
            if (v ~ /h$/)  return v * 3600000
            return "?"
        }
        $1 == "50%"                        { p50 = ms($2) }
        $1 == "99%"                        { p99 = ms($2) }
        $1 == "Requests/sec:"              { rps = $2 }
        /Non-2xx or 3xx responses:/        { errors += $NF }
        /Socket errors:/                   { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
        END {
            if (rps == "" || p50 == "" || p99 == "") exit 1
            printf "%s %s %s %d\n", rps, p50, p99, errors
        }' "$1"
}

# One wrk run of a case; "warm-up" runs are not recorded.
run_wrk() {
    local case=$1 label=$2 seconds=$3 out="$work/wrk-$1-$2.txt" args=()
    case $case in
        S) args=("$base$static_path") ;;
        C | U) args=("$base$stat_path") ;;
        N) args=(-H "If-None-Match: $etag" "$base$stat_path") ;;
        X) args=("http://127.0.0.1:$x_port$x_path") ;;
    esac
    # A 10 s timeout instead of wrk's 2 s: a slow answer should count in the p99, not vanish
    # into the error count.
    run_stoppable wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency "${args[@]}" > "$out" 2>&1 \
        || { cat "$out" >&2; service_alive "$case"; die "wrk failed on case $case"; }
    service_alive "$case"
    if [ "$case" = X ] && ! kill -0 "$nginx_pid" 2>/dev/null; then
        cat "$work/nginx/logs/error.log" >&2; die "nginx is no longer running after case X"
    fi
    local rps p50 p99 err
    read -r rps p50 p99 err < <(parse_wrk "$out") || { cat "$out" >&2; die "could not read wrk's output for case $case"; }
    [ "$label" = warm-up ] && { say "$case warm-up: $rps req/s"; return 0; }
    rps_runs[$case]+="$rps "
    p50_runs[$case]+="$p50 "
    p99_runs[$case]+="$p99 "
    errors[$case]=$(( ${errors[$case]:-0} + err ))
    say "$case run $label/$runs: $rps req/s, p50 $p50 ms, p99 $p99 ms, $err errors"
    [ "$err" -eq 0 ] || say "WARNING: case $case had $err failed requests in run $label (see the errors column)"
}

# Nearest-rank percentiles of the latencies (3rd field, microseconds) in pgbench's
# per-transaction logs, as "p50_ms p99_ms".
log_percentiles() {
    awk '{ print $3 }' "$@" | sort -n | awk '
        { v[NR] = $1 }
        END {
            if (NR == 0) { print "? ?"; exit }
            i50 = int(NR * 0.50); if (i50 < NR * 0.50) i50++
            i99 = int(NR * 0.99); if (i99 < NR * 0.99) i99++
            printf "%.3f %.3f\n", v[i50] / 1000, v[i99] / 1000
        }'
}

# One pgbench run of the SQL behind U: tps is P's requests/s.
run_pgbench() {
    local label=$1 seconds=$2 out="$work/pgbench-$1.txt" prefix="$work/pgbench-log-$1"
    run_stoppable "$pgbench" -n -M prepared -c "$connections" -j "$threads" -T "$seconds" -f "$sql_file" \
        -l --sampling-rate="$pgbench_sampling" --log-prefix="$prefix" \
        -h 127.0.0.1 -p "$db_port" -U postgres postgres > "$out" 2>&1 \
        || { cat "$out" >&2; service_alive P; die "pgbench failed"; }
    local tps avg failed p50 p99
    # PostgreSQL 14+ prints one tps line "(without initial connection time)"; older ones two, the
    # second "(excluding connections establishing)": take the last.
    tps=$(awk '/^tps = / { t = $3 } END { print t }' "$out")
    avg=$(awk '/^latency average = / { print $4 }' "$out")
    failed=$(awk '/^number of failed transactions:/ { print $5 }' "$out")
    if [ -z "$tps" ] || [ -z "$avg" ]; then cat "$out" >&2; die "could not read pgbench's output"; fi
    compgen -G "$prefix.*" > /dev/null || die "pgbench wrote no per-transaction log (a run too short for sampling?)"
    read -r p50 p99 < <(log_percentiles "$prefix".*)
    rm -f "$prefix".*
    [ "$label" = warm-up ] && { say "P warm-up: $tps tps"; return 0; }
    rps_runs[P]+="$tps "
    p50_runs[P]+="$p50 "
    p99_runs[P]+="$p99 "
    avg_runs[P]+="$avg "
    errors[P]=$(( ${errors[P]:-0} + ${failed:-0} ))
    say "P run $label/$runs: $tps tps, latency average $avg ms, p50 $p50 ms, p99 $p99 ms (from the sampled log)"
}

median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# --- Phase 1: the cached service: S, C, N, and X beside it ------------------------------------------
started=$SECONDS
# The machine is shared: say how busy it was, since that is what moves the absolute numbers.
load_before=$(uptime | sed 's/.*load average/load average/')
say "starting the service with the cache on (HTTP $http_port, embedded PostgreSQL $db_port)"
start_service true

status=$(curl -s -o /dev/null -w '%{http_code}' "$base$static_path")
[ "$status" = 200 ] || die "S: GET $static_path answered $status, not 200"
# The first GET of C fills the cache and gives the ETag that N sends back.
status=$(curl -s -D "$work/c.headers" -o "$work/c.body" -w '%{http_code}' "$base$stat_path")
[ "$status" = 200 ] || die "C: GET $stat_path answered $status, not 200"
etag=$(awk 'tolower($1) == "etag:" { sub(/^[^:]*:[ \t]*/, ""); sub(/\r$/, ""); print; exit }' "$work/c.headers")
[ -n "$etag" ] || die "N: GET $stat_path answered without an ETag header, so there is nothing to send in If-None-Match (is the conditional GET of issue 4 in this build?)"
status=$(curl -s -o "$work/n.body" -w '%{http_code}' -H "If-None-Match: $etag" "$base$stat_path")
[ "$status" = 304 ] || die "N: GET $stat_path with If-None-Match: $etag answered $status, not 304"
say "C answers ETag $etag, and 304 to it"
start_nginx "$work/c.body"
curl -s -o "$work/x.body" "http://127.0.0.1:$x_port$x_path"
cmp -s "$work/c.body" "$work/x.body" || die "X: nginx does not answer the bytes C answered"
say "X: nginx (pid $nginx_pid) serves C's $(wc -c < "$work/c.body") bytes on port $x_port"

if [ "$warmup" -gt 0 ]; then
    for case in S C N X; do run_wrk "$case" warm-up "$warmup"; done
fi
for run in $(seq 1 "$runs"); do
    for case in S C N X; do run_wrk "$case" "$run" "$duration"; done
done
stop_nginx

# --- Phase 2: the same service and database with the cache off: U, and P beside it ----------------
say "restarting the service with -Dkarirhub.cache.enabled=false"
stop_service
start_service false
status=$(curl -s -o "$work/u.body" -w '%{http_code}' "$base$stat_path")
[ "$status" = 200 ] || die "U: GET $stat_path answered $status, not 200"
cmp -s "$work/c.body" "$work/u.body" || say "WARNING: U answered another body than C did (compare the cached and uncached read paths)"
# One transaction first: a broken SQL file should stop the script here, with pgbench's message.
"$pgbench" -n -M prepared -c 1 -t 1 -f "$sql_file" -h 127.0.0.1 -p "$db_port" -U postgres postgres > "$work/pgbench-check.txt" 2>&1 \
    || { cat "$work/pgbench-check.txt" >&2; die "P: pgbench could not run $sql_file"; }

if [ "$warmup_u" -gt 0 ]; then
    run_wrk U warm-up "$warmup_u"
fi
if [ "$warmup" -gt 0 ]; then
    run_pgbench warm-up "$warmup"
fi
for run in $(seq 1 "$runs"); do
    run_wrk U "$run" "$duration"
    run_pgbench "$run" "$duration"
done
say "measured in $((SECONDS - started)) s; stopping the service"
stop_service

# --- Report --------------------------------------------------------------------------------------
declare -A rps p50 p99
for case in S C N X U P; do
    # shellcheck disable=SC2086  # the lists are space-separated numbers
    {
        rps[$case]=$(median ${rps_runs[$case]})
        p50[$case]=$(median ${p50_runs[$case]})
        p99[$case]=$(median ${p99_runs[$case]})
    }
done
# shellcheck disable=SC2086
pgbench_avg=$(median ${avg_runs[P]})

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"

declare -A what=(
    [S]="GET $static_path (static file)"
    [C]="GET $stat_path (cached)"
    [N]="the same, If-None-Match → 304"
    [X]="nginx, the same bytes as a static file"
    [U]="the same, karirhub.cache.enabled=false"
    [P]="pgbench -M prepared, $sql_file"
)

echo "## Read benchmark"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit, $(nproc) cores, $(java -version 2>&1 | head -n 1)," \
     "$(wrk -v 2>&1 | head -n 1 | awk '{ print $1, $2 }'), $("$pgbench" --version)."
echo "wrk -t$threads -c$connections --latency, pgbench -c$connections -j$threads; each case: a ${warmup} s warm-up" \
     "(U: ${warmup_u} s, on the service restarted with the cache off)," \
     "then $runs runs of $duration s, S C N X and then U P in alternation. Each column is the median over the runs."
echo
echo "| case | what | req/s (median of $runs) | p50 ms | p99 ms | errors | req/s of each run |"
echo "|---|---|---:|---:|---:|---:|---|"
for case in S C N X U P; do
    printf '| %s | %s | %.0f | %.3f | %.3f | %d | %s |\n' "$case" "${what[$case]}" "${rps[$case]}" "${p50[$case]}" "${p99[$case]}" \
        "${errors[$case]:-0}" "$(for v in ${rps_runs[$case]}; do printf '%.0f ' "$v"; done | sed 's/ $//')"
done
echo
echo "P: req/s is pgbench's tps (one transaction = the statements of one request). pgbench reports no percentiles," \
     "only \`latency average\` = $(printf '%.3f' "$pgbench_avg") ms (median of the runs); P's p50 and p99 above are computed" \
     "from its per-transaction log (\`--log --sampling-rate=$pgbench_sampling\`). Errors: wrk's non-2xx/3xx answers and" \
     "socket errors; pgbench's failed transactions."
echo

met=0
verdict() {   # name value op target spread; a value of n/a (division by 0) fails
    local result=FAIL value=n/a
    if [ "$2" != n/a ]; then
        value=$(printf '%.2f' "$2")
        if awk -v v="$2" -v t="$4" -v op="$3" 'BEGIN { exit !((op == ">=") ? v >= t : v <= t) }'; then
            result=PASS; met=$((met + 1))
        fi
    fi
    printf '| %s | %s | %s | %s %s | %s |\n' "$1" "$value" "$5" "$3" "$4" "$result"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.6f\n", a / b }'; }
# The lowest and highest of the per-run ratios a[i]/b[i] of two cases' lists, as "min–max".
spread() {
    paste -d ' ' <(printf '%s\n' $1) <(printf '%s\n' $2) | awk '
        $2 > 0 { r = $1 / $2; if (n == 0 || r < lo) lo = r; if (n == 0 || r > hi) hi = r; n++ }
        END { if (n == 0) print "n/a"; else printf "%.2f–%.2f\n", lo, hi }'
}
echo "| ratio | value | spread (runs) | target | result |"
echo "|---|---:|---|---|---|"
verdict "C/S req/s" "$(ratio "${rps[C]}" "${rps[S]}")" ">=" 0.8 "$(spread "${rps_runs[C]}" "${rps_runs[S]}")"
verdict "C/X req/s" "$(ratio "${rps[C]}" "${rps[X]}")" ">=" 0.9 "$(spread "${rps_runs[C]}" "${rps_runs[X]}")"
verdict "N/S req/s" "$(ratio "${rps[N]}" "${rps[S]}")" ">=" 0.9 "$(spread "${rps_runs[N]}" "${rps_runs[S]}")"
verdict "U/P req/s" "$(ratio "${rps[U]}" "${rps[P]}")" ">=" 0.5 "$(spread "${rps_runs[U]}" "${rps_runs[P]}")"
verdict "p99 C / p99 S" "$(ratio "${p99[C]}" "${p99[S]}")" "<=" 1.5 "$(spread "${p99_runs[C]}" "${p99_runs[S]}")"
echo
echo "Targets met: $met of 5. Load before the run (uptime): $load_before. Whole script: $SECONDS s."
