"""Calls every operation of the service through the Python client openapi-generator made from openapi.yaml.

    PYTHONPATH=target/generated-clients/python KARIRHUB_URL=http://127.0.0.1:PORT \
    KARIRHUB_OFFICER_TOKEN=... KARIRHUB_PLANNER_TOKEN=... KARIRHUB_AUDITOR_TOKEN=... \
    KARIRHUB_PUBLISHER_TOKEN=... \
    /usr/bin/python3 src/test/clients/python/check_client.py

The client (generator python-pydantic-v1) is used as generated: its models validate every answer
they read and every value they send. Each call checks a figure of the 2021 seed or what an earlier
call stored; writes go to the year 2047, which no other caller of the contract check uses.
.ci/contract_check.py runs this against Prism in front of the packaged service.
"""
import datetime
import os
import sys
import tempfile

import karirhub_client as k
from karirhub_client.rest import ApiException

URL = os.environ["KARIRHUB_URL"]
YEAR = 2047
# The server side of issue 24, item 2 (error media types in Accept must not refuse a request) is
# made outside this branch; until it lands a DELETE, whose only media type is problem+json, gets 406.

calls = []


def client(token=None):
    configuration = k.Configuration(host=URL)
    if token:
        configuration.access_token = token
    return k.ApiClient(configuration)


def check(operation, condition, shown):
    calls.append(operation)
    if not condition:
        raise AssertionError(f"{operation}: unexpected answer {shown!r}")


