#!/usr/bin/env bash
# Live events at scale (issue 23), against the RabbitMQ on 127.0.0.1:5672 (started with
# rabbitmq-server -detached where installed and down). The packaged service runs with
# KARIRHUB_EVENTS_BROKER on a fresh embedded database and queues of this run's own (deleted at the
# end). Four parts, each reported with what it measured:
#  1. Backlog: the service declares its queue and stops; BENCH_BACKLOG events (default 1,000,000,
#     JOB_SEEKER_REGISTERED, distinct ids) are published; the service starts again and consumes them.
#     Measured: seconds from the start of the JVM until the live count holds every one, and events/s.
#  2. Steady: BENCH_RATE events/s (default 100) for BENCH_STEADY s (default 60), each stamped with the
#     moment it is sent; measured: karirhub_events_visible_delay (event to committed, visible to a
#     read) p50 and p99 from the metrics.
#  3. Crash: BENCH_CRASH events (default 100,000), 5,000 of them published twice, and 300 poison ones
#     (not JSON, a personal-data field, an unknown type) are published; while the service consumes
#     them it is killed with kill -9 three times (and started again), and the broker is restarted once
#     (rabbitmqctl stop_app / start_app). Checked: the live count grew by exactly BENCH_CRASH, and the
#     dead-letter queue holds exactly the 300 poison events.
#  4. Streams: BENCH_CLIENTS open change streams (default 1,000) on the instance, one event published;
#     measured: the delay until the change reached the first, half, 99 % and all of them, and the
#     service's RSS with them open.
#  5. Competing consumers: a second instance on the first one's database consumes the same queue;
#     BENCH_COMPETE events (default 50,000) are published twice. Checked: the live count grew by
#     exactly BENCH_COMPETE; reported: how many each instance counted and found duplicate.
# Usage: bench/events.sh > events.md   (builds target/quarkus-app if it is missing; about 10 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
backlog=${BENCH_BACKLOG:-1000000}
rate=${BENCH_RATE:-100}
steady=${BENCH_STEADY:-60}
crash=${BENCH_CRASH:-100000}
clients=${BENCH_CLIENTS:-1000}
compete=${BENCH_COMPETE:-50000}
run=$(date +%s)
queue=karirhub-stats.events.bench-$run
dlx=karirhub-stats.events.dlx.bench-$run
dead=karirhub-stats.events.dead.bench-$run

