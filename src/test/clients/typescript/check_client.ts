// Calls every operation of the service through the TypeScript client openapi-generator made from
// openapi.yaml (generator typescript-fetch, run on Node's own fetch). Each call checks a figure of
// the 2021 seed or what an earlier call stored; writes go to the year 2048, which no other caller
// of the contract check uses. check_client.sh compiles and runs it; .ci/contract_check.py runs that
// against Prism in front of the packaged service.
import {
    AuditApi, CategoriesApi, CodeListsApi, Configuration, CountsApi, DashboardApi, EventsApi, ImportsApi, IndicatorsApi, MicroProfileHealthApi,
    RegionsApi, ReportsApi, ResponseError, SatuDataApi, SeriesApi, StatisticsApi, TargetsApi,
} from './client';

// Node's own, without its type package: the one thing of Node this program uses.
declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

const url = process.env.KARIRHUB_URL as string;
const year = 2048;
const calls: string[] = [];

function configuration(token?: string): Configuration {
    return new Configuration({ basePath: url, accessToken: token });
}

function check(operation: string, condition: boolean, shown: unknown): void {
    calls.push(operation);
    if (!condition) {
        throw new Error(`${operation}: unexpected answer ${JSON.stringify(shown)}`);
    }
}

async function main(): Promise<void> {
    const open = configuration();
    const officer = configuration(process.env.KARIRHUB_OFFICER_TOKEN);
    const planner = configuration(process.env.KARIRHUB_PLANNER_TOKEN);
    const auditor = configuration(process.env.KARIRHUB_AUDITOR_TOKEN);

    const categories = await new CategoriesApi(open).listCategories();
    check('listCategories', categories.length === 11 && categories[4].code === 'VACANCY'
        && categories[7].code === 'JOB_SEEKERS_REMAINING' && categories[7].kind === 'STOCK', categories);
    const indicators = await new IndicatorsApi(open).listIndicators();
    check('listIndicators', indicators.length === 7, indicators);

    const statistics = new StatisticsApi(open);
    const workers = await statistics.getFacilitatedWorkers({ year: 2021 });
    check('getFacilitatedWorkers', workers.total === 1040746 && workers.achievementPercent === 52.04, workers.total);
    const csv = await statistics.getFacilitatedWorkersRaw({ year: 2021, format: 'csv' });
    const text = await csv.raw.text();
    check('getFacilitatedWorkers (csv)', text.startsWith('period,start,end,value,complete'), text.slice(0, 40));
    const users = await statistics.getServiceUsers({ year: 2021 });
    check('getServiceUsers', users.total === 1602957 && users.byCategory?.pRAKERJATRAINING === 219049, users.total);
    const byRegion = await statistics.getFacilitatedWorkersByRegion({ year: 2021 });
    check('getFacilitatedWorkersByRegion', byRegion.rows?.length === 34 && byRegion.rows?.[0].byCategory?.jOBSEEKER === null,
        byRegion.rows?.[0]);
    const usersByRegion = await statistics.getServiceUsersByRegion({ year: 2021, level: 'regency', parent: '32' });
    check('getServiceUsersByRegion', usersByRegion.rows?.length === 27, usersByRegion.level);
    const bySex = await statistics.getDimensionBreakdown({ measure: 'JOB_SEEKER', year: 2021, by: 'sex' });
    check('getDimensionBreakdown', bySex.total === 1040746 && bySex.cells?.length === 2 && bySex.cells?.[0].count === null,
        bySex.cells);
    const register = await statistics.getRegisterBalance({ registerId: 'job-seekers', year: 2021 });
    check('getRegisterBalance', register.months.length === 12 && register.months[0].registered === 11134
        && register.months[0].closing === null && register.months[0].balanced === null, register.months[0]);
    const mismatch = await statistics.getEducationMismatch({ year: 2021 });
    check('getEducationMismatch', mismatch.total.jobSeekers === 1040746 && mismatch.levels.length === 11
        && mismatch.levels[0].jobSeekers === null, mismatch.total);
    // An event of an hour ago (events are judged against the clock), in Kabupaten Simeulue (11.01) as an employer
    // and in Kabupaten Nias (12.01) here, where no other caller of the contract check publishes
    const publisher = configuration(process.env.KARIRHUB_PUBLISHER_TOKEN);
    const moment = new Date(Date.now() - 3600_000);
    const event = { eventId: `typescript-client-${moment.getTime()}`, type: 'JOB_SEEKER_REGISTERED' as const, occurredAt: moment,
        region: '12.01' };
    const intake = await new EventsApi(publisher).postEvents({ liveEvent: [event, event] });
    check('postEvents', intake.counted === 1 && intake.duplicates === 1 && intake.refused?.length === 0, intake);
    // the month in Jakarta (UTC+7) of that moment
    const jakarta = new Date(moment.getTime() + 7 * 3600_000);
    const reconciliation = await new EventsApi(open).getLiveReconciliation({ category: 'JOB_SEEKER',
        year: jakarta.getUTCFullYear(), region: '12.01' });
    check('getLiveReconciliation', (reconciliation.months?.[jakarta.getUTCMonth()].live ?? 0) >= 1,
        reconciliation.months?.[jakarta.getUTCMonth()]);
    const latest = await statistics.getLatestFigures({ indicator: 'SERVICE_USERS', year: 2021 });
    check('getLatestFigures', latest.yearToDate === 1602957, latest);
    const labour = await statistics.getLabourMarket({ year: 2021, month: 10 });
    check('getLabourMarket', labour.months?.length === 1 && labour.months[0].jobSeekers === 426259 && labour.rows === undefined,
        labour.months);
    const headline = await statistics.getHeadlineFigures({ year: 2021 });
    check('getHeadlineFigures', headline.jobSeekers === 1040746, headline);

    const series = await new SeriesApi(open).getSeries({ indicator: 'SERVICE_USERS', from: '2021', interval: 'quarter' });
    check('getSeries', series.series?.[0].points?.length === 4, series.series?.[0].points?.length);
    const report = await new ReportsApi(open).getPerformanceReport({ year: 2021 });
    check('getPerformanceReport', report.rows?.[5].realisation === 1602957 && report.dataAsOf instanceof Date, report.rows?.[5]);
    const targets = await new TargetsApi(open).listTargets({ year: 2021 });
    check('listTargets', targets.length === 7, targets);

    const satuData = new SatuDataApi(open);
    check('listDatasets', (await satuData.listDatasets()).length === 16, 'datasets');
    check('getDataset', (await satuData.getDataset({ id: 'service-users' })).id === 'service-users', 'dataset');
    check('getDatasetStructure', (await satuData.getDatasetStructure({ id: 'facilitated-workers' })).agency === 'KEMNAKER',
        'structure');
    const turtle = await satuData.getCatalogRaw({ format: 'turtle' });
    check('getCatalog', (await turtle.raw.text()).includes('dcat:Catalog'), 'catalog');

    const regions = new RegionsApi(open);
    const provinces = await regions.listRegions({ level: 'province', date: new Date('2021-06-30') });
    check('listRegions', provinces.length === 34, provinces.length);
    const papua = await regions.getRegion({ code: '91', date: new Date('2021-06-30') });
    check('getRegion', papua.name === 'Papua' && papua.children?.length === 29, papua.name);
    const yogyakarta = await regions.lookUpRegion({ name: 'DIY' });
    check('lookUpRegion', yogyakarta.code === '34', yogyakarta.code);

    const codeLists = new CodeListsApi(open);
    const lists = await codeLists.listCodeLists();
    check('listCodeLists', lists.length === 4 && lists[1].parameter === 'ageGroup', lists.length);
    const ages = await codeLists.getCodeList({ id: 'AGE_GROUP' });
    check('getCodeList', ages.codes?.[12].code === '60+' && ages.codes?.[12].rollsUpTo === '55+', ages.codes?.[12]);

    const health = new MicroProfileHealthApi(open);
    check('microprofile_health_root', (await health.microprofileHealthRoot()).status === 'UP', 'root');
    check('microprofile_health_liveness', (await health.microprofileHealthLiveness()).status === 'UP', 'live');
    check('microprofile_health_readiness', (await health.microprofileHealthReadiness()).status === 'UP', 'ready');
    check('microprofile_health_startup', (await health.microprofileHealthStartup()).status === 'UP', 'started');
    check('getDashboardConfig', (await new DashboardApi(open).getDashboardConfig()).pollIntervalMillis! > 0, 'config');

    // --- writes, year 2048 ------------------------------------------------------------------------
    const counts = new CountsApi(officer);
    const week = { category: 'JOB_SEEKER' as const, year, month: 1, week: 1 };
    check('putWeekCount', (await counts.putWeekCount({ ...week, countValue: { count: 3770 } })).count === 3770, 'put');
    const read = await new CountsApi(open).getWeekCountRaw(week);
    const etag = read.raw.headers.get('ETag') as string;
    check('getWeekCount', (await read.value()).count === 3770, etag);
    const changed = await counts.putWeekCount({ ...week, countValue: { count: 3790 }, ifMatch: etag });
    check('putWeekCount (If-Match)', changed.count === 3790, changed);
    try {
        await counts.putWeekCount({ ...week, countValue: { count: 3800 }, ifMatch: etag });
        throw new Error('putWeekCount with a stale ETag: expected 412');
    } catch (e) {
        check('putWeekCount (412)', e instanceof ResponseError && e.response.status === 412, String(e));
    }
    const month = { category: 'EMPLOYER' as const, year, month: 1 };
    check('putMonthCount', (await counts.putMonthCount({ ...month, countValue: { count: 1182 } })).week === null, 'put');
    check('getMonthCount', (await new CountsApi(open).getMonthCount(month)).count === 1182, 'get');
    const summary = await counts.postCountBatch({ batchItem: [
        { category: 'JOB_SEEKER', year, month: 2, week: null, count: 4000 },
        { category: 'VACANCY', year, month: 2, week: null, count: 1000 }] });
    check('postCountBatch', summary.created === 2, summary);
    const listed = await new CountsApi(open).listCounts({ year, month: 2 });
    check('listCounts', listed.map(c => c.count).join() === '4000,1000', listed);
    const imported = await new ImportsApi(officer).postImport({
        file: new Blob(['category,year,month,week,count\r\nPBK_TRAINING,2048,3,,6644\r\n'], { type: 'text/csv' }) });
    check('postImport', imported.created === 1, imported);
    const history = await new CountsApi(auditor).getWeekCountHistory(week);
    check('getWeekCountHistory', history.map(e => e.newValue).join() === '3770,3790', history);
    check('getMonthCountHistory', (await new CountsApi(auditor).getMonthCountHistory(month)).length === 1, 'history');
    const audit = await new AuditApi(auditor).listAuditEntries({ year, category: 'JOB_SEEKER' });
    check('listAuditEntries', audit.entries?.length === 3, audit.entries?.length);

    const target = await new TargetsApi(planner).putTarget({ indicator: 'SERVICE_USERS', year, targetValue: { target: 2200000 } });
    check('putTarget', target.target === 2200000, target);
    const realisation = await new IndicatorsApi(planner).putRealisation({ code: 'DATA_BREACH_PERCENT', year,
        realisationValue: { realisation: 0, evidence: 'No data breach was reported in 2048' } });
    check('putRealisation', realisation.realisation === 0, realisation);
    check('getRealisation', (await new IndicatorsApi(open).getRealisation({ code: 'DATA_BREACH_PERCENT', year })).source === 'reported',
        'realisation');

    await counts.deleteWeekCount(week);
    check('deleteWeekCount', true, 'deleted');
    await counts.deleteMonthCount(month);
    check('deleteMonthCount', true, 'deleted');
    try {
        await new CountsApi(open).getMonthCount(month);
        throw new Error('getMonthCount after the DELETE: expected 404');
    } catch (e) {
        check('getMonthCount (404)', e instanceof ResponseError && e.response.status === 404, String(e));
    }

    const operations = new Set(calls.map(c => c.split(' ')[0]));
    console.log(`TypeScript client: ${calls.length} calls, ${operations.size} operations`);
    if (operations.size < 44) {
        throw new Error(`only ${operations.size} of the 44 operations were called`);
    }
}

main().catch(e => {
    console.error(e);
    process.exit(1);
});
