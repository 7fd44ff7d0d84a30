#!/usr/bin/env python3
"""Runs the README's commands, in order, against the packaged service, as a new user would, and
checks that they print what the README shows.

    python3 .ci/readme_tour.py        (after ./mvnw package; .ci/run calls it after verify)

Every ```bash block of README.md is part of the tour unless the line before it is an HTML
comment that says otherwise:
    <!-- tour: skip (why) -->   not run (long-running or needs what CI lacks: docker, kubectl, ...)
    <!-- tour: build -->        run only when target/quarkus-app/quarkus-run.jar is missing
    <!-- tour: server -->       started in the background, then the tour waits until it is ready
The other blocks run in one bash session (so variables carry over), with `set -eu`, in a fresh
directory holding only what a clone has that the commands use (dev/, the packaged jar, a new
data directory), so files the commands need must be created by the commands themselves.

What a block shows, the tour holds it to:
- statuses: the HTTP statuses the commands print (a status line of `curl -i`, or a line that is
  just a 3-digit code from `-w '%{http_code}\\n'`) are, in order, the ones its comments announce
  (`# HTTP/1.1 201 Created`, `# 304`); no answer is a 5xx;
- output: the comment lines after a command (`# {"created":2,...}`) and a ```json or ```text
  block right after the bash block are what the commands print. Each must be found in what they
  printed, in order, where `...` or `…` (and, in a comment, three spaces) stand for anything
  left out. Whitespace does not count, and neither do the values that differ from run to run:
  data versions, audit ids and times, import ids, ETags, times of day (VOLATILE below);
- files: `# saves NAME:` followed by comment lines shows the start of a file a command wrote
  (compared as output), `# saves NAME, ...` only that it was written;
- nothing else is left behind: a file the commands write outside target/ (which git ignores and
  `mvnw clean` removes) would land untracked in a reader's clone.
A comment before the first command of a group, or one that starts with `(`, explains and is not
compared. The ports are the one thing changed: `localhost:8080` and the management interface's
`localhost:9000` become free ports.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import packaged_service as service  # noqa: E402

ROOT = service.ROOT
WORK = ROOT / "target" / "readme-tour"
BLOCK = re.compile(r"(?:<!--\s*tour:\s*(?P<mark>\w+)[^>]*-->\s*\n)?[ \t]*```bash\n(?P<body>.*?)```"
                   r"(?:\n```(?:json|text)\n(?P<shown>.*?)```)?", re.S)
ANNOUNCED = re.compile(r"^\s*#\s*(?:HTTP/1\.1\s+)?(?P<status>[1-5]\d\d)\b")
PRINTED = re.compile(r"^(?:HTTP/1\.1 (?P<line>\d{3})\b.*|(?P<code>\d{3}))\s*$")
ELISION = re.compile(r"\.\.\.|…")
SAVES = re.compile(r"^saves (?P<name>[^\s:,]+)(?P<colon>:)?")
TIMEOUT_SECONDS = 150
# Values that differ from run to run, replaced by ? in what is shown and in what is printed.
VOLATILE = [
    (re.compile(r'"(dataVersion|id)":\d+'), r'"\1":?'),
    (re.compile(r'"(importId|next)":"[^"]*"'), r'"\1":?'),
    (re.compile(r'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"'), '"?"'),
    (re.compile(r'"date":"\d{4}-\d\d-\d\d"'), '"date":?'),
    (re.compile(r'ETag: "[^"]*"', re.I), 'ETag: ?'),
    (re.compile(r'^(karirhub_\w+(\{[^}]*\})?) [0-9.E+-]+$', re.M), r'\1 ?'),
]
# What the tour's working directory may hold when it is done: what a clone has, and what git ignores.
LEFT_ALONE = {"dev", "target", "data", "service.log", "tour.sh", "tour.out"}


def main():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [(m.group("mark"), m.group("body"), m.group("shown")) for m in BLOCK.finditer(readme)]
    port = service.free_port()
    management = service.free_port()
    local = lambda text: text.replace("localhost:8080", f"localhost:{port}").replace("localhost:9000", f"localhost:{management}")

    if WORK.exists():
        shutil.rmtree(WORK)
    (WORK / "target").mkdir(parents=True)
    shutil.copytree(ROOT / "dev", WORK / "dev")
    for mark, body, _ in blocks:
        if mark == "build" and not service.JAR.exists():
            subprocess.run(["bash", "-euc", body], cwd=ROOT, check=True)
    (WORK / "target" / "quarkus-app").symlink_to(ROOT / "target" / "quarkus-app")

    servers = [body for mark, body, _ in blocks if mark == "server"]
    if len(servers) != 1:
        sys.exit(f"README.md needs exactly one <!-- tour: server --> block, found {len(servers)}")
    env = service.service_env(port, management)
    log_path = WORK / "service.log"
    server = service.start(servers[0], WORK, env, log_path)
    started = time.monotonic()
    failures = []
    compared = 0
    try:
        service.wait_ready(f"http://127.0.0.1:{port}/q/health/ready", server, "the service", log_path)
        tour = [(i, body, shown) for i, (mark, body, shown) in enumerate(blocks) if mark is None]
        script = "set -eu\n" + "".join(f"printf '\\n@@block {i}\\n'\n{local(body)}\n" for i, body, _ in tour) \
            + "printf '\\n@@end\\n'\n"
        (WORK / "tour.sh").write_text(script)
        run = subprocess.run(["bash", "tour.sh"], cwd=WORK, env=env, capture_output=True, text=True,
                             timeout=TIMEOUT_SECONDS)
        (WORK / "tour.out").write_text(run.stdout + run.stderr)
        outputs = split(run.stdout)
        if run.returncode != 0 or "@@end" not in run.stdout:
            last = max(outputs) if outputs else None
            failures.append(f"bash stopped (exit {run.returncode}) in block {last}:\n{run.stderr[-2000:]}")
        for i, body, shown in tour:
            if i not in outputs:
                continue
            first_line = body.strip().splitlines()[0]
            where = f"block {i} ({first_line[:80]})"
            announced = [m.group("status") for line in body.splitlines() if (m := ANNOUNCED.match(line))]
            printed = [m.group("line") or m.group("code") for line in outputs[i] if (m := PRINTED.match(line))]
            if announced != printed:
                failures.append(f"{where}: the README announces statuses {announced}, the service answered {printed}")
            if any(code.startswith("5") for code in printed):
                failures.append(f"{where}: a 5xx answer")
            text = normalise("\n".join(outputs[i]), port)
            expectations = shown_output(body)
            if shown:
                expectations.append(("output", shown))
            for kind, expected in expectations:
                compared += 1
                if kind == "output":
                    problem = mismatch(expected, text, port)
                else:
                    problem = file_mismatch(kind, expected, port)
                if problem:
                    failures.append(f"{where}: {problem}")
        print(f"README tour: {len(tour)} blocks run, {len(blocks) - len(tour)} not run (server, build, skip), "
              f"{compared} outputs compared, in {time.monotonic() - started:.0f} s on port {port}; "
              f"output in {WORK / 'tour.out'}")
    finally:
        service.stop(server)
    for name in sorted(p.name for p in WORK.iterdir() if p.name not in LEFT_ALONE):
        failures.append(f"the commands left {name} where a reader's clone would keep it untracked; write it under target/")
    for failure in failures:
        print("FAILED:", failure, file=sys.stderr)
    sys.exit(1 if failures else 0)


def shown_output(body):
    """What the comments of a bash block show: [("output", text) or ("file:NAME", text-or-None)], in order."""
    expectations = []
    previous = None  # "command", "output" or "explanation"
    current = None
    for line in body.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            previous, current = "command", None
            continue
        comment = stripped[1:].strip()
        if comment.startswith("(") or previous not in ("command", "output"):
            previous = "explanation" if previous != "output" else "output"
            continue
        previous = "output"
        saves = SAVES.match(comment)
        if saves:
            current = [f"file:{saves.group('name')}", "" if saves.group("colon") else None]
            expectations.append(current)
            continue
        comment = re.sub(r"\s{2,}\(.*\)\s*$", "", comment)       # a remark after the shown output
        comment = re.sub(r"\s{3,}", " ... ", comment)            # curl -i's lines, shown on one line
        if current is None or current[1] is None:
            current = ["output", ""]
            expectations.append(current)
        current[1] += comment + "\n"
    return [tuple(e) for e in expectations]


def normalise(text, port):
    text = text.replace(f"localhost:{port}", "localhost:8080")
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return re.sub(r"\s+", "", text)


def mismatch(expected, printed, port):
    """None when every part of `expected` between elisions is found in `printed`, in order; else what is not."""
    position = 0
    for part in ELISION.split(normalise(expected, port)):
        if not part:
            continue
        found = printed.find(part, position)
        if found < 0:
            near = printed[position:position + 300]
            return f"the README shows {part[:300]!r} (of {expected.strip()[:120]!r}), the commands printed {near!r}"
        position = found + len(part)
    return None


def file_mismatch(kind, expected, port):
    path = WORK / kind.split(":", 1)[1]
    candidates = [path, WORK / "target" / path.name]
    existing = next((p for p in candidates if p.is_file()), None)
    if existing is None:
        return f"the README says the commands save {path.name}; they did not"
    if expected:
        return mismatch(expected, normalise(existing.read_text(encoding="utf-8-sig", errors="replace"), port), port)
    return None


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
