package id.go.kemnaker.karirhub.stats.statistics;

/** Example answers for the OpenAPI documentation: the real 2021 figures (LAKIP 2021 Tables 3.3 and 3.4). */
final class StatisticsExamples {

    static final String FACILITATED_WORKERS_2021 = """
            {"indicator":"FACILITATED_WORKERS","year":2021,"total":1040746,"target":2000000,"achievementPercent":52.04,"months":[\
            {"month":1,"total":11134,"weeks":[{"week":1,"count":3770},{"week":2,"count":3142},{"week":3,"count":1985},{"week":4,"count":2237}]},\
            {"month":2,"total":7232,"weeks":[{"week":1,"count":1354},{"week":2,"count":1558},{"week":3,"count":1993},{"week":4,"count":2327}]},\
            {"month":3,"total":15846,"weeks":[{"week":1,"count":4200},{"week":2,"count":2731},{"week":3,"count":3636},{"week":4,"count":5279}]},\
            {"month":4,"total":17948,"weeks":[{"week":1,"count":2272},{"week":2,"count":2697},{"week":3,"count":3973},{"week":4,"count":9006}]},\
            {"month":5,"total":49056,"weeks":[{"week":1,"count":6702},{"week":2,"count":3072},{"week":3,"count":14723},{"week":4,"count":24559}]},\
            {"month":6,"total":79872,"weeks":[{"week":1,"count":19547},{"week":2,"count":22906},{"week":3,"count":17865},{"week":4,"count":19554}]},\
            {"month":7,"total":37316,"weeks":[{"week":1,"count":10878},{"week":2,"count":7451},{"week":3,"count":6096},{"week":4,"count":12891}]},\
            {"month":8,"total":80000,"weeks":[{"week":1,"count":9877},{"week":2,"count":8523},{"week":3,"count":21909},{"week":4,"count":39691}]},\
            {"month":9,"total":159080,"weeks":[{"week":1,"count":33276},{"week":2,"count":45908},{"week":3,"count":30414},{"week":4,"count":49482}]},\
            {"month":10,"total":426259,"weeks":[{"week":1,"count":53033},{"week":2,"count":127941},{"week":3,"count":215280},{"week":4,"count":30005}]},\
            {"month":11,"total":107733,"weeks":[{"week":1,"count":40779},{"week":2,"count":11992},{"week":3,"count":24125},{"week":4,"count":30837}]},\
            {"month":12,"total":49270,"weeks":[{"week":1,"count":10572},{"week":2,"count":15845},{"week":3,"count":9508},{"week":4,"count":13345}]}],"dataVersion":93}""";

    static final String SERVICE_USERS_2021 = """
            {"indicator":"SERVICE_USERS","year":2021,"total":1602957,"target":2200000,"achievementPercent":72.86,"byCategory":{"JOB_SEEKER":1040746,"EMPLOYER":15467,"PBK_TRAINING":327695,"PRAKERJA_TRAINING":219049},"months":[\
            {"month":1,"total":18960,"byCategory":{"JOB_SEEKER":11134,"EMPLOYER":1182,"PBK_TRAINING":6644,"PRAKERJA_TRAINING":null}},\
            {"month":2,"total":17762,"byCategory":{"JOB_SEEKER":7232,"EMPLOYER":1361,"PBK_TRAINING":9169,"PRAKERJA_TRAINING":null}},\
            {"month":3,"total":244941,"byCategory":{"JOB_SEEKER":15846,"EMPLOYER":1473,"PBK_TRAINING":120644,"PRAKERJA_TRAINING":106978}},\
            {"month":4,"total":67649,"byCategory":{"JOB_SEEKER":17948,"EMPLOYER":1462,"PBK_TRAINING":28954,"PRAKERJA_TRAINING":19285}},\
            {"month":5,"total":68346,"byCategory":{"JOB_SEEKER":49056,"EMPLOYER":736,"PBK_TRAINING":15601,"PRAKERJA_TRAINING":2953}},\
            {"month":6,"total":130720,"byCategory":{"JOB_SEEKER":79872,"EMPLOYER":1364,"PBK_TRAINING":32449,"PRAKERJA_TRAINING":17035}},\
            {"month":7,"total":56595,"byCategory":{"JOB_SEEKER":37316,"EMPLOYER":889,"PBK_TRAINING":14337,"PRAKERJA_TRAINING":4053}},\
            {"month":8,"total":116131,"byCategory":{"JOB_SEEKER":80000,"EMPLOYER":1215,"PBK_TRAINING":21705,"PRAKERJA_TRAINING":13211}},\
            {"month":9,"total":265681,"byCategory":{"JOB_SEEKER":159080,"EMPLOYER":1790,"PBK_TRAINING":56112,"PRAKERJA_TRAINING":48699}},\
            {"month":10,"total":440949,"byCategory":{"JOB_SEEKER":426259,"EMPLOYER":1471,"PBK_TRAINING":9754,"PRAKERJA_TRAINING":3465}},\
            {"month":11,"total":124337,"byCategory":{"JOB_SEEKER":107733,"EMPLOYER":1454,"PBK_TRAINING":11780,"PRAKERJA_TRAINING":3370}},\
            {"month":12,"total":50886,"byCategory":{"JOB_SEEKER":49270,"EMPLOYER":1070,"PBK_TRAINING":546,"PRAKERJA_TRAINING":null}}],"dataVersion":93}""";

