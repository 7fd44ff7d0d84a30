package id.go.kemnaker.karirhub.stats.series;

/** Examples of the OpenAPI document: real answers for the LAKIP 2021 data. */
final class SeriesExamples {

    private SeriesExamples() {
    }

    static final String CUMULATIVE_2021_Q4 = "{\"interval\":\"month\",\"transform\":\"cumulative\",\"from\":\"2021-10\",\"to\":\"2021-12\",\"dataVersion\":93,\"series\":[{\"id\":\"FACILITATED_WORKERS\",\"name\":\"Workers facilitated by labour-market services\",\"categories\":[\"JOB_SEEKER\"],\"points\":[{\"period\":\"2021-10\",\"start\":\"2021-10-01\",\"end\":\"2021-10-31\",\"value\":883743,\"complete\":true},{\"period\":\"2021-11\",\"start\":\"2021-11-01\",\"end\":\"2021-11-30\",\"value\":991476,\"complete\":true},{\"period\":\"2021-12\",\"start\":\"2021-12-01\",\"end\":\"2021-12-31\",\"value\":1040746,\"complete\":true}]}]}";
    static final String CUMULATIVE_2021_Q4_CSV = """
            series,period,start,end,value,complete
            FACILITATED_WORKERS,2021-10,2021-10-01,2021-10-31,883743,true
            FACILITATED_WORKERS,2021-11,2021-11-01,2021-11-30,991476,true
            FACILITATED_WORKERS,2021-12,2021-12-01,2021-12-31,1040746,true
            """;
    static final String BAD_PERIOD = "{\"type\":\"urn:karirhub:problem:invalid-parameter\",\"title\":\"Invalid request parameter\",\"status\":400,\"detail\":\"from must be a year (2021), a quarter (2021-Q3), a month (2021-10) or a reporting week (2021-10-W3) of a year from 2000 to 2099, got '2021-13'\",\"instance\":\"/api/v1/series\",\"errors\":[{\"field\":\"from\",\"message\":\"must be a year (2021), a quarter (2021-Q3), a month (2021-10) or a reporting week (2021-10-W3) of a year from 2000 to 2099, got '2021-13'\"}]}";
}
