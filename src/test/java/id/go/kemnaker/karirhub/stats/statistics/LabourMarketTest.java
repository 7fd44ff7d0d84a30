package id.go.kemnaker.karirhub.stats.statistics;

import static id.go.kemnaker.karirhub.stats.indicators.JsonNumber.writtenAs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Supply against demand: /statistics/labour-market, the VACANCIES_PER_100_JOB_SEEKERS series
 * and /statistics/headline, over a year of their own and over the 2021 figures (read-only).
 */
@QuarkusTest
@OwnsYears({2042})
class LabourMarketTest {

    private static final int YEAR = TestYears.of(LabourMarketTest.class)[0];
    private static final RestAssuredConfig BIG_DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    DataSource dataSource;

    /**
     * Job seekers and vacancies of January to July: month totals and weeks, no job seekers in
     * March, roundings either way in April to June, no vacancies in July.
     */
    @BeforeEach
    void storeCounts() {
        CountsTable table = new CountsTable(dataSource, LabourMarketTest.class);
        table.insert("JOB_SEEKER", YEAR, 1, null, 1000);
        table.insert("VACANCY", YEAR, 1, null, 250);
        for (int week = 1; week <= 4; week++) {
            table.insert("JOB_SEEKER", YEAR, 2, week, 100);
        }
        table.insert("VACANCY", YEAR, 2, null, 1);
        table.insert("JOB_SEEKER", YEAR, 3, null, 0);
        table.insert("VACANCY", YEAR, 3, null, 5);
        table.insert("JOB_SEEKER", YEAR, 4, null, 3);
        table.insert("VACANCY", YEAR, 4, null, 1);
        table.insert("JOB_SEEKER", YEAR, 5, null, 6);
        table.insert("VACANCY", YEAR, 5, null, 1);
        table.insert("JOB_SEEKER", YEAR, 6, null, 8);
        table.insert("VACANCY", YEAR, 6, 1, 1);
        table.insert("JOB_SEEKER", YEAR, 7, null, 10);
    }

    @AfterEach
    void removeCounts() {
        new CountsTable(dataSource, LabourMarketTest.class).deleteYear(YEAR);
    }

    private static RequestSpecification client() {
        return given().config(BIG_DECIMALS).log().ifValidationFails();
    }

    @Test
    void dividesVacanciesByJobSeekersPerMonthAndForTheYear() {
        client().when().get("/api/v1/statistics/labour-market?year={year}", YEAR)
                .then().statusCode(200)
                .body("year", equalTo(YEAR))
                .body("region", nullValue())
                .body("months", hasSize(12))
                .body("months.month[0]", equalTo(1))
                .body("months.jobSeekers[0..7]", contains(1000, 400, 0, 3, 6, 8, 10, null))
                .body("months.vacancies[0..7]", contains(250, 1, 5, 1, 1, 1, null, null))
                .body("months[0].vacanciesPer100JobSeekers", writtenAs("25.00"))
                .body("months[1].vacanciesPer100JobSeekers", writtenAs("0.25"))
                .body("months[2].vacanciesPer100JobSeekers", nullValue())
                .body("months[3].vacanciesPer100JobSeekers", writtenAs("33.33"))
                .body("months[4].vacanciesPer100JobSeekers", writtenAs("16.67"))
                .body("months[5].vacanciesPer100JobSeekers", writtenAs("12.50"))
                .body("months[6].vacanciesPer100JobSeekers", nullValue())
                .body("months[11].vacanciesPer100JobSeekers", nullValue())
                .body("months.complete[0..6]", contains(true, true, true, true, true, false, false))
                .body("yearTotal.jobSeekers", equalTo(1427))
                .body("yearTotal.vacancies", equalTo(259))
                .body("yearTotal.vacanciesPer100JobSeekers", writtenAs("18.15"))
                .body("yearTotal.complete", equalTo(false));
    }

    @Test
    void answersOneMonthWhenAskedAndTheYearTotalStill() {
        client().when().get("/api/v1/statistics/labour-market?year={year}&month={month}", YEAR, 4)
                .then().statusCode(200)
                .body("months", hasSize(1))
                .body("months[0].month", equalTo(4))
                .body("months[0].vacanciesPer100JobSeekers", writtenAs("33.33"))
                .body("yearTotal.vacancies", equalTo(259));
        client().accept("text/csv").when().get("/api/v1/statistics/labour-market?year={year}&month={month}", YEAR, 4)
                .then().statusCode(200)
                .body(equalTo("period,start,end,jobSeekers,vacancies,vacanciesPer100JobSeekers,complete\r\n"
                        + YEAR + "-04," + YEAR + "-04-01," + YEAR + "-04-30,3,1,33.33,true\r\n"
                        + YEAR + "," + YEAR + "-01-01," + YEAR + "-12-31,1427,259,18.15,false\r\n"));
    }

    @Test
    void leavesTheRatioOfAYearWithoutVacanciesUnknown() {
        client().when().get("/api/v1/statistics/labour-market?year={year}", 2021)
                .then().statusCode(200)
                .body("yearTotal.jobSeekers", equalTo((int) Lakip2021.JOB_SEEKERS_YEAR))
                .body("yearTotal.vacancies", nullValue())
                .body("yearTotal.vacanciesPer100JobSeekers", nullValue())
                .body("months[9].jobSeekers", equalTo(426_259));
    }