    private StatisticsExamples() {
    }

    static final String FACILITATED_WORKERS_2021_CSV = """
            period,start,end,value,complete
            2021-01-W1,2021-01-01,2021-01-07,3770,true
            2021-01-W2,2021-01-08,2021-01-14,3142,true
            2021-01-W3,2021-01-15,2021-01-21,1985,true
            2021-01-W4,2021-01-22,2021-01-31,2237,true
            2021-02-W1,2021-02-01,2021-02-07,1354,true
            2021-02-W2,2021-02-08,2021-02-14,1558,true
            2021-02-W3,2021-02-15,2021-02-21,1993,true
            2021-02-W4,2021-02-22,2021-02-28,2327,true
            """;
    static final String SERVICE_USERS_2021_CSV = """
            period,start,end,JOB_SEEKER,EMPLOYER,PBK_TRAINING,PRAKERJA_TRAINING,total,complete
            2021-01,2021-01-01,2021-01-31,11134,1182,6644,,18960,false
            2021-02,2021-02-01,2021-02-28,7232,1361,9169,,17762,false
            2021-03,2021-03-01,2021-03-31,15846,1473,120644,106978,244941,true
            2021-04,2021-04-01,2021-04-30,17948,1462,28954,19285,67649,true
            """;
    static final String LATEST_2021 = "{\"indicator\":\"FACILITATED_WORKERS\",\"year\":2021,\"latestPeriod\":\"2021-12-W4\",\"latestPeriodStart\":\"2021-12-22\",\"latestPeriodEnd\":\"2021-12-31\",\"elapsedWeeks\":48,\"yearToDate\":1040746,\"complete\":true,\"target\":2000000,\"achievementPercent\":52.04,\"proRataTarget\":2000000,\"projectedYearEnd\":1040746,\"dataVersion\":93}";
    static final String LATEST_2021_CSV = """
            indicator,year,latestPeriod,latestPeriodStart,latestPeriodEnd,elapsedWeeks,yearToDate,complete,target,achievementPercent,proRataTarget,projectedYearEnd,dataVersion
            FACILITATED_WORKERS,2021,2021-12-W4,2021-12-22,2021-12-31,48,1040746,true,2000000,52.04,2000000,1040746,93
            """;
    static final String UNKNOWN_INDICATOR = "{\"type\":\"urn:karirhub:problem:invalid-parameter\",\"title\":\"Invalid request parameter\",\"status\":400,\"detail\":\"indicator must be one of FACILITATED_WORKERS, SERVICE_USERS (the indicators computed from counts), got 'OTHER'\",\"instance\":\"/api/v1/statistics/latest\",\"errors\":[{\"field\":\"indicator\",\"message\":\"must be one of FACILITATED_WORKERS, SERVICE_USERS (the indicators computed from counts), got 'OTHER'\"}]}";

    static final String LABOUR_MARKET_2021 = """
            {"year":2021,"region":null,"yearTotal":{"jobSeekers":1040746,"vacancies":null,"vacanciesPer100JobSeekers":null,\
            "complete":false},"months":[\
            {"month":1,"jobSeekers":11134,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false},\
            {"month":2,"jobSeekers":7232,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false},\
            {"month":3,"jobSeekers":15846,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false},\
            {"month":4,"jobSeekers":17948,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false},\
            {"month":5,"jobSeekers":49056,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false},\
            {"month":6,"jobSeekers":79872,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false},\
            {"month":7,"jobSeekers":37316,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false},\
            {"month":8,"jobSeekers":80000,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false},\
            {"month":9,"jobSeekers":159080,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false},\
            {"month":10,"jobSeekers":426259,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false},\
            {"month":11,"jobSeekers":107733,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false},\
            {"month":12,"jobSeekers":49270,"vacancies":null,"vacanciesPer100JobSeekers":null,"complete":false}],"dataVersion":93}""";
    static final String LABOUR_MARKET_2021_CSV = """
            period,start,end,jobSeekers,vacancies,vacanciesPer100JobSeekers,complete
            2021-01,2021-01-01,2021-01-31,11134,,,false
            2021-02,2021-02-01,2021-02-28,7232,,,false
            2021-03,2021-03-01,2021-03-31,15846,,,false
            """;
    static final String HEADLINE_2021 = """
            {"year":2021,"region":null,"latestPeriod":"2021-12","latestPeriodStart":"2021-12-01","latestPeriodEnd":"2021-12-31",\
            "jobSeekers":1040746,"employers":15467,"vacancies":null,\
            "facilitatedWorkers":{"indicator":"FACILITATED_WORKERS","latestPeriod":"2021-12-W4","yearToDate":1040746,\
            "target":2000000,"achievementPercent":52.04,"proRataTarget":2000000,"complete":true},\
            "serviceUsers":{"indicator":"SERVICE_USERS","latestPeriod":"2021-12","yearToDate":1602957,"target":2200000,\
            "achievementPercent":72.86,"proRataTarget":2200000,"complete":false},"dataVersion":93}""";
}
