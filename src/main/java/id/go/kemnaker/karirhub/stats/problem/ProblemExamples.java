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
            "detail":"category must be one of JOB_SEEKER, EMPLOYER, PBK_TRAINING, PRAKERJA_TRAINING, got 'TEACHER'",\
            "instance":"/api/v1/counts",\
            "errors":[{"field":"category","message":"must be one of JOB_SEEKER, EMPLOYER, PBK_TRAINING, PRAKERJA_TRAINING, got 'TEACHER'"}]}""";

    public static final String INTERNAL_ERROR = """
            {"type":"urn:karirhub:problem:internal-error","title":"Internal error","status":500,\
            "detail":"The service failed to answer this request. Quote incident 3f1c2b9e-8d4a-4f6e-9b1a-2c7d5e8f0a13 when reporting it.",\
            "instance":"/api/v1/statistics/service-users"}""";

    public static final String NOT_ACCEPTABLE = """
            {"type":"about:blank","title":"Not Acceptable","status":406,\
            "detail":"None of the media types in the Accept header can be produced here; ask for application/json",\
            "instance":"/api/v1/targets"}""";

    private ProblemExamples() {
    }
}
