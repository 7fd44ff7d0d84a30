#!/usr/bin/env python3
"""Holds the packaged service to openapi.yaml from the outside, as other ministry systems meet it.

    python3 .ci/contract_check.py        (after ./mvnw verify, which packages the jar and generates
                                          the clients into target/generated-clients; .ci/run calls it)

1. Starts the packaged service (trusting the development key, on a fresh embedded database under
   target/contract-check) and Prism (@stoplight/prism-cli, from npm) as a validating proxy in front.
2. Sends through Prism the requests of CORPUS below: every operation of openapi.yaml, each with its
   answers (2xx, 304) and its refusals (400, 401, 403, 404, 406, 409, 412, 413, 414, 415, 422, 431).
   Each answer must have the status the case expects and a status the operation documents, and
   Prism must report no violation of the contract in the answer (`sl-violations`), nor in the
   request unless the case sends a request outside the contract on purpose (`invalid=True`).
3. Runs the Python and TypeScript clients that openapi-generator made from openapi.yaml
   (src/test/clients/: each calls every operation) against Prism, and fails on any violation
   Prism logs while they run, or on any failure of theirs.

Prints, per operation, the statuses it saw. Exits non-zero on any failure.
"""
import collections
import http.client
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
import uuid

import yaml

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import packaged_service as service  # noqa: E402

ROOT = service.ROOT
WORK = ROOT / "target" / "contract-check"
CLIENTS = ROOT / "target" / "generated-clients"
PRISM = "@stoplight/prism-cli@5.14.2"  # the newest release that runs on Node 20
METHODS = ("get", "put", "post", "delete")
MAX_BODY = 10 * 1024 * 1024  # karirhub.imports.max-size


class Contract:
    """The operations of openapi.yaml: which one a request meets, and which statuses it documents."""

    def __init__(self, path):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.operations = []
        self.samples = {}
        for template, item in document["paths"].items():
            pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
            for method in METHODS:
                if method in item:
                    operation = item[method]
                    self.operations.append((method.upper(), template, pattern, operation["operationId"],
                                            {str(status) for status in operation["responses"]}))
                    self.samples[(method.upper(), template)] = self.sample_path(document, template,
                                                                               item.get("parameters", []) +
                                                                               operation.get("parameters", []))
        # a literal path before a template that also matches it (/regions/lookup before /regions/{code})
        self.operations.sort(key=lambda o: o[1].count("{"))

    @staticmethod
    def sample_path(document, template, parameters):
        """The path with its path parameters and required query parameters filled in with their examples."""
        query = []
        for parameter in parameters:
            if "$ref" in parameter:
                parameter = document["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
            if parameter["in"] == "path":
                template = template.replace("{" + parameter["name"] + "}", str(parameter["example"]))
            elif parameter["in"] == "query" and parameter.get("required"):
                query.append(f"{parameter['name']}={urllib.parse.quote(str(parameter['example']))}")
        return template + ("?" + "&".join(query) if query else "")

    def sample(self, method, template):
        return self.samples[(method, template)]

    def match(self, method, path):
        path = path.split("?", 1)[0]
        for m, _template, pattern, operation_id, statuses in self.operations:
            if m == method and pattern.match(path):
                return operation_id, statuses
        return None, set()


class Check:
    def __init__(self, base_port, contract):
        self.port = base_port
        self.contract = contract
        self.failures = []
        self.seen = collections.defaultdict(collections.Counter)
        self.requests = 0
        self.violations = 0
        self.undocumented = 0
        self.known = []

    def call(self, expect, method, path, token=None, headers=None, body=None, content_type=None, invalid=False,
             known=None):
        """Sends one request through Prism and checks its answer; returns (status, headers, body).

        known: why the service does not answer `expect` yet (a change made elsewhere); a different
        status is then reported as known, not as a failure, and the answer must still be documented."""
        sent = dict(headers or {})
        if token:
            sent["Authorization"] = "Bearer " + token
        if content_type is not None:
            sent["Content-Type"] = content_type
        if isinstance(body, str):
            body = body.encode("utf-8")
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            answer = response.read()
            status, answer_headers = response.status, {k.lower(): v for k, v in response.getheaders()}
        finally:
            connection.close()
        self.requests += 1
        operation_id, documented = self.contract.match(method, path)
        where = f"{method} {path[:120]}"
        if operation_id is None:
            self.failures.append(f"{where}: no operation of openapi.yaml has this path")
        else:
            self.seen[operation_id][status] += 1
        if status != expect and known:
            self.known.append(f"{where}: expected {expect}, got {status} ({known})")
        elif status != expect:
            self.failures.append(f"{where}: expected {expect}, got {status}: {answer[:300]!r}")
        elif known:
            self.known.append(f"{where}: now answers {expect} as expected; the mark '{known}' can go")
        if operation_id and str(status) not in documented:
            self.undocumented += 1
            self.failures.append(f"{where}: {operation_id} does not document {status}")
        for violation in violations_of(answer_headers.get("sl-violations", "[]")):
            side = violation["location"][0] if violation.get("location") else "?"
            if side == "request" and invalid:
                continue
            self.violations += 1
            self.failures.append(f"{where} -> {status}: Prism: {side} {'.'.join(map(str, violation.get('location', [])[1:]))}"
                                 f" {violation.get('message')}")
        return status, answer_headers, answer

    def etag(self, path, token=None, headers=None):
        status, answer_headers, _ = self.call(200, "GET", path, token=token, headers=headers)
        return answer_headers.get("etag")

    def conditional(self, path, headers=None):
        """A read, then the same read with its ETag: 304."""
        tag = self.etag(path, headers=headers)
        self.call(304, "GET", path, headers=dict(headers or {}, **{"If-None-Match": tag}))


def violations_of(header):
    """The violations Prism lists in its sl-violations header (a JSON array; one entry each, whatever its length)."""
    try:
        return json.loads(header)
    except ValueError:
        return [{"location": ["response"], "message": "(sl-violations header not readable as JSON) " + header[:500]}]


def multipart(field, filename, content):
    boundary = "karirhub-" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n"
            f"Content-Type: text/csv\r\n\r\n{content}\r\n--{boundary}--\r\n")
    return body, f"multipart/form-data; boundary={boundary}"