def main():
    public = client()
    officer = client(os.environ["KARIRHUB_OFFICER_TOKEN"])
    planner = client(os.environ["KARIRHUB_PLANNER_TOKEN"])
    auditor = client(os.environ["KARIRHUB_AUDITOR_TOKEN"])

    categories = k.CategoriesApi(public).list_categories()
    check("listCategories", [c.code for c in categories][:2] == [k.CategoryCode.JOB_SEEKER, k.CategoryCode.EMPLOYER],
          categories)
    indicators = k.IndicatorsApi(public).list_indicators()
    check("listIndicators", len(indicators) == 7, indicators)

    statistics = k.StatisticsApi(public)
    workers = statistics.get_facilitated_workers(year=2021)
    check("getFacilitatedWorkers", workers.total == 1040746 and workers.achievement_percent == 52.04, workers)
    raw = statistics.get_facilitated_workers_with_http_info(year=2021, format="sdmx-csv", _preload_content=False).raw_data
    check("getFacilitatedWorkers (sdmx-csv)", raw.startswith(b"STRUCTURE,STRUCTURE_ID"), raw[:60])
    users = statistics.get_service_users(year=2021)
    check("getServiceUsers", users.total == 1602957 and users.by_category.employer == 15467, users)
    by_region = statistics.get_facilitated_workers_by_region(year=2021)
    check("getFacilitatedWorkersByRegion", by_region.total == 1040746 and len(by_region.rows) == 34
          and by_region.rows[0].by_category.job_seeker is None, by_region.rows[:1])
    users_by_region = statistics.get_service_users_by_region(year=2021, month=3, level="regency", parent="32")
    check("getServiceUsersByRegion", len(users_by_region.rows) == 27, users_by_region.level)
    by_sex = statistics.get_dimension_breakdown(measure=k.CategoryCode.JOB_SEEKER, year=2021, by="sex")
    check("getDimensionBreakdown", by_sex.total == 1040746 and len(by_sex.cells) == 2 and by_sex.cells[0].count is None
          and by_sex.cells[1].sex.code == "P", by_sex)
    register = statistics.get_register_balance(register_id="job-seekers", year=2021)
    check("getRegisterBalance", len(register.months) == 12 and register.months[0].registered == 11134
          and register.months[0].closing is None and register.months[0].balanced is None, register.months[0])
    mismatch = statistics.get_education_mismatch(year=2021)
    check("getEducationMismatch", mismatch.total.job_seekers == 1040746 and len(mismatch.levels) == 11
          and mismatch.levels[0].job_seekers is None, mismatch.total)
    # An event of an hour ago (events are judged against the clock: from 1 January of last year to now),
    # in Kabupaten Simeulue (11.01), where no other caller of the contract check publishes
    publisher = client(os.environ["KARIRHUB_PUBLISHER_TOKEN"])
    jakarta = datetime.timezone(datetime.timedelta(hours=7))
    moment = (datetime.datetime.now(jakarta) - datetime.timedelta(hours=1)).replace(microsecond=0)
    event_id = f"python-client-{os.getpid()}-{int(moment.timestamp())}"
    event = k.LiveEvent(event_id=event_id, type="EMPLOYER_REGISTERED", occurred_at=moment, region="11.01")
    intake = k.EventsApi(publisher).post_events(live_event=[event, event])
    check("postEvents", intake.counted == 1 and intake.duplicates == 1 and intake.refused == [], intake)
    reconciliation = k.EventsApi(public).get_live_reconciliation(category=k.CategoryCode.EMPLOYER, year=moment.year,
                                                                  region="11.01")
    check("getLiveReconciliation", reconciliation.months[moment.month - 1].live is not None
          and reconciliation.months[moment.month - 1].live >= 1, reconciliation.months[moment.month - 1])
    latest = statistics.get_latest_figures(indicator="FACILITATED_WORKERS", year=2021)
    check("getLatestFigures", latest.year_to_date == 1040746 and latest.elapsed_weeks == 48, latest)
    labour = statistics.get_labour_market(year=2021)
    check("getLabourMarket", labour.year_total.job_seekers == 1040746 and labour.rows is None, labour.year_total)
    labour_by_region = statistics.get_labour_market(year=2021, by="region", level="province")
    check("getLabourMarket (by=region)", len(labour_by_region.rows) == 34, labour_by_region.level)
    headline = statistics.get_headline_figures(year=2021)
    check("getHeadlineFigures", headline.employers == 15467 and headline.service_users.year_to_date == 1602957, headline)

    series = k.SeriesApi(public).get_series(indicator="FACILITATED_WORKERS", var_from="2021-Q4", transform="cumulative")
    check("getSeries", [p.value for p in series.series[0].points] == [883743, 991476, 1040746], series)
    report = k.ReportsApi(public).get_performance_report(year=2021)
    check("getPerformanceReport", [r.achievement_percent for r in report.rows][4:6] == [52.04, 72.86]
          and isinstance(report.data_as_of, datetime.datetime), report.rows[4])
    targets = k.TargetsApi(public).list_targets(year=2021)
    check("listTargets", len(targets) == 7, targets)

    satu_data = k.SatuDataApi(public)
    check("listDatasets", len(satu_data.list_datasets()) == 16, "datasets")
    dataset = satu_data.get_dataset(id="facilitated-workers-by-region")
    check("getDataset", dataset.id == "facilitated-workers-by-region", dataset.id)
    structure = satu_data.get_dataset_structure(id="service-users")
    check("getDatasetStructure", structure.dataflow == "KEMNAKER:DF_KARIRHUB(2.0.0)", structure.dataflow)
    catalog = satu_data.get_catalog()
    check("getCatalog", "@graph" in catalog, list(catalog)[:3])

    regions = k.RegionsApi(public)
    provinces = regions.list_regions(var_date=datetime.date(2021, 6, 30), level="province")
    check("listRegions", len(provinces) == 34, len(provinces))
    bandung = regions.get_region(code="3273")
    check("getRegion", bandung.name == "Kota Bandung" and bandung.parent.code == "32", bandung.name)
    merauke = regions.look_up_region(name="Kab. Merauke", var_date=datetime.date(2021, 6, 30))
    check("lookUpRegion", merauke.code == "91.01" and merauke.replaced_by == "93.01", merauke.code)

    code_lists = k.CodeListsApi(public)
    lists = code_lists.list_code_lists()
    check("listCodeLists", [l.parameter for l in lists] == ["sex", "ageGroup", "education", "occupation"], lists)
    education = code_lists.get_code_list(id="EDUCATION")
    check("getCodeList", [c.code for c in education.codes][5] == "SMK" and education.codes[5].international_code == "3",
          education.codes[5])

    health = k.MicroProfileHealthApi(public)
    for name, call in (("microprofile_health_root", health.microprofile_health_root),
                       ("microprofile_health_liveness", health.microprofile_health_liveness),
                       ("microprofile_health_readiness", health.microprofile_health_readiness),
                       ("microprofile_health_startup", health.microprofile_health_startup)):
        answer = call()
        check(name, answer.status == "UP", answer)
    config = k.DashboardApi(public).get_dashboard_config()
    check("getDashboardConfig", config.poll_interval_millis > 0, config)

    # --- writes, year 2047 ----------------------------------------------------------------
    counts = k.CountsApi(officer)
    created = counts.put_week_count(category=k.CategoryCode.JOB_SEEKER, year=YEAR, month=1, week=1,
                                    count_value=k.CountValue(count=3770))
    check("putWeekCount", created.count == 3770 and created.week == 1, created)
    read = k.CountsApi(public).get_week_count_with_http_info(category=k.CategoryCode.JOB_SEEKER, year=YEAR, month=1, week=1)
    etag = read.headers["ETag"]
    changed = counts.put_week_count(category=k.CategoryCode.JOB_SEEKER, year=YEAR, month=1, week=1,
                                    count_value=k.CountValue(count=3790), if_match=etag)
    check("getWeekCount", read.data.count == 3770, read.data)
    check("putWeekCount (If-Match)", changed.count == 3790, changed)
    total = counts.put_month_count(category=k.CategoryCode.EMPLOYER, year=YEAR, month=1, count_value=k.CountValue(count=1182))
    check("putMonthCount", total.week is None and total.count == 1182, total)
    month = k.CountsApi(public).get_month_count(category=k.CategoryCode.EMPLOYER, year=YEAR, month=1)
    check("getMonthCount", month.count == 1182, month)
    summary = counts.post_count_batch(batch_item=[
        k.BatchItem(category=k.CategoryCode.JOB_SEEKER, year=YEAR, month=2, week=None, count=4000),
        k.BatchItem(category=k.CategoryCode.VACANCY, year=YEAR, month=2, week=None, count=1000),
        k.BatchItem(category=k.CategoryCode.JOB_SEEKER, year=YEAR, month=1, week=1, count=410, region="32.73")])
    check("postCountBatch", summary.created == 3, summary)
    listed = k.CountsApi(public).list_counts(year=YEAR, region="32.73")
    check("listCounts", [c.count for c in listed] == [410], listed)
    with tempfile.TemporaryDirectory() as directory:  # the client uploads a file it is given the path of
        path = os.path.join(directory, "maret-2047.csv")
        with open(path, "w", encoding="utf-8", newline="") as file:
            file.write("kategori;tahun;bulan;minggu;jumlah\r\nPemberi Kerja;2047;Maret;;1.471\r\n"
                       "Pelatihan Pra Kerja;2047;Maret;;-\r\n")
        imported = k.ImportsApi(officer).post_import(file=path)
    check("postImport", imported.created == 1 and imported.skipped == 1, imported)
    history = k.CountsApi(auditor).get_week_count_history(category=k.CategoryCode.JOB_SEEKER, year=YEAR, month=1, week=1)
    check("getWeekCountHistory", [e.new_value for e in history] == [3770, 3790], history)
    month_history = k.CountsApi(auditor).get_month_count_history(category=k.CategoryCode.EMPLOYER, year=YEAR, month=1)
    check("getMonthCountHistory", len(month_history) == 1, month_history)
    audit = k.AuditApi(auditor).list_audit_entries(year=YEAR, limit=2)
    check("listAuditEntries", len(audit.entries) == 2 and audit.next is not None, audit.next)

    target = k.TargetsApi(planner).put_target(indicator=k.IndicatorCode.FACILITATED_WORKERS, year=YEAR,
                                              target_value=k.TargetValue(target=2000000))
    check("putTarget", target.target == 2000000, target)
    realisation = k.IndicatorsApi(planner).put_realisation(
        code=k.IndicatorCode.USER_SATISFACTION_INDEX, year=YEAR,
        realisation_value=k.RealisationValue(realisation=86.35, evidence="Survey of 400 respondents, Krejcie-Morgan, 5% error"))
    check("putRealisation", realisation.realisation == 86.35, realisation)
    read_back = k.IndicatorsApi(public).get_realisation(code=k.IndicatorCode.USER_SATISFACTION_INDEX, year=YEAR)
    check("getRealisation", read_back.evidence.startswith("Survey"), read_back)

    for operation, delete in (
            ("deleteWeekCount", lambda: counts.delete_week_count(category=k.CategoryCode.JOB_SEEKER, year=YEAR, month=1,
                                                                 week=1, region="32.73")),
            ("deleteMonthCount", lambda: counts.delete_month_count(category=k.CategoryCode.EMPLOYER, year=YEAR, month=1))):
        delete()
        check(operation, True, None)

    # An error is an ApiException carrying the problem+json body.
    try:
        k.CountsApi(public).get_week_count(category=k.CategoryCode.JOB_SEEKER, year=2049, month=1, week=1)
        raise AssertionError("getWeekCount of 2049: expected 404")
    except ApiException as e:
        check("getWeekCount (404)", e.status == 404 and b"urn:karirhub:problem:not-found" in e.body.encode()
              if isinstance(e.body, str) else e.status == 404, e.status)

    operations = {c.split(" ")[0] for c in calls}
    print(f"Python client: {len(calls)} calls, {len(operations)} operations")
    if len(operations) < 44:
        sys.exit(f"only {len(operations)} of the 44 operations were called")


if __name__ == "__main__":
    main()
