package id.go.kemnaker.karirhub.stats.targets;

import static id.go.kemnaker.karirhub.stats.indicators.JsonNumber.writtenAs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

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
import io.restassured.specification.RequestSpecification;

/** Targets of all seven indicators: decimals where the unit allows them, the audit trail, the refusals. */
@QuarkusTest
@OwnsYears({2072})
class TargetRulesTest {

    private static final int YEAR = TestYears.of(TargetRulesTest.class)[0];
    private static final String TARGET = "/api/v1/targets/{indicator}/{year}";
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
        new CountsTable(dataSource, TargetRulesTest.class).deleteOwnedYears();
    }

    private static RequestSpecification planner() {
        return given().config(BIG_DECIMALS).header("Authorization", Tokens.bearer(Roles.PLANNER, "planner.c@kemnaker.go.id"))
                .contentType(ContentType.JSON);
    }

    @Test
    void setsTargetsOfEverySevenIndicators() {
        String[][] targets = { { "DATA_UTILITY_INDEX", "55.5" }, { "OPERATIONAL_POC_PERCENT", "62.5" },
                { "USER_SATISFACTION_INDEX", "80" }, { "SERVICE_QUALITY_INDEX", "80.25" }, { "FACILITATED_WORKERS", "2400000" },
                { "SERVICE_USERS", "2600000" }, { "DATA_BREACH_PERCENT", "0" } };
        for (String[] target : targets) {
            planner().body("{\"target\":" + target[1] + "}").when().put(TARGET, target[0], YEAR)
                    .then().statusCode(201)
                    .header("Location", endsWith("/api/v1/targets/" + target[0] + "/" + YEAR))
                    .body("target", writtenAs(target[1]));
        }
        given().config(BIG_DECIMALS).when().get("/api/v1/targets?year={year}", YEAR)
                .then().statusCode(200)
                .body("", hasSize(7))
                .body("find { it.indicator == 'SERVICE_QUALITY_INDEX' }.target", writtenAs("80.25"))
                .body("find { it.indicator == 'FACILITATED_WORKERS' }.target", writtenAs("2400000"));
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}", YEAR)
                .then().statusCode(200).body("target", equalTo(2_400_000));
    }

    @Test
    void recordsDecimalTargetsInTheAuditTrailAndIgnoresAnEqualValue() {
        planner().body("{\"target\":86.5}").when().put(TARGET, "USER_SATISFACTION_INDEX", YEAR).then().statusCode(201);
        planner().body("{\"target\":86.50}").when().put(TARGET, "USER_SATISFACTION_INDEX", YEAR)
                .then().statusCode(200).body("target", writtenAs("86.5"));
        planner().body("{\"target\":90}").when().put(TARGET, "USER_SATISFACTION_INDEX", YEAR).then().statusCode(200);

        given().config(BIG_DECIMALS).header("Authorization", Tokens.bearer(Roles.AUDITOR))
                .when().get("/api/v1/audit?year={year}&after={after}", YEAR, auditedBefore)
                .then().statusCode(200)
                .body("entries", hasSize(2))
                .body("entries.subject", everyItem(equalTo("TARGET")))
                .body("entries.indicator", everyItem(equalTo("USER_SATISFACTION_INDEX")))
                .body("entries.evidence", everyItem(nullValue()))
                .body("entries.oldValue", contains(nullValue(), writtenAs("86.5")))
                .body("entries.newValue", contains(writtenAs("86.5"), writtenAs("90")));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "FACILITATED_WORKERS|2000000.5|must be a whole number (persons)",
            "SERVICE_USERS|1.5|must be a whole number (users)",
            "DATA_BREACH_PERCENT|0.1|must be a whole number (reports)",
            "OPERATIONAL_POC_PERCENT|101|must be from 0 to 100 (percent)",
            "DATA_UTILITY_INDEX|-5|must be 0 or more",
            "DATA_UTILITY_INDEX|50.00001|must have at most 4 decimals"
    })
    void refusesATargetThatDoesNotFitTheUnit(String indicator, String value, String reason) {
        planner().body("{\"target\":" + value + "}").when().put(TARGET, indicator, YEAR)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:invalid-parameter"))
                .body("detail", equalTo("target " + reason))
                .body("errors[0].field", equalTo("target"))
                .body("errors[0].message", equalTo(reason));
        given().when().get("/api/v1/targets?year={year}", YEAR).then().body("", hasSize(0));
    }

    @Test
    void namesAnUnknownIndicator() {
        planner().body("{\"target\":1}").when().put(TARGET, "JOB_SEEKER", YEAR)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("indicator"))
                .body("errors[0].message", equalTo("must be one of DATA_UTILITY_INDEX, OPERATIONAL_POC_PERCENT, "
                        + "USER_SATISFACTION_INDEX, SERVICE_QUALITY_INDEX, FACILITATED_WORKERS, SERVICE_USERS, DATA_BREACH_PERCENT, "
                        + "got 'JOB_SEEKER'"));
    }

    @Test
    void servesTheSevenTargetsOfTable21() {
        // LAKIP 2021 Table 2.1 (Penetapan Indikator Kinerja Kegiatan): 50, 50%, 50, 50, 2.000.000 Orang,
        // 2.200.000 Pengguna, 0.
        given().config(BIG_DECIMALS).when().get("/api/v1/targets?year=2021")
                .then().statusCode(200)
                .body("", hasSize(7))
                .body("find { it.indicator == 'DATA_UTILITY_INDEX' }.target", writtenAs("50"))
                .body("find { it.indicator == 'OPERATIONAL_POC_PERCENT' }.target", writtenAs("50"))
                .body("find { it.indicator == 'USER_SATISFACTION_INDEX' }.target", writtenAs("50"))
                .body("find { it.indicator == 'SERVICE_QUALITY_INDEX' }.target", writtenAs("50"))
                .body("find { it.indicator == 'FACILITATED_WORKERS' }.target", writtenAs("2000000"))
                .body("find { it.indicator == 'SERVICE_USERS' }.target", writtenAs("2200000"))
                .body("find { it.indicator == 'DATA_BREACH_PERCENT' }.target", writtenAs("0"));
    }
}
