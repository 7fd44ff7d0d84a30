package id.go.kemnaker.karirhub.stats.problem;

/** Example problem bodies for the OpenAPI documentation, as the service really writes them. */
public final class ProblemExamples {

    public static final String MEDIA_TYPE = Problem.MEDIA_TYPE;

    public static final String YEAR_OUT_OF_RANGE = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"year must be an integer from 2000 to 2099, got '1899'",\
            "instance":"/api/v1/statistics/facilitated-workers",\
            "errors":[{"field":"year","message":"must be an integer from 2000 to 2099, got '1899'"}]}""";

    public static final String UNKNOWN_CATEGORY = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"category must be one of JOB_SEEKER, EMPLOYER, PBK_TRAINING, PRAKERJA_TRAINING, VACANCY, got 'TEACHER'",\
            "instance":"/api/v1/counts",\
            "errors":[{"field":"category","message":"must be one of JOB_SEEKER, EMPLOYER, PBK_TRAINING, PRAKERJA_TRAINING, VACANCY, got 'TEACHER'"}]}""";

    public static final String INTERNAL_ERROR = """
            {"type":"urn:karirhub:problem:internal-error","title":"Internal error","status":500,\
            "detail":"The service failed to answer this request. Quote incident 3f1c2b9e-8d4a-4f6e-9b1a-2c7d5e8f0a13 when reporting it.",\
            "instance":"/api/v1/statistics/service-users"}""";

    public static final String UNAVAILABLE = """
            {"type":"urn:karirhub:problem:unavailable","title":"Service unavailable","status":503,\
            "detail":"The database cannot be reached; nothing was changed. Try again shortly.",\
            "instance":"/api/v1/statistics/service-users"}""";

    public static final String NOT_ACCEPTABLE = """
            {"type":"about:blank","title":"Not Acceptable","status":406,\
            "detail":"None of the media types in the Accept header can be produced here; ask for application/json (or a format the operation lists, such as text/csv)",\
            "instance":"/api/v1/targets"}""";

    public static final String COUNT_NOT_FOUND = """
            {"type":"urn:karirhub:problem:not-found","title":"Not found","status":404,\
            "detail":"No count is stored for PRAKERJA_TRAINING 2021-01 month total",\
            "instance":"/api/v1/counts/PRAKERJA_TRAINING/2021/1"}""";

    public static final String NEGATIVE_COUNT = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"count must be 0 or more","instance":"/api/v1/counts/JOB_SEEKER/2021/1/weeks/1",\
            "errors":[{"field":"count","message":"must be 0 or more"}]}""";

    public static final String INVALID_BATCH_ITEM = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"[3].week must be from 1 to 4, or null for a month total","instance":"/api/v1/counts/batch",\
            "errors":[{"field":"[3].week","message":"must be from 1 to 4, or null for a month total"}]}""";

    public static final String GRANULARITY_CONFLICT = """
            {"type":"urn:karirhub:problem:conflict","title":"Conflict with stored data","status":409,\
            "detail":"EMPLOYER 2021-03 week 2 cannot be stored: EMPLOYER 2021-03 already holds a month total",\
            "instance":"/api/v1/counts/EMPLOYER/2021/3/weeks/2",\
            "errors":[{"item":"EMPLOYER 2021-03 week 2","message":"EMPLOYER 2021-03 week 2 cannot be stored: \
            EMPLOYER 2021-03 already holds a month total"}]}""";

    public static final String STALE_ETAG = """
            {"type":"urn:karirhub:problem:precondition-failed","title":"Precondition failed","status":412,\
            "detail":"The count for JOB_SEEKER 2021-01 week 1 has changed since it was read (its ETag is now \\"1.1\\"); \
            read it again and repeat the change if it still applies","instance":"/api/v1/counts/JOB_SEEKER/2021/1/weeks/1"}""";

    public static final String UNAUTHORIZED = """
            {"type":"about:blank","title":"Unauthorized","status":401,\
            "detail":"This operation needs a bearer token (Authorization: Bearer <JWT>)","instance":"/api/v1/counts/batch"}""";

    public static final String FORBIDDEN = """
            {"type":"about:blank","title":"Forbidden","status":403,\
            "detail":"The token does not carry a role that may do this; see the operation's description for the role",\
            "instance":"/api/v1/counts/batch"}""";

    public static final String INVALID_CSV = """
            {"type":"urn:karirhub:problem:invalid-csv","title":"Invalid CSV file","status":422,\
            "detail":"2 lines have problems; nothing was stored. Fix every line listed in errors and import the file again.",\
            "instance":"/api/v1/imports",\
            "errors":[{"line":3,"column":"bulan","value":"Juni-Juli","message":"must be 1-12 or a month name (Januari … Desember)"},\
            {"line":7,"column":"jumlah","value":"1.04.746","message":"must be a whole number ≥ 0 with dots between groups of 3 digits, e.g. 1.040.746"}]}""";

    public static final String TOO_LARGE = """
            {"type":"urn:karirhub:problem:too-large","title":"Request body too large","status":413,\
            "detail":"The request body is larger than 10485760 bytes; split the file","instance":"/api/v1/imports"}""";

    public static final String TARGET_NOT_WHOLE = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"target must be a whole number (persons)","instance":"/api/v1/targets/FACILITATED_WORKERS/2022",\
            "errors":[{"field":"target","message":"must be a whole number (persons)"}]}""";

    public static final String UNKNOWN_INDICATOR = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"code must be one of DATA_UTILITY_INDEX, OPERATIONAL_POC_PERCENT, USER_SATISFACTION_INDEX, \
            SERVICE_QUALITY_INDEX, FACILITATED_WORKERS, SERVICE_USERS, DATA_BREACH_PERCENT, got 'IKK_8'",\
            "instance":"/api/v1/indicators/IKK_8/realisations/2021",\
            "errors":[{"field":"code","message":"must be one of DATA_UTILITY_INDEX, OPERATIONAL_POC_PERCENT, \
            USER_SATISFACTION_INDEX, SERVICE_QUALITY_INDEX, FACILITATED_WORKERS, SERVICE_USERS, DATA_BREACH_PERCENT, \
            got 'IKK_8'"}]}""";

    public static final String REALISATION_OVER_100 = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"realisation must be from 0 to 100 (percent)",\
            "instance":"/api/v1/indicators/OPERATIONAL_POC_PERCENT/realisations/2022",\
            "errors":[{"field":"realisation","message":"must be from 0 to 100 (percent)"}]}""";

    public static final String REALISATION_OF_COMPUTED = """
            {"type":"urn:karirhub:problem:conflict","title":"Conflict with stored data","status":409,\
            "detail":"FACILITATED_WORKERS is computed from the KarirHub counts of JOB_SEEKER; correct those counts instead \
            of entering a realisation","instance":"/api/v1/indicators/FACILITATED_WORKERS/realisations/2021",\
            "errors":[{"item":"FACILITATED_WORKERS 2021","message":"FACILITATED_WORKERS is computed from the KarirHub \
            counts of JOB_SEEKER; correct those counts instead of entering a realisation"}]}""";

    public static final String REALISATION_NOT_FOUND = """
            {"type":"urn:karirhub:problem:not-found","title":"Not found","status":404,\
            "detail":"No realisation of USER_SATISFACTION_INDEX is stored for 2022",\
            "instance":"/api/v1/indicators/USER_SATISFACTION_INDEX/realisations/2022"}""";

    public static final String UNKNOWN_FORMAT = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"format must be one of json, csv, html, got 'pdf'","instance":"/api/v1/reports/performance",\
            "errors":[{"field":"format","message":"must be one of json, csv, html, got 'pdf'"}]}""";

    private ProblemExamples() {
    }
}
