package id.go.kemnaker.karirhub.stats.counts;

/** Example bodies for the OpenAPI documentation, from the 2021 figures. */
final class CountExamples {

    static final String WEEK = """
            {"category":"JOB_SEEKER","year":2021,"month":1,"week":1,"count":3770}""";

    static final String MONTH = """
            {"category":"EMPLOYER","year":2021,"month":1,"week":null,"count":1182}""";

    static final String HISTORY = """
            [{"id":1,"changedAt":"2026-11-27T08:00:00Z","actor":"LAKIP 2021 migration","channel":"initial-load",\
            "subject":"COUNT","category":"JOB_SEEKER","indicator":null,"year":2021,"month":1,"week":1,\
            "oldValue":null,"newValue":3770},\
            {"id":1042,"changedAt":"2026-11-27T08:15:30.123Z","actor":"siti.rahma@kemnaker.go.id","channel":"api",\
            "subject":"COUNT","category":"JOB_SEEKER","indicator":null,"year":2021,"month":1,"week":1,\
            "oldValue":3770,"newValue":3790,"evidence":null}]""";

    private CountExamples() {
    }
}
