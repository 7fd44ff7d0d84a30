package id.go.kemnaker.karirhub.stats.targets;

import static id.go.kemnaker.karirhub.stats.indicators.JsonNumber.writtenAs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.indicators.IndicatorTables;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Entering and correcting realisations: statuses, values per unit, the audit trail, and the refusals. */
@QuarkusTest
@OwnsYears({2071})
class RealisationResourceTest {

    private static final int YEAR = TestYears.of(RealisationResourceTest.class)[0];
    private static final String REALISATION = "/api/v1/indicators/{code}/realisations/{year}";
    private static final String PLANNER = "planner.b@kemnaker.go.id";
    private static final RestAssuredConfig BIG_DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    DataSource dataSource;

    private long auditedBefore;

    @BeforeEach
    void noteTheAuditTrail() {
        auditedBefore = new IndicatorTables(dataSource).lastAuditId();
    }

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, RealisationResourceTest.class).deleteOwnedYears();
    }

    private static RequestSpecification planner() {
        return given().config(BIG_DECIMALS).header("Authorization", Tokens.bearer(Roles.PLANNER, PLANNER))
                .contentType(ContentType.JSON);
    }

    private static RequestSpecification auditor() {
        return given().config(BIG_DECIMALS).header("Authorization", Tokens.bearer(Roles.AUDITOR));
    }

    private static String body(String realisation, String evidence) {
        return "{\"realisation\":" + realisation + ",\"evidence\":\"" + evidence + "\"}";
    }

    @Test
    void createsThenCorrectsThenLeavesUnchanged() {
        planner().body(body("41", "Survey of 400 respondents, Krejcie-Morgan, 5% error"))
                .when().put(REALISATION, "DATA_UTILITY_INDEX", YEAR)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/indicators/DATA_UTILITY_INDEX/realisations/" + YEAR))
                .body("indicator", equalTo("DATA_UTILITY_INDEX"))
                .body("year", equalTo(YEAR))
                .body("realisation", writtenAs("41"))
                .body("evidence", equalTo("Survey of 400 respondents, Krejcie-Morgan, 5% error"))
                .body("source", equalTo("reported"));
        planner().body(body("50.00", "KarirHub data July-October")).when().put(REALISATION, "DATA_UTILITY_INDEX", YEAR)
                .then().statusCode(200).body("realisation", writtenAs("50"));
        planner().body(body("50", "KarirHub data July-October")).when().put(REALISATION, "DATA_UTILITY_INDEX", YEAR)
                .then().statusCode(200).body("realisation", writtenAs("50"));

        given().config(BIG_DECIMALS).when().get(REALISATION, "DATA_UTILITY_INDEX", YEAR)
                .then().statusCode(200)
                .body("realisation", writtenAs("50"))
                .body("evidence", equalTo("KarirHub data July-October"));
        auditor().when().get("/api/v1/audit?year={year}&after={after}", YEAR, auditedBefore)
                .then().statusCode(200)
                .body("entries", hasSize(2))
                .body("entries.subject", everyItem(equalTo("REALISATION")))
                .body("entries.indicator", everyItem(equalTo("DATA_UTILITY_INDEX")))
                .body("entries.category", everyItem(nullValue()))
                .body("entries.actor", everyItem(equalTo(PLANNER)))
                .body("entries.channel", everyItem(equalTo("api")))
                .body("entries.oldValue", contains(nullValue(), writtenAs("41")))
                .body("entries.newValue", contains(writtenAs("41"), writtenAs("50")))
                .body("entries.evidence", contains("Survey of 400 respondents, Krejcie-Morgan, 5% error",
                        "KarirHub data July-October"));
    }

    @Test
    void recordsANewEvidenceNoteForTheSameValue() {
        planner().body(body("86.35", "Online survey")).when().put(REALISATION, "USER_SATISFACTION_INDEX", YEAR)
                .then().statusCode(201).body("realisation", writtenAs("86.35"));
        planner().body(body("86.350", "Online survey, 210 respondents in 74 regencies"))
                .when().put(REALISATION, "USER_SATISFACTION_INDEX", YEAR)
                .then().statusCode(200).body("evidence", equalTo("Online survey, 210 respondents in 74 regencies"));

        auditor().when().get("/api/v1/audit?year={year}&after={after}", YEAR, auditedBefore)
                .then().statusCode(200)
                .body("entries", hasSize(2))
                .body("entries[1].oldValue", writtenAs("86.35"))
                .body("entries[1].newValue", writtenAs("86.35"))
                .body("entries[1].evidence", equalTo("Online survey, 210 respondents in 74 regencies"));
    }

    @Test
    void keepsDecimalsOfIndicesAndPercentages() {
        planner().body(body("62.5", "3 of 4 points of contact answer within a day, 5 of 8 overall"))
                .when().put(REALISATION, "OPERATIONAL_POC_PERCENT", YEAR).then().statusCode(201);
        planner().body(body("0", "No data-breach report up to 31 December")).when().put(REALISATION, "DATA_BREACH_PERCENT", YEAR)
                .then().statusCode(201);
        given().config(BIG_DECIMALS).when().get(REALISATION, "OPERATIONAL_POC_PERCENT", YEAR)
                .then().statusCode(200).body("realisation", writtenAs("62.5"));
        given().config(BIG_DECIMALS).when().get(REALISATION, "DATA_BREACH_PERCENT", YEAR)
                .then().statusCode(200).body("realisation", writtenAs("0"));
    }

    @ParameterizedTest(name = "{0} refuses a value by hand")
    @CsvSource({ "FACILITATED_WORKERS, JOB_SEEKER", "SERVICE_USERS, 'JOB_SEEKER, EMPLOYER, PBK_TRAINING, PRAKERJA_TRAINING'" })
    void refusesAValueForAComputedIndicator(String code, String categories) {
        String detail = code + " is computed from the KarirHub counts of " + categories
                + "; correct those counts instead of entering a realisation";
        planner().body(body("1040746", "Table 3.3")).when().put(REALISATION, code, YEAR)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:conflict"))
                .body("title", equalTo("Conflict with stored data"))
                .body("status", equalTo(409))
                .body("detail", equalTo(detail))
                .body("instance", equalTo("/api/v1/indicators/" + code + "/realisations/" + YEAR))
                .body("errors[0].item", equalTo(code + " " + YEAR))
                .body("errors[0].message", equalTo(detail));
        auditor().when().get("/api/v1/audit?year={year}&after={after}", YEAR, auditedBefore)
                .then().statusCode(200).body("entries", hasSize(0));
    }

    @Test
    void answersAComputedRealisationFromTheCounts() {
        given().config(BIG_DECIMALS).when().get(REALISATION, "FACILITATED_WORKERS", 2021)
                .then().statusCode(200)
                .body("realisation", writtenAs("1040746"))
                .body("evidence", nullValue())
                .body("source", equalTo("computed"));
        given().config(BIG_DECIMALS).when().get(REALISATION, "SERVICE_USERS", 2021)
                .then().statusCode(200).body("realisation", writtenAs("1602957"));

        new CountsTable(dataSource, RealisationResourceTest.class).insert("EMPLOYER", YEAR, 2, null, 1361);
        given().when().get(REALISATION, "FACILITATED_WORKERS", YEAR)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No counts of JOB_SEEKER are stored for " + YEAR
                        + ", so FACILITATED_WORKERS has no realisation yet"));
        given().when().get(REALISATION, "SERVICE_USERS", YEAR).then().statusCode(200).body("realisation", equalTo(1361));
    }

    @Test
    void servesTheMigratedRealisationsWithTheirEvidence() {
        given().config(BIG_DECIMALS).when().get(REALISATION, "OPERATIONAL_POC_PERCENT", 2021)
                .then().statusCode(200)
                .body("realisation", writtenAs("50"))
                .body("evidence", startsWith("LAKIP 2021 IKK 2"));
        auditor().when().get("/api/v1/audit?year=2021&limit=5000")
                .then().statusCode(200)
                .body("entries.findAll { it.subject == 'REALISATION' }.indicator", contains("DATA_UTILITY_INDEX",
                        "OPERATIONAL_POC_PERCENT", "USER_SATISFACTION_INDEX", "SERVICE_QUALITY_INDEX", "DATA_BREACH_PERCENT"))
                .body("entries.findAll { it.subject == 'REALISATION' }.channel", everyItem(equalTo("initial-load")))
                .body("entries.findAll { it.subject == 'TARGET' }.indicator", hasSize(7));
    }

    @Test
    void answers404ForARealisationNotEntered() {
        given().when().get(REALISATION, "SERVICE_QUALITY_INDEX", YEAR)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:not-found"))
                .body("detail", equalTo("No realisation of SERVICE_QUALITY_INDEX is stored for " + YEAR))
                .body("instance", equalTo("/api/v1/indicators/SERVICE_QUALITY_INDEX/realisations/" + YEAR));
    }

    @ParameterizedTest(name = "{0} {1}: {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "OPERATIONAL_POC_PERCENT|100.5|realisation|must be from 0 to 100 (percent)",
            "DATA_BREACH_PERCENT|0.5|realisation|must be a whole number (reports)",
            "SERVICE_QUALITY_INDEX|-1|realisation|must be 0 or more",
            "SERVICE_QUALITY_INDEX|86.12345|realisation|must have at most 4 decimals",
            "SERVICE_QUALITY_INDEX|1e15|realisation|must be less than 1000000000000000"
    })
    void refusesAValueThatDoesNotFitTheUnit(String code, String value, String field, String reason) {
        assertInvalid(planner().body(body(value, "Survey")).when().put(REALISATION, code, YEAR).then(), field, reason);
        given().when().get(REALISATION, code, YEAR).then().statusCode(404);
    }

    @Test
    void requiresAValueAndEvidence() {
        assertInvalid(planner().body("{\"evidence\":\"Survey\"}").when().put(REALISATION, "SERVICE_QUALITY_INDEX", YEAR).then(),
                "realisation", "is required");
        assertInvalid(planner().body("{\"realisation\":50}").when().put(REALISATION, "SERVICE_QUALITY_INDEX", YEAR).then(),
                "evidence", "is required (what the value rests on)");
        assertInvalid(planner().body(body("50", "   ")).when().put(REALISATION, "SERVICE_QUALITY_INDEX", YEAR).then(),
                "evidence", "is required (what the value rests on)");
        assertInvalid(planner().body(body("50", "x".repeat(2001))).when().put(REALISATION, "SERVICE_QUALITY_INDEX", YEAR).then(),
                "evidence", "must be at most 2000 characters");
        planner().body("{\"realisation\":\"fifty\",\"evidence\":\"Survey\"}").when().put(REALISATION, "SERVICE_QUALITY_INDEX", YEAR)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:invalid-body"))
                .body("errors[0].field", equalTo("realisation"));
    }

    @Test
    void namesAnUnknownIndicatorOrYear() {
        assertInvalid(planner().body(body("50", "Survey")).when().put(REALISATION, "IKK_8", YEAR).then(), "code",
                "must be one of DATA_UTILITY_INDEX, OPERATIONAL_POC_PERCENT, USER_SATISFACTION_INDEX, SERVICE_QUALITY_INDEX, "
                        + "FACILITATED_WORKERS, SERVICE_USERS, DATA_BREACH_PERCENT, got 'IKK_8'");
        assertInvalid(planner().body(body("50", "Survey")).when().put(REALISATION, "SERVICE_QUALITY_INDEX", 1999).then(), "year",
                "must be an integer from 2000 to 2099, got '1999'");
        assertInvalid(given().when().get(REALISATION, "SERVICE_QUALITY_INDEX", "next").then(), "year",
                "must be an integer from 2000 to 2099, got 'next'");
    }

    @Test
    void letsOnlyPlannersEnterRealisations() {
        given().contentType(ContentType.JSON).body(body("50", "Survey")).when().put(REALISATION, "SERVICE_QUALITY_INDEX", YEAR)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("detail", equalTo("This operation needs a bearer token (Authorization: Bearer <JWT>)"));
        given().header("Authorization", Tokens.expired(Roles.PLANNER)).contentType(ContentType.JSON).body(body("50", "Survey"))
                .when().put(REALISATION, "SERVICE_QUALITY_INDEX", YEAR)
                .then().statusCode(401).contentType("application/problem+json");
        for (String role : new String[] { Roles.DATA_OFFICER, Roles.AUDITOR }) {
            given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON).body(body("50", "Survey"))
                    .when().put(REALISATION, "SERVICE_QUALITY_INDEX", YEAR)
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Forbidden"))
                    .body("status", equalTo(403));
        }
        given().when().get(REALISATION, "SERVICE_QUALITY_INDEX", YEAR).then().statusCode(404);
    }

    private static void assertInvalid(ValidatableResponse response, String field, String reason) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:invalid-parameter"))
                .body("title", equalTo("Invalid request parameter"))
                .body("detail", equalTo(field + " " + reason))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(reason));
    }
}
