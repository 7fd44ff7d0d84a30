#!/usr/bin/env python3
"""Lints openapi.yaml with Spectral and Redocly at pinned versions (npx installs them from npm).

    python3 .ci/lint_contract.py

Redocly runs its recommended rules with every warning raised to an error (redocly.yaml), so it
must report nothing. Spectral must report no error, and no warning but the ones .spectral.yaml
accepts with its reason (ACCEPTED below, the same list).
"""
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPECTRAL = "@stoplight/spectral-cli@6.16.3"
REDOCLY = "@redocly/cli@2.77.0"
# .spectral.yaml: the role a secured operation needs, which Spectral takes for an OAuth scope.
ACCEPTED = {"oas3-operation-security-defined": re.compile(r'^"(data-officer|planner|auditor|event-publisher)" must be listed among scopes\.$')}


def main():
    spectral = subprocess.run(["npx", "-y", SPECTRAL, "lint", "-q", "-f", "json", "-r", ".spectral.yaml", "openapi.yaml"],
                              cwd=ROOT, capture_output=True, text=True)
    try:
        results = json.loads(spectral.stdout or "[]")
    except ValueError:
        sys.exit(f"Spectral did not run:\n{spectral.stdout[-2000:]}{spectral.stderr[-2000:]}")
    unexplained = [r for r in results if not (r["code"] in ACCEPTED and ACCEPTED[r["code"]].match(r["message"]))]
    print(f"Spectral: {len(results)} problems, {len(results) - len(unexplained)} of them the warnings .spectral.yaml accepts")
    for result in unexplained:
        print(f"  {result['code']} (severity {result['severity']}) at {'.'.join(map(str, result['path']))}: {result['message']}")
    redocly = subprocess.run(["npx", "-y", REDOCLY, "lint", "openapi.yaml"], cwd=ROOT, capture_output=True, text=True)
    print(f"Redocly: {'no problem' if redocly.returncode == 0 else 'problems'}")
    if redocly.returncode != 0:
        print(redocly.stdout[-4000:], redocly.stderr[-2000:])
    sys.exit(1 if unexplained or redocly.returncode != 0 else 0)


if __name__ == "__main__":
    main()