    @Test
    void refusesABadMonthOrYearNamingIt() {
        given().when().get("/api/v1/statistics/labour-market?year={year}&month={month}", YEAR, 13)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("month"))
                .body("errors[0].message", startsWith("must be an integer from 1 to 12"));
        given().when().get("/api/v1/statistics/labour-market")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void seriesOfTheRatioDividesThePeriodsSums() {
        client().when().get("/api/v1/series?indicator={indicator}&from={from}&to={to}", "VACANCIES_PER_100_JOB_SEEKERS",
                YEAR + "-01", YEAR + "-07")
                .then().statusCode(200)
                .body("series[0].id", equalTo("VACANCIES_PER_100_JOB_SEEKERS"))
                .body("series[0].categories", contains("JOB_SEEKER", "VACANCY"))
                .body("series[0].points[0].value", writtenAs("25.00"))
                .body("series[0].points[3].value", writtenAs("33.33"))
                .body("series[0].points.value[2]", nullValue())
                .body("series[0].points.value[6]", nullValue());
        client().when().get("/api/v1/series?indicator={indicator}&from={from}&interval=year", "VACANCIES_PER_100_JOB_SEEKERS", YEAR)
                .then().statusCode(200)
                .body("series[0].points[0].value", writtenAs("18.15"));
        client().when().get("/api/v1/series?indicator={indicator}&from={from}&interval=quarter", "VACANCIES_PER_100_JOB_SEEKERS",
                YEAR + "-Q1")
                .then().statusCode(200)
                // (250 + 1 + 5) ÷ (1000 + 400 + 0) × 100: the ratio of the sums, not a mean of the months' ratios
                .body("series[0].points[0].value", writtenAs("18.29"));
        client().when().get("/api/v1/series?indicator={indicator}&from={from}&transform=change", "VACANCIES_PER_100_JOB_SEEKERS",
                YEAR + "-02")
                .then().statusCode(200)
                .body("series[0].points[0].value", writtenAs("-24.75"));
    }

    @Test
    void refusesACumulativeRatioWithAReason() {
        given().when().get("/api/v1/series?indicator={indicator}&from={from}&transform=cumulative",
                "VACANCIES_PER_100_JOB_SEEKERS", YEAR)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("transform"))
                .body("errors[0].message", startsWith("cumulative makes no sense for the ratio VACANCIES_PER_100_JOB_SEEKERS"));
        given().when().get("/api/v1/series?indicator={indicator}&from={from}", "VACANCIES_PER_1000", YEAR)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("indicator"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("VACANCIES_PER_100_JOB_SEEKERS"));
    }

    @Test
    void headlineShowsTheYearSoFar() {
        client().when().get("/api/v1/statistics/headline?year={year}", YEAR)
                .then().statusCode(200)
                .body("year", equalTo(YEAR))
                .body("latestPeriod", equalTo(YEAR + "-07"))
                .body("jobSeekers", equalTo(1427))
                .body("employers", nullValue())
                .body("vacancies", equalTo(259))
                .body("facilitatedWorkers.yearToDate", equalTo(1427))
                .body("facilitatedWorkers.target", nullValue())
                .body("facilitatedWorkers.achievementPercent", nullValue());
    }

    @Test
    void headlineOf2021ReproducesTheLakip() {
        client().when().get("/api/v1/statistics/headline?year={year}", 2021)
                .then().statusCode(200)
                .body("latestPeriod", equalTo("2021-12"))
                .body("latestPeriodEnd", equalTo("2021-12-31"))
                .body("jobSeekers", equalTo((int) Lakip2021.JOB_SEEKERS_YEAR))
                .body("employers", equalTo((int) Lakip2021.EMPLOYERS_YEAR))
                .body("vacancies", nullValue())
                .body("facilitatedWorkers.yearToDate", equalTo((int) Lakip2021.JOB_SEEKERS_YEAR))
                .body("facilitatedWorkers.achievementPercent", writtenAs("52.04"))
                .body("facilitatedWorkers.proRataTarget", equalTo(2_000_000))
                .body("serviceUsers.yearToDate", equalTo((int) Lakip2021.SERVICE_USERS_YEAR))
                .body("serviceUsers.achievementPercent", writtenAs("72.86"));
    }

    @Test
    void headlineIsConditionalAndChangesWithAWrite() {
        String etag = given().when().get("/api/v1/statistics/headline?year={year}", YEAR)
                .then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/statistics/headline?year={year}", YEAR)
                .then().statusCode(304);
        try {
            given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType("application/json")
                    .body("{\"count\":41}")
                    .when().put("/api/v1/counts/{category}/{year}/{month}", "VACANCY", YEAR, 7)
                    .then().statusCode(201);
            given().header("If-None-Match", etag).when().get("/api/v1/statistics/headline?year={year}", YEAR)
                    .then().statusCode(200)
                    .header("ETag", not(equalTo(etag)))
                    .body("vacancies", equalTo(300));
        } finally {
            // through the API, so that the answers cached from now on hold the counts the other tests store
            given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER))
                    .when().delete("/api/v1/counts/{category}/{year}/{month}", "VACANCY", YEAR, 7);
        }
    }
}
