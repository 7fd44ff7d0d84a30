#!/usr/bin/env python3
"""Runs the README's commands, in order, against the packaged service, as a new user would.

    python3 .ci/readme_tour.py        (after ./mvnw package; .ci/run calls it after verify)

Every ```bash block of README.md is part of the tour unless the line before it is an HTML
comment that says otherwise:
    <!-- tour: skip (why) -->   not run (long-running or needs what CI lacks: docker, kubectl, ...)
    <!-- tour: build -->        run only when target/quarkus-app/quarkus-run.jar is missing
    <!-- tour: server -->       started in the background, then the tour waits until it is ready
The other blocks run in one bash session (so variables carry over), with `set -eu`, in a fresh
directory holding only what a clone has that the commands use (dev/, the packaged jar, a new
data directory), so files the commands need must be created by the commands themselves.

Checks, per block: bash succeeds; the HTTP statuses the commands print (a status line of
`curl -i`, or a line that is just a 3-digit code from `-w '%{http_code}\\n'`) are, in order,
the ones the block's comments announce (`# HTTP/1.1 201 Created`, `# 304`); no answer is a
5xx. The ports are the one thing changed: `localhost:8080` and the management interface's
`localhost:9000` become free ports.
"""
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "readme-tour"
JAR = ROOT / "target" / "quarkus-app" / "quarkus-run.jar"
BLOCK = re.compile(r"(?:<!--\s*tour:\s*(?P<mark>\w+)[^>]*-->\s*\n)?[ \t]*```bash\n(?P<body>.*?)```", re.S)
ANNOUNCED = re.compile(r"^\s*#\s*(?:HTTP/1\.1\s+)?(?P<status>[1-5]\d\d)\b")
PRINTED = re.compile(r"^(?:HTTP/1\.1 (?P<line>\d{3})\b.*|(?P<code>\d{3}))\s*$")
TIMEOUT_SECONDS = 150


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [(m.group("mark"), m.group("body")) for m in BLOCK.finditer(readme)]
    port = free_port()
    management = free_port()
    local = lambda text: text.replace("localhost:8080", f"localhost:{port}").replace("localhost:9000", f"localhost:{management}")

    if WORK.exists():
        shutil.rmtree(WORK)
    (WORK / "target").mkdir(parents=True)
    shutil.copytree(ROOT / "dev", WORK / "dev")
    for mark, body in blocks:
        if mark == "build" and not JAR.exists():
            subprocess.run(["bash", "-euc", body], cwd=ROOT, check=True)
    os.symlink(ROOT / "target" / "quarkus-app", WORK / "target" / "quarkus-app")

    servers = [body for mark, body in blocks if mark == "server"]
    if len(servers) != 1:
        sys.exit(f"README.md needs exactly one <!-- tour: server --> block, found {len(servers)}")
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(port), QUARKUS_MANAGEMENT_PORT=str(management))
    for name in ("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"):
        env.pop(name, None)  # the tour runs on the embedded database, as the README does
    log = open(WORK / "service.log", "w")
    server = subprocess.Popen(["bash", "-euc", servers[0]], cwd=WORK, env=env, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    started = time.monotonic()
    failures = []
    try:
        wait_ready(port, server)
        tour = [(i, body) for i, (mark, body) in enumerate(blocks) if mark is None]
        script = "set -eu\n" + "".join(f"printf '\\n@@block {i}\\n'\n{local(body)}\n" for i, body in tour) + "printf '\\n@@end\\n'\n"
        (WORK / "tour.sh").write_text(script)
        run = subprocess.run(["bash", "tour.sh"], cwd=WORK, env=env, capture_output=True, text=True,
                             timeout=TIMEOUT_SECONDS)
        (WORK / "tour.out").write_text(run.stdout + run.stderr)
        outputs = split(run.stdout)
        if run.returncode != 0 or "@@end" not in run.stdout:
            last = max(outputs) if outputs else None
            failures.append(f"bash stopped (exit {run.returncode}) in block {last}:\n{run.stderr[-2000:]}")
        for i, body in tour:
            if i not in outputs:
                continue
            announced = [m.group("status") for line in body.splitlines() if (m := ANNOUNCED.match(line))]
            printed = [m.group("line") or m.group("code") for line in outputs[i] if (m := PRINTED.match(line))]
            first_line = body.strip().splitlines()[0]
            if announced != printed:
                failures.append(f"block {i} ({first_line}): the README announces statuses {announced}, "
                                f"the service answered {printed}")
            if any(code.startswith("5") for code in printed):
                failures.append(f"block {i} ({first_line}): a 5xx answer")
        print(f"README tour: {len(tour)} blocks run, {len(blocks) - len(tour)} not run (server, build, skip), "
              f"in {time.monotonic() - started:.0f} s on port {port}; output in {WORK / 'tour.out'}")
    finally:
        stop(server)
    for failure in failures:
        print("FAILED:", failure, file=sys.stderr)
    sys.exit(1 if failures else 0)


def stop(server):
    """SIGTERM to the server's process group (bash and the java it started), then SIGKILL after 40 s."""
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=40)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def wait_ready(port, server):
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the service exited while starting; see {WORK / 'service.log'}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit(f"the service was not ready within 180 s; see {WORK / 'service.log'}")


def split(stdout):
    outputs, current = {}, None
    for line in stdout.splitlines():
        if line.startswith("@@block "):
            current = int(line.split()[1])
            outputs[current] = []
        elif line == "@@end":
            current = None
        elif current is not None:
            outputs[current].append(line)
    return outputs


if __name__ == "__main__":
    main()