def corpus(c, officer, planner, auditor, publisher):
    """Every operation with its answers and refusals. Years 2041-2049 belong to this check.

    Prism parses a JSON body and forwards it re-serialised, so what only a raw body can show (a key
    given twice) is BadRequestCorpusTest's, not this check's."""
    J = "application/json"
    past = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 1))
    xml = {"Accept": "application/xml"}

    # --- Reads of the 2021 seed --------------------------------------------------------------
    c.call(200, "GET", "/api/v1/categories")
    c.conditional("/api/v1/code-lists")
    c.conditional("/api/v1/code-lists/AGE_GROUP")
    c.call(404, "GET", "/api/v1/code-lists/RELIGION")
    c.call(200, "GET", "/api/v1/indicators")
    c.call(200, "GET", "/api/v1/counts?category=JOB_SEEKER&year=2021&month=10")
    c.call(200, "GET", "/api/v1/counts?year=2021&region=32,33")
    c.conditional("/api/v1/counts?year=2021&month=1")
    c.call(400, "GET", "/api/v1/counts?year=1899", invalid=True)
    c.call(400, "GET", "/api/v1/counts?category=NURSE", invalid=True)
    c.call(200, "GET", "/api/v1/counts/JOB_SEEKER/2021/10/weeks/1")
    c.conditional("/api/v1/counts/JOB_SEEKER/2021/10/weeks/3")
    c.call(400, "GET", "/api/v1/counts/JOB_SEEKER/2021/10/weeks/5", invalid=True)
    c.call(404, "GET", "/api/v1/counts/JOB_SEEKER/2049/10/weeks/1")
    c.call(200, "GET", "/api/v1/counts/EMPLOYER/2021/1")
    c.conditional("/api/v1/counts/EMPLOYER/2021/2")
    c.call(400, "GET", "/api/v1/counts/EMPLOYER/2021/13", invalid=True)
    c.call(404, "GET", "/api/v1/counts/EMPLOYER/2049/1")
    for path in ("/api/v1/counts/JOB_SEEKER/2021/10/weeks/1/history", "/api/v1/counts/EMPLOYER/2021/1/history"):
        c.call(200, "GET", path, token=auditor)
        c.call(401, "GET", path, invalid=True)
        c.call(403, "GET", path, token=planner)
        c.call(400, "GET", path.replace("2021", "1999"), token=auditor, invalid=True)
    c.call(200, "GET", "/api/v1/audit?year=2021&limit=2", token=auditor)
    c.call(200, "GET", "/api/v1/audit?category=EMPLOYER&since=2000-01-01T00:00:00Z&after=1&limit=1", token=auditor)
    c.call(400, "GET", "/api/v1/audit?limit=0", token=auditor, invalid=True)
    c.call(401, "GET", "/api/v1/audit", invalid=True)
    c.call(403, "GET", "/api/v1/audit", token=officer)
    c.call(200, "GET", "/api/v1/indicators/FACILITATED_WORKERS/realisations/2021")
    c.call(200, "GET", "/api/v1/indicators/DATA_UTILITY_INDEX/realisations/2021")
    c.call(400, "GET", "/api/v1/indicators/HAPPINESS/realisations/2021", invalid=True)
    c.call(404, "GET", "/api/v1/indicators/USER_SATISFACTION_INDEX/realisations/2049")

    report = "/api/v1/reports/performance?year=2021"
    c.call(200, "GET", report)
    c.call(200, "GET", report + "&format=csv")
    c.call(200, "GET", report + "&format=csv&bom=true")
    c.call(200, "GET", report + "&format=html")
    c.call(200, "GET", report, headers={"Accept": "text/csv"})
    c.call(200, "GET", report, headers={"Accept": "text/html"})
    c.call(200, "GET", report + "&asOf=" + past)
    c.conditional(report)
    c.call(400, "GET", report + "&format=xml", invalid=True)
    c.call(400, "GET", "/api/v1/reports/performance", invalid=True)

    series = "/api/v1/series?indicator=FACILITATED_WORKERS&from=2021-Q4&transform=cumulative"
    c.call(200, "GET", series)
    c.call(200, "GET", "/api/v1/series?indicator=SERVICE_USERS&from=2021&interval=quarter&format=csv&bom=true")
    c.call(200, "GET", "/api/v1/series?indicator=FACILITATED_WORKERS&category=EMPLOYER&from=2021-Q4&format=sdmx-csv")
    c.call(200, "GET", "/api/v1/series?category=JOB_SEEKER&last=4&interval=week&transform=change")
    c.call(200, "GET", "/api/v1/series?indicator=VACANCIES_PER_100_JOB_SEEKERS&from=2021&interval=year")
    c.call(200, "GET", "/api/v1/series?indicator=FACILITATED_WORKERS&from=2021-10&to=2021-12&transform=year-over-year")
    c.conditional(series)
    c.call(400, "GET", "/api/v1/series?indicator=FACILITATED_WORKERS&from=2021-13")
    c.call(400, "GET", "/api/v1/series?indicator=VACANCIES_PER_100_JOB_SEEKERS&from=2021&transform=cumulative")

    for name in ("facilitated-workers", "service-users"):
        base = f"/api/v1/statistics/{name}?year=2021"
        c.call(200, "GET", base)
        c.call(200, "GET", base + "&format=csv")
        c.call(200, "GET", base + "&format=sdmx-csv")
        c.call(200, "GET", base, headers={"Accept": "application/vnd.sdmx.data+csv;version=2.0.0"})
        c.call(200, "GET", base, headers={"Accept": "text/csv"})
        c.call(200, "GET", base + "&region=32")
        c.call(200, "GET", base + "&asOf=" + past)
        c.conditional(base)
        c.call(400, "GET", f"/api/v1/statistics/{name}?year=1899", invalid=True)
        c.call(400, "GET", base + "&format=sdmx-csv&bom=maybe", invalid=True)
        by_region = f"/api/v1/statistics/{name}/by-region?year=2021"
        c.call(200, "GET", by_region)
        c.call(200, "GET", by_region + "&month=3&level=regency&parent=32")
        c.call(200, "GET", by_region + "&format=csv")
        c.conditional(by_region)
        c.call(400, "GET", by_region + "&level=regency")
    for indicator in ("FACILITATED_WORKERS", "SERVICE_USERS"):
        latest = f"/api/v1/statistics/latest?indicator={indicator}"
        c.call(200, "GET", latest)
        c.call(200, "GET", latest + "&year=2021&format=csv")
        c.conditional(latest)
    c.call(400, "GET", "/api/v1/statistics/latest?indicator=DATA_UTILITY_INDEX", invalid=True)
    labour = "/api/v1/statistics/labour-market?year=2021"
    c.call(200, "GET", labour)
    c.call(200, "GET", labour + "&month=10")
    c.call(200, "GET", labour + "&by=region&level=province")
    c.call(200, "GET", labour + "&region=32")
    c.call(200, "GET", labour + "&format=csv")
    c.call(200, "GET", labour + "&by=region&format=csv")
    c.conditional(labour)
    c.conditional(labour + "&by=region")
    c.call(400, "GET", labour + "&by=province", invalid=True)
    breakdown = "/api/v1/statistics/breakdown?measure=JOB_SEEKER&year=2021"
    c.call(200, "GET", breakdown + "&by=sex")
    c.call(200, "GET", breakdown + "&month=1&week=1&region=32&by=ageGroup,occupation")
    c.call(200, "GET", breakdown + "&month=3&by=education&format=csv")
    c.call(200, "GET", breakdown + "&month=3&by=sex,education&format=sdmx-csv")
    c.call(200, "GET", "/api/v1/statistics/facilitated-workers/by-region?year=2021&month=3&sex=P")
    c.call(200, "GET", "/api/v1/statistics/service-users/by-region?year=2021&level=regency&parent=32&ageGroup=15-24")
    c.call(200, "GET", "/api/v1/statistics/labour-market?year=2021&by=region&education=SMK")
    c.call(200, "GET", "/api/v1/statistics/facilitated-workers?year=2021&sex=L&format=sdmx-csv")
    c.conditional(breakdown + "&by=sex")
    c.call(400, "GET", breakdown + "&by=religion")
    c.call(400, "GET", "/api/v1/statistics/breakdown?year=2021&by=sex", invalid=True)
    c.call(422, "GET", breakdown + "&by=sex&region=93")
    mismatch = "/api/v1/statistics/education-mismatch?year=2021"
    c.call(200, "GET", mismatch)
    c.call(200, "GET", mismatch + "&month=3&region=32&format=csv")
    c.call(200, "GET", mismatch + "&month=3&format=sdmx-csv")
    c.conditional(mismatch)
    c.call(400, "GET", mismatch + "&month=13", invalid=True)
    c.call(422, "GET", mismatch + "&region=93")
    balance = "/api/v1/statistics/register-balance?registerId=job-seekers&year=2021"
    c.call(200, "GET", balance)
    c.call(200, "GET", balance.replace("job-seekers", "vacancies") + "&region=32,33&format=csv")
    c.conditional(balance)
    c.call(400, "GET", balance.replace("job-seekers", "employers"), invalid=True)
    c.call(400, "GET", "/api/v1/statistics/register-balance?year=2021", invalid=True)
    c.call(422, "GET", balance + "&region=93")
    # Events: judged against the clock (from 1 January of last year to now), so of an hour ago, in Kota
    # Banda Aceh (11.71), where the clients do not publish
    hour_ago = time.time() - 3600
    occurred = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(hour_ago))
    event = ('{"eventId":"contract-%d","type":"VACANCY_POSTED","occurredAt":"%s","region":"11.71","openings":2}'
             % (int(hour_ago), occurred))
    c.call(200, "POST", "/api/v1/events", token=publisher, body="[" + event + "," + event + "]", content_type=J)
    c.call(200, "POST", "/api/v1/events", token=publisher, body='[{"eventId":"x","type":"EMPLOYER_REGISTERED"}]',
           content_type=J, invalid=True)  # refused in the answer (no occurredAt), not by the status
    c.call(400, "POST", "/api/v1/events", token=publisher, body='{"eventId":"x"}', content_type=J, invalid=True)
    c.call(401, "POST", "/api/v1/events", body="[]", content_type=J, invalid=True)
    c.call(403, "POST", "/api/v1/events", token=officer, body="[]", content_type=J)
    reconciliation = ("/api/v1/statistics/live-reconciliation?category=VACANCY&year="
                      + time.strftime("%Y", time.gmtime(hour_ago + 7 * 3600)))  # the year in Jakarta
    c.call(200, "GET", reconciliation + "&region=11.71")
    c.call(200, "GET", "/api/v1/statistics/live-reconciliation?category=EMPLOYER&year=2021&region=32")
    c.call(400, "GET", "/api/v1/statistics/live-reconciliation?category=VACANCIES_REMAINING&year=2021", invalid=True)
    c.call(400, "GET", "/api/v1/statistics/live-reconciliation?year=2021", invalid=True)
    c.call(422, "GET", "/api/v1/statistics/live-reconciliation?category=EMPLOYER&year=2021&region=93")
    c.call(200, "GET", "/api/v1/statistics/facilitated-workers?year=2021&basis=official")
    c.call(200, "GET", "/api/v1/statistics/headline?basis=live")
    c.call(400, "GET", "/api/v1/series?indicator=SERVICE_USERS&last=4&basis=lively", invalid=True)
    c.call(200, "GET", "/api/v1/stream?duration=1", headers={"Accept": "text/event-stream"})
    c.call(400, "GET", "/api/v1/stream?duration=0", invalid=True)
    c.call(200, "GET", "/api/v1/statistics/headline")
    c.call(200, "GET", "/api/v1/statistics/headline?year=2021&region=32")
    c.conditional("/api/v1/statistics/headline?year=2021")
    c.call(400, "GET", "/api/v1/statistics/headline?year=21", invalid=True)
    c.call(200, "GET", "/api/v1/targets")
    c.conditional("/api/v1/targets?year=2021")
    c.call(400, "GET", "/api/v1/targets?year=twenty", invalid=True)

    c.call(200, "GET", "/api/v1/catalog")
    c.call(200, "GET", "/api/v1/catalog?format=turtle")
    c.call(200, "GET", "/api/v1/catalog", headers={"Accept": "text/turtle"})
    c.conditional("/api/v1/catalog")
    c.call(400, "GET", "/api/v1/catalog?format=rdfxml", invalid=True)
    c.conditional("/api/v1/datasets")
    c.conditional("/api/v1/datasets/facilitated-workers")
    c.call(200, "GET", "/api/v1/datasets/service-users-by-region")
    c.call(404, "GET", "/api/v1/datasets/nothing", invalid=True)
    c.conditional("/api/v1/datasets/service-users/structure")
    c.call(200, "GET", "/api/v1/datasets/facilitated-workers-by-region/structure")
    c.call(404, "GET", "/api/v1/datasets/performance-report/structure")
    for ipk in ("job-seekers-by-characteristics", "vacancies-by-occupation", "register-job-seekers", "register-vacancies",
                "education-mismatch"):
        c.call(200, "GET", "/api/v1/datasets/" + ipk)
    c.call(200, "GET", "/api/v1/datasets/job-seekers-by-characteristics/structure")
    c.call(200, "GET", "/api/v1/datasets/register-vacancies/structure")
    c.call(200, "GET", "/api/v1/datasets/education-mismatch/structure")

    c.call(200, "GET", "/api/v1/regions")
    c.conditional("/api/v1/regions?level=province&date=2021-06-30")
    c.call(200, "GET", "/api/v1/regions?parent=DIY")
    c.call(400, "GET", "/api/v1/regions?level=kecamatan", invalid=True)
    c.conditional("/api/v1/regions/3273")
    c.call(200, "GET", "/api/v1/regions/91?date=2021-06-30")
    c.call(400, "GET", "/api/v1/regions/3x", invalid=True)
    c.call(404, "GET", "/api/v1/regions/99")
    c.call(200, "GET", "/api/v1/regions/lookup?name=Kab.%20Merauke&date=2021-06-30")
    c.call(400, "GET", "/api/v1/regions/lookup?name=Bandung")
    c.call(404, "GET", "/api/v1/regions/lookup?name=Papua%20Selatan&date=2021-06-30")

    for health in ("/q/health", "/q/health/live", "/q/health/ready", "/q/health/started"):
        c.call(200, "GET", health)
    c.call(200, "GET", "/dashboard/config")

    # --- Writes (years 2041-2049) ---------------------------------------------------------------
    week = "/api/v1/counts/JOB_SEEKER/2041/1/weeks/1"
    c.call(201, "PUT", week, token=officer, body='{"count":3770}', content_type=J)
    c.call(200, "PUT", week, token=officer, body='{"count":3770}', content_type=J)
    tag = c.etag(week)
    c.call(200, "PUT", week, token=officer, body='{"count":3790}', content_type=J, headers={"If-Match": tag})
    c.call(412, "PUT", week, token=officer, body='{"count":3800}', content_type=J, headers={"If-Match": tag})
    c.call(400, "PUT", week, token=officer, body='{"count":-1}', content_type=J, invalid=True)
    c.call(201, "PUT", week + "?region=32.73", token=officer, body='{"count":410}', content_type=J)
    c.call(409, "PUT", week + "?region=32", token=officer, body='{"count":5000}', content_type=J)
    c.call(422, "PUT", "/api/v1/counts/JOB_SEEKER/2021/6/weeks/1?region=93", token=officer, body='{"count":5}',
           content_type=J)
    c.call(401, "PUT", week, body='{"count":1}', content_type=J, invalid=True)
    c.call(403, "PUT", week, token=planner, body='{"count":1}', content_type=J)
    c.call(415, "PUT", week, token=officer, body="count=1", content_type="text/plain", invalid=True)

    month = "/api/v1/counts/EMPLOYER/2041/1"
    c.call(201, "PUT", month, token=officer, body='{"count":1182}', content_type=J)
    c.call(200, "PUT", month, token=officer, body='{"count":1183}', content_type=J)
    c.call(409, "PUT", "/api/v1/counts/EMPLOYER/2041/1/weeks/2", token=officer, body='{"count":1}', content_type=J)
    c.call(409, "PUT", "/api/v1/counts/JOB_SEEKER/2041/1", token=officer, body='{"count":1}', content_type=J)
    c.call(412, "PUT", month, token=officer, body='{"count":1}', content_type=J, headers={"If-Match": '"1.0"'})
    c.call(400, "PUT", month, token=officer, body='{"count":1.5}', content_type=J, invalid=True)
    c.call(422, "PUT", "/api/v1/counts/EMPLOYER/2021/6?region=93", token=officer, body='{"count":5}', content_type=J)
    c.call(401, "PUT", month, body='{"count":1}', content_type=J, invalid=True)
    c.call(403, "PUT", month, token=auditor, body='{"count":1}', content_type=J)
    c.call(415, "PUT", month, token=officer, body="<count>1</count>", content_type="application/xml", invalid=True)

    c.call(412, "DELETE", week, token=officer, headers={"If-Match": tag})
    c.call(204, "DELETE", week + "?region=32.73", token=officer)
    c.call(204, "DELETE", week, token=officer)
    c.call(404, "DELETE", week, token=officer)
    c.call(400, "DELETE", "/api/v1/counts/JOB_SEEKER/2041/1/weeks/0", token=officer, invalid=True)
    c.call(401, "DELETE", week, invalid=True)
    c.call(403, "DELETE", week, token=planner)
    c.call(412, "DELETE", month, token=officer, headers={"If-Match": '"1.0"'})
    c.call(204, "DELETE", month, token=officer)
    c.call(404, "DELETE", month, token=officer)
    c.call(400, "DELETE", "/api/v1/counts/EMPLOYER/2041/0", token=officer, invalid=True)
    c.call(401, "DELETE", month, invalid=True)
    c.call(403, "DELETE", month, token=auditor)
    problem = {"Accept": "application/problem+json"}
    c.call(201, "PUT", month, token=officer, body='{"count":1182}', content_type=J)
    c.call(204, "DELETE", month, token=officer, headers=problem)
    c.call(200, "GET", "/api/v1/categories", headers=problem)
    c.call(200, "GET", "/api/v1/categories", headers={"Accept": "application/json, application/problem+json"})

    batch = "/api/v1/counts/batch"
    items = [{"category": "JOB_SEEKER", "year": 2042, "month": m, "week": None, "count": n}
             for m, n in ((1, 3770), (2, 4000), (3, 5000))]
    items += [{"category": "VACANCY", "year": 2042, "month": m, "week": None, "count": n} for m, n in ((1, 1885), (2, 1000))]
    items.append({"category": "JOB_SEEKER", "year": 2042, "month": 4, "week": 1, "count": 7, "region": "32.73"})
    # parts of January's job seekers by sex and education (the margins of two dimensions)
    items += [{"category": "JOB_SEEKER", "year": 2042, "month": 1, "week": None, "count": n, "sex": sex, "education": edu}
              for sex, edu, n in (("L", "SMA", 900), ("L", "SMK", 800), ("P", "SMA", 700), ("P", "S1", 600))]
    items.append({"category": "JOB_SEEKER", "year": 2042, "month": 1, "week": None, "count": 1800, "sex": "Laki-laki"})
    c.call(200, "POST", batch, token=officer, body=json.dumps(items), content_type=J)
    c.call(200, "POST", batch, token=officer, body=json.dumps(items), content_type=J)
    c.call(400, "POST", batch, token=officer, content_type=J,
           body='[{"category":"JOB_SEEKER","year":2042,"month":1,"count":1,"education":"SD ke bawah"}]')
    c.call(409, "POST", batch, token=officer, content_type=J,
           body='[{"category":"JOB_SEEKER","year":2042,"month":1,"count":3000,"sex":"P"}]')
    part = "/api/v1/counts/VACANCY/2042/1?occupation=7&education=SMK"
    c.call(201, "PUT", part, token=officer, body='{"count":100}', content_type=J)
    c.call(200, "GET", part)
    c.call(200, "GET", "/api/v1/counts/VACANCY/2042/1/history?occupation=7&education=SMK", token=auditor)
    c.call(400, "PUT", "/api/v1/counts/VACANCY/2042/1?occupation=99", token=officer, body='{"count":1}', content_type=J)
    c.call(409, "PUT", "/api/v1/counts/VACANCY/2042/1?occupation=2", token=officer, body='{"count":1900}', content_type=J)
    c.call(400, "POST", batch, token=officer, body='[{"category":"JOB_SEEKER","year":2042,"month":1,"week":9,"count":1}]',
           content_type=J, invalid=True)
    c.call(400, "POST", batch, token=officer, body='{"category":"JOB_SEEKER"}', content_type=J, invalid=True)
    c.call(409, "POST", batch, token=officer, body='[{"category":"JOB_SEEKER","year":2042,"month":1,"week":1,"count":1}]',
           content_type=J)
    c.call(422, "POST", batch, token=officer,
           body='[{"category":"JOB_SEEKER","year":2021,"month":6,"week":1,"count":1,"region":"93"}]', content_type=J)
    c.call(401, "POST", batch, body="[]", content_type=J, invalid=True)
    c.call(403, "POST", batch, token=planner, body="[]", content_type=J)
    c.call(415, "POST", batch, token=officer, body="category=JOB_SEEKER", content_type="application/x-www-form-urlencoded",
           invalid=True)
    c.call(415, "POST", batch, token=officer, body="[]", content_type="", invalid=True)

    imports = "/api/v1/imports"
    csv = ("kategori;tahun;bulan;minggu;jumlah\r\nPencari Kerja Aktif;2043;Januari;I;3.770\r\n"
           "Pemberi Kerja;2043;Januari;;1.182\r\nPelatihan Pra Kerja;2043;Januari;;-\r\n")
    c.call(200, "POST", imports, token=officer, body=csv, content_type="text/csv")
    form, form_type = multipart("file", "januari-2043.csv", csv.replace("3.770", "3.771"))
    c.call(200, "POST", imports, token=officer, body=form, content_type=form_type)
    c.call(200, "POST", imports, token=officer, body=csv.replace("2043", "2044"), content_type="text/plain; charset=UTF-8")
    c.call(422, "POST", imports, token=officer, body="kategori;tahun;bulan;minggu;jumlah\r\nPencari Kerja Aktif;2043;Juni-Juli;I;1\r\n",
           content_type="text/csv")
    c.call(409, "POST", imports, token=officer, body="kategori;tahun;bulan;minggu;jumlah\r\nPemberi Kerja;2043;Januari;II;5\r\n",
           content_type="text/csv")
    form, form_type = multipart("upload", "januari.csv", csv)
    c.call(400, "POST", imports, token=officer, body=form, content_type=form_type, invalid=True)
    c.call(401, "POST", imports, body=csv, content_type="text/csv", invalid=True)
    c.call(403, "POST", imports, token=auditor, body=csv, content_type="text/csv")
    c.call(415, "POST", imports, token=officer, body="{}", content_type="application/json", invalid=True)

    target = "/api/v1/targets/FACILITATED_WORKERS/2045"
    c.call(201, "PUT", target, token=planner, body='{"target":2000000}', content_type=J)
    c.call(200, "PUT", target, token=planner, body='{"target":2100000}', content_type=J)
    c.call(400, "PUT", target, token=planner, body='{"target":10.5}', content_type=J)
    c.call(400, "PUT", "/api/v1/targets/FACILITATED_WORKERS/1999", token=planner, body='{"target":1}', content_type=J,
           invalid=True)
    c.call(401, "PUT", target, body='{"target":1}', content_type=J, invalid=True)
    c.call(403, "PUT", target, token=officer, body='{"target":1}', content_type=J)
    c.call(415, "PUT", target, token=planner, body="target=1", content_type="text/plain", invalid=True)

    realisation = "/api/v1/indicators/USER_SATISFACTION_INDEX/realisations/2045"
    evidence = '{"realisation":86.35,"evidence":"Survey of 400 respondents, Krejcie-Morgan, 5% error"}'
    c.call(201, "PUT", realisation, token=planner, body=evidence, content_type=J)
    c.call(200, "PUT", realisation, token=planner, body=evidence, content_type=J)
    c.call(200, "GET", realisation)
    c.call(400, "PUT", "/api/v1/indicators/OPERATIONAL_POC_PERCENT/realisations/2045", token=planner,
           body='{"realisation":101,"evidence":"count of points of contact"}', content_type=J, invalid=True)
    c.call(400, "PUT", realisation, token=planner, body='{"realisation":1,"evidence":"a\\u0000b"}', content_type=J,
           invalid=True)
    c.call(409, "PUT", "/api/v1/indicators/FACILITATED_WORKERS/realisations/2045", token=planner,
           body='{"realisation":1,"evidence":"sum"}', content_type=J)
    c.call(401, "PUT", realisation, body=evidence, content_type=J, invalid=True)
    c.call(403, "PUT", realisation, token=officer, body=evidence, content_type=J)
    c.call(415, "PUT", realisation, token=planner, body=evidence, content_type="text/plain", invalid=True)

    # The vacancies of 2042 (batch above) against its job seekers: the ratio is a number now.
    c.call(200, "GET", "/api/v1/series?indicator=VACANCIES_PER_100_JOB_SEEKERS&from=2042-Q1&interval=quarter")
    c.call(200, "GET", "/api/v1/statistics/labour-market?year=2042&month=1")
    c.call(200, "GET", "/api/v1/statistics/breakdown?measure=JOB_SEEKER&year=2042&month=1&by=sex,education")
    c.call(200, "GET", "/api/v1/statistics/breakdown?measure=JOB_SEEKER&year=2042&month=1&by=education")
    c.call(200, "GET", "/api/v1/statistics/facilitated-workers/by-region?year=2042&month=4&level=regency&parent=32")

    # --- What every operation answers: 400, 406, 414, 431 (and 413 where there is a body) ---------
    for method, template, _pattern, operation_id, _statuses in c.contract.operations:
        path = c.contract.sample(method, template)
        token = {"listAuditEntries": auditor, "getWeekCountHistory": auditor, "getMonthCountHistory": auditor,
                 "putTarget": planner, "putRealisation": planner, "postEvents": publisher}.get(operation_id, officer)
        token = token if method != "GET" or "History" in operation_id or operation_id == "listAuditEntries" else None
        body, content_type = body_of(operation_id)
        if not path.startswith("/q/"):
            c.call(406, method, path, token=token, headers=xml, body=body, content_type=content_type)
        sep = "&" if "?" in path else "?"
        c.call(400, method, path + sep + "dup=1&dup=2", token=token, body=body, content_type=content_type)
        c.call(414, method, path + sep + "pad=" + "x" * 9000, token=token, body=body, content_type=content_type)
        c.call(431, method, path, token=token, headers={"X-Pad": "y" * 21000}, body=body, content_type=content_type)
        if body is not None:
            c.call(413, method, path, token=token, body=b" " * (MAX_BODY + 1), content_type=content_type, invalid=True)


