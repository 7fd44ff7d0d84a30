#!/usr/bin/env python3
"""Writes through the balancer and reads the written value back through it, for deploy/local-cluster.sh.

Each round PUTs a new value of one week count, then reads the month's counts (a cached read)
through the balancer for WINDOW seconds; whichever instance answers, the value must be there.
A read that still shows the old value is stale; the latest stale read of a round is that
round's visibility latency. Prints one JSON object with the results. Standard library only.
"""
import argparse
import http.client
import json
import random
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--year", type=int, default=2099)
    parser.add_argument("--window", type=float, default=1.5)
    parser.add_argument("--bound", type=float, default=1.0)
    args = parser.parse_args()

    connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=10)

    def call(method, path, body=None):
        headers = {"Connection": "keep-alive"}
        if body is not None:
            headers.update({"Authorization": "Bearer " + args.token, "Content-Type": "application/json"})
        for attempt in range(2):  # a closed keep-alive connection is not the service's failure
            try:
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                return response.status, response.getheader("X-Upstream", "?"), response.read()
            except (http.client.HTTPException, ConnectionError, OSError):
                connection.close()
                if attempt == 1:
                    return 0, "?", b""

    rounds, reads, stale, errors = 0, 0, 0, []
    late_stale = 0          # stale reads later than the bound
    latencies = []          # per round: time of the last stale read (0 when none)
    upstreams = {}
    offset = random.randint(1, 10_000) * 1000
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        rounds += 1
        month = rounds % 12 + 1
        week = (rounds // 12) % 4 + 1
        value = offset + rounds
        status, upstream, _ = call("PUT", f"/api/v1/counts/JOB_SEEKER/{args.year}/{month}/weeks/{week}",
                                   json.dumps({"count": value}))
        if status not in (200, 201):
            errors.append(f"PUT answered {status}")
            continue
        written = time.monotonic()
        last_stale = 0.0
        while (elapsed := time.monotonic() - written) < args.window:
            status, upstream, body = call("GET", f"/api/v1/counts?category=JOB_SEEKER&year={args.year}&month={month}")
            reads += 1
            upstreams[upstream] = upstreams.get(upstream, 0) + 1
            if status != 200:
                errors.append(f"GET answered {status} via {upstream}")
                continue
            shown = next((c["count"] for c in json.loads(body) if c.get("week") == week), None)
            if shown != value:
                stale += 1
                last_stale = elapsed
                if elapsed > args.bound:
                    late_stale += 1
            time.sleep(0.01)
        latencies.append(last_stale)

    latencies.sort()
    print(json.dumps({
        "rounds": rounds,
        "reads": reads,
        "staleReads": stale,
        "staleReadsAfterBound": late_stale,
        "boundSeconds": args.bound,
        "maxVisibilityMs": round(max(latencies, default=0) * 1000, 1),
        "medianVisibilityMs": round(latencies[len(latencies) // 2] * 1000, 1) if latencies else None,
        "readsPerUpstream": upstreams,
        "errors": len(errors),
        "firstErrors": errors[:5],
    }))


if __name__ == "__main__":
    main()