work=$(mktemp -d "${TMPDIR:-/tmp}/karirhub-events.XXXXXX")
pid=""
pid2=""
log() { printf '[events %s] %s\n' "$(date +%T)" "$*" >&2; }
stop_service() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"; wait "$pid" 2>/dev/null || true
    fi
    pid=""
}
cleanup() {
    if [ -n "$pid2" ]; then kill "$pid2" 2>/dev/null; wait "$pid2" 2>/dev/null || true; fi
    stop_service
    rabbitmqctl -q delete_queue "$queue" > /dev/null 2>&1 || true
    rabbitmqctl -q delete_queue "$dead" > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

broker_up() { (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; }
if ! broker_up; then
    command -v rabbitmq-server > /dev/null || { echo "RabbitMQ is not installed here" >&2; exit 1; }
    rabbitmq-server -detached
    for _ in $(seq 1 60); do broker_up && break; sleep 1; done
fi
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B -ntp package -DskipTests >&2
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeArtifactIds=amqp-client,slf4j-api -Dmdep.outputFile="$work/cp" >&2
publish() { java -cp "$(cat "$work/cp")" bench/EventPublisher.java "$@" 2> /dev/null; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
management=$(free_port)
db_port=$(free_port)
base="http://127.0.0.1:$port"
metrics() { curl -sf "http://127.0.0.1:$management/q/metrics"; }
start_service() {
    KARIRHUB_EVENTS_BROKER=amqp://guest:guest@127.0.0.1:5672/ \
    java -Dquarkus.http.port="$port" -Dquarkus.management.port="$management" -Dkarirhub.embedded-db.data-dir="$work/pg" \
         -Dkarirhub.embedded-db.port="$db_port" \
         -Dmp.messaging.incoming.events.queue.name="$queue" -Dmp.messaging.incoming.events.dead-letter-exchange="$dlx" \
         -Dmp.messaging.incoming.events.dead-letter-queue-name="$dead" -Dmp.messaging.outgoing.events-refused.exchange.name="$dlx" \
         -Dmp.jwt.verify.publickey.location=dev/jwt/public-key.pem -Dmp.jwt.verify.issuer=https://karirhub-stats.dev.local \
         -jar target/quarkus-app/quarkus-run.jar >> "$work/service.log" 2>&1 &
    pid=$!
}
wait_ready() {
    for _ in $(seq 1 240); do
        curl -sf "$base/q/health/ready" > /dev/null && return 0
        sleep 0.25
    done
    echo "the service did not start; its log:" >&2; tail -50 "$work/service.log" >&2; exit 1
}
# The embedded PostgreSQL outlives a JVM killed with -9 and holds its data directory: stopped here
# at once (SIGQUIT, PostgreSQL's immediate shutdown, recovered from on the next start), as the crash
# of the machine would stop it. (With an external database it would just stay up.)
orphan_database() {
    local postmaster
    postmaster=$(head -1 "$work/pg/postmaster.pid" 2>/dev/null || true)
    if [ -n "$postmaster" ] && kill -0 "$postmaster" 2>/dev/null; then
        kill -QUIT "$postmaster"
        for _ in $(seq 1 100); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.1; done
    fi
}
day=$(TZ=Asia/Jakarta date -d '-1 day' +%F)
year=${day%%-*}
month=$((10#$(echo "$day" | cut -d- -f2)))
live() { # the live count of JOB_SEEKER in the month of $day, nationally (0 when none)
    curl -sf "$base/api/v1/statistics/live-reconciliation?category=JOB_SEEKER&year=$year" \
        | python3 -c "import json,sys; print(json.load(sys.stdin)['months'][$month - 1]['live'] or 0)"
}
queue_depth() { rabbitmqctl -q list_queues name messages 2>/dev/null | awk -v q="$1" '$1==q {print $2}'; }

echo "## Live events at scale"
echo
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average at the start: $(cut -d' ' -f1 /proc/loadavg);"
echo "RabbitMQ $(rabbitmqctl -q version 2>/dev/null || echo '?'), events of $day (Jakarta)."
echo

# --- 1. backlog --------------------------------------------------------------------------------
start_service; wait_ready; stop_service   # declares the queue, bound to karirhub.events
log "publishing $backlog events"
published=$(publish backlog "$backlog" "$day" "backlog-$run")
log "$published; depth $(queue_depth "$queue")"
t0=$(date +%s.%N)
start_service; wait_ready
ready=$(date +%s.%N)
while [ "$(live)" -lt "$backlog" ]; do sleep 0.5; done
t1=$(date +%s.%N)
count=$(live)
echo "### 1. A backlog of $backlog events"
echo
echo "| | |"
echo "|---|---|"
echo "| published ($published) | |"
echo "| JVM start to ready | $(python3 -c "print(f'{$ready - $t0:.1f} s')") |"
echo "| JVM start to all counted | $(python3 -c "print(f'{$t1 - $t0:.1f} s')") ($(python3 -c "print(f'{$backlog / ($t1 - $t0):,.0f}')") events/s) |"
echo "| live count at the end | $count (expected $backlog) |"
echo

# --- 2. steady ---------------------------------------------------------------------------------
log "steady: $rate events/s for $steady s"
publish steady "$rate" "$steady" "steady-$run" > /dev/null
sleep 3
metrics=$(metrics)
p50=$(echo "$metrics" | awk '/^karirhub_events_visible_delay_seconds\{.*quantile="0.5"/ {print $2*1000}' | head -1)
p99=$(echo "$metrics" | awk '/^karirhub_events_visible_delay_seconds\{.*quantile="0.99"/ {print $2*1000}' | head -1)
echo "### 2. $rate events/s for $steady s"
echo
echo "From an event's occurredAt (stamped when sent) to the commit that made it visible to reads:"
echo "p50 ${p50:-?} ms, p99 ${p99:-?} ms (karirhub_events_visible_delay, window of the last minutes)."
echo

# --- 3. crash ----------------------------------------------------------------------------------
stop_service
before=0
start_service; wait_ready; before=$(live); stop_service
log "crash: publishing $crash events, 5,000 again, 300 poison"
publish backlog "$crash" "$day" "crash-$run" > /dev/null
publish backlog 5000 "$day" "crash-$run" > /dev/null
publish poison 300 "poison-$run" > /dev/null
target=$((before + crash))
kills=0
start_service
for step in 1 2 3; do
    wait_ready
    goal=$((before + crash * step / 4))
    while [ "$(live)" -lt "$goal" ]; do sleep 0.2; done
    if [ "$step" -eq 2 ]; then
        log "restarting the broker"
        rabbitmqctl -q stop_app > /dev/null; rabbitmqctl -q start_app > /dev/null
        sleep 2
    fi
    log "kill -9 at $(live)"
    kill -9 "$pid"; wait "$pid" 2>/dev/null || true; kills=$((kills + 1))
    orphan_database
    start_service
done
wait_ready
deadline=$((SECONDS + 300))
while [ "$(live)" -lt "$target" ] && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
sleep 5   # anything counted twice would show now
final=$(live)
for _ in $(seq 1 30); do [ "$(queue_depth "$dead")" = "300" ] && break; sleep 1; done
echo "### 3. $crash events (5,000 of them twice) and 300 poison, $kills kill -9, one broker restart"
echo
echo "| | |"
echo "|---|---|"
echo "| counted | $((final - before)) (expected $crash) |"
echo "| dead-letter queue | $(queue_depth "$dead") messages (expected 300) |"
echo "| queue left | $(queue_depth "$queue") messages |"
echo "| duplicates counted by the service | $(metrics | awk '/^karirhub_events_duplicate_total\{channel="amqp"/ {print $2}') (since its last start) |"
echo

# --- 4. streams --------------------------------------------------------------------------------
token=$(java dev/MintDevToken.java event-publisher bench 60)
log "streams: $clients clients"
result=$(java bench/StreamClients.java "$base" "$clients" "$token")
rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}')
echo "### 4. $clients open change streams"
echo
echo "$result; service RSS with them open: $rss MiB."
echo
# --- 5. competing consumers ------------------------------------------------------------------
port2=$(free_port)
management2=$(free_port)
log "competing consumers: a second instance on :$port2"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$db_port/postgres" QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_DATASOURCE_PASSWORD= KARIRHUB_EVENTS_BROKER=amqp://guest:guest@127.0.0.1:5672/ \
    java -Dquarkus.http.port="$port2" -Dquarkus.management.port="$management2" \
         -Dmp.messaging.incoming.events.queue.name="$queue" -Dmp.messaging.incoming.events.dead-letter-exchange="$dlx" \
         -Dmp.messaging.incoming.events.dead-letter-queue-name="$dead" -Dmp.messaging.outgoing.events-refused.exchange.name="$dlx" \
         -Dmp.jwt.verify.publickey.location=dev/jwt/public-key.pem -Dmp.jwt.verify.issuer=https://karirhub-stats.dev.local \
         -jar target/quarkus-app/quarkus-run.jar >> "$work/service2.log" 2>&1 &
pid2=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port2/q/health/ready" > /dev/null && break; sleep 0.25; done
consumed() { curl -sf "http://127.0.0.1:$1/q/metrics" | awk -v m="$2" '$0 ~ "^karirhub_events_" m "_total\\{channel=\"amqp\"" {print int($2)}'; }
before=$(live)
a0=$(consumed "$management" consumed); b0=$(consumed "$management2" consumed)
ad0=$(consumed "$management" duplicate); bd0=$(consumed "$management2" duplicate)
publish backlog "$compete" "$day" "compete-$run" > /dev/null
publish backlog "$compete" "$day" "compete-$run" > /dev/null
deadline=$((SECONDS + 300))
while [ "$(live)" -lt $((before + compete)) ] && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
for _ in $(seq 1 60); do [ "$(queue_depth "$queue")" = "0" ] && break; sleep 1; done
sleep 3
after=$(live)
echo "### 5. Two instances competing for one queue: $compete events, each published twice"
echo
echo "| | |"
echo "|---|---|"
echo "| counted | $((after - before)) (expected $compete) |"
echo "| instance 1 | $(( $(consumed "$management" consumed) - ${a0:-0} )) counted, $(( $(consumed "$management" duplicate) - ${ad0:-0} )) duplicates |"
echo "| instance 2 | $(( $(consumed "$management2" consumed) - ${b0:-0} )) counted, $(( $(consumed "$management2" duplicate) - ${bd0:-0} )) duplicates |"
echo "| queue left | $(queue_depth "$queue") messages |"
echo
echo "Load average at the end: $(cut -d' ' -f1 /proc/loadavg)."