def body_of(operation_id):
    return {"postCountBatch": ("[]", "application/json"),
            "postEvents": ("[]", "application/json"),
            "putWeekCount": ('{"count":1}', "application/json"),
            "putMonthCount": ('{"count":1}', "application/json"),
            "putTarget": ('{"target":1}', "application/json"),
            "putRealisation": ('{"realisation":1,"evidence":"x"}', "application/json"),
            "postImport": ("kategori;tahun;bulan;minggu;jumlah\r\n", "text/csv")}.get(operation_id, (None, None))


def run_clients(prism_url, tokens, prism_log):
    """The generated Python and TypeScript clients, each calling every operation through Prism."""
    failures = []
    env = dict(os.environ, KARIRHUB_URL=prism_url, KARIRHUB_OFFICER_TOKEN=tokens[0], KARIRHUB_PLANNER_TOKEN=tokens[1],
               KARIRHUB_AUDITOR_TOKEN=tokens[2], KARIRHUB_PUBLISHER_TOKEN=tokens[3])
    python_client = CLIENTS / "python"
    typescript_client = CLIENTS / "typescript"
    runs = [("Python", ["/usr/bin/python3", str(ROOT / "src/test/clients/python/check_client.py")],
             dict(env, PYTHONPATH=str(python_client))),
            ("TypeScript", ["bash", str(ROOT / "src/test/clients/typescript/check_client.sh"), str(typescript_client)], env)]
    for name, command, run_env in runs:
        before = prism_log.stat().st_size
        started = time.monotonic()
        result = subprocess.run(command, cwd=ROOT, env=run_env, capture_output=True, text=True, timeout=600)
        print(f"== {name} client ({time.monotonic() - started:.0f} s)\n{result.stdout.strip()}")
        if result.returncode != 0:
            failures.append(f"{name} client failed (exit {result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        with open(prism_log, encoding="utf-8", errors="replace") as log:
            log.seek(before)
            for line in log:
                if "Violation:" in line:
                    failures.append(f"{name} client: Prism: {line.split('Violation:', 1)[1].strip()}")
    return failures


def main():
    contract = Contract(ROOT / "openapi.yaml")
    if not service.JAR.exists():
        sys.exit(f"{service.JAR} is missing: run ./mvnw package (or verify) first")
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    port, prism_port = service.free_port(), service.free_port()
    started = time.monotonic()
    server_log, prism_log = WORK / "service.log", WORK / "prism.log"
    server = service.start(["java", "-jar", str(service.JAR)], WORK, service.service_env(port, **service.DEV_KEY), server_log)
    # Node's HTTP server refuses headers over 16 KiB itself; the service's own limit (20 KiB, 431) is the one to test.
    prism = service.start(["npx", "-y", PRISM, "proxy", str(ROOT / "openapi.yaml"), f"http://127.0.0.1:{port}",
                           "-h", "127.0.0.1", "-p", str(prism_port)], WORK,
                          dict(os.environ, NODE_OPTIONS="--max-http-header-size=65536"), prism_log)
    failures = []
    try:
        service.wait_ready(f"http://127.0.0.1:{port}/q/health/ready", server, "the service", server_log)
        service.wait_ready(f"http://127.0.0.1:{prism_port}/q/health/live", prism, "Prism", prism_log)
        tokens = [service.mint(role) for role in ("data-officer", "planner", "auditor", "event-publisher")]
        check = Check(prism_port, contract)
        corpus(check, *tokens)
        failures += check.failures
        for _method, _template, _pattern, operation_id, _statuses in contract.operations:
            statuses = check.seen.get(operation_id, {})
            if not any(200 <= s < 300 for s in statuses):
                failures.append(f"{operation_id}: no successful call")
            print(f"{operation_id:32} {' '.join(f'{s}x{n}' for s, n in sorted(statuses.items()))}")
        print(f"Prism: {check.requests} requests over {len(contract.operations)} operations: {check.violations} violations, "
              f"{check.undocumented} undocumented statuses, {len(check.failures)} failures")
        for known in check.known:
            print("KNOWN:", known)
        failures += run_clients(f"http://127.0.0.1:{prism_port}", tokens, prism_log)
    finally:
        service.stop(prism)
        service.stop(server)
    print(f"contract check: {time.monotonic() - started:.0f} s; logs in {WORK}")
    for failure in failures:
        print("FAILED:", failure, file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
