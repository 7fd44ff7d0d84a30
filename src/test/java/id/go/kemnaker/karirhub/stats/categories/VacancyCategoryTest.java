package id.go.kemnaker.karirhub.stats.categories;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import id.go.kemnaker.karirhub.stats.statistics.Lakip2021;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * VACANCY is loaded like every category (PUT, batch, CSV with its Indonesian labels) but is no
 * service user: a vacancy count, even in 2021, changes no IKK figure.
 */
@QuarkusTest
@OwnsYears({2041})
class VacancyCategoryTest {

    private static final int YEAR = TestYears.of(VacancyCategoryTest.class)[0];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, VacancyCategoryTest.class).deleteYear(YEAR);
    }

    private static RequestSpecification officer() {
        return given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER))
                .log().ifValidationFails();
    }

    @Test
    void aVacancyCountIn2021ChangesNoIndicator() {
        try {
            officer().contentType("application/json").body("{\"count\":250000}")
                    .when().put("/api/v1/counts/{category}/{year}/{month}", "VACANCY", 2021, 12)
                    .then().statusCode(201).body("category", equalTo("VACANCY"));
            officer().contentType("application/json").body("{\"count\":1000}")
                    .when().put("/api/v1/counts/{category}/{year}/{month}/weeks/{week}", "VACANCY", 2021, 11, 2)
                    .then().statusCode(201);

            given().when().get("/api/v1/counts?category={category}&year={year}", "VACANCY", 2021)
                    .then().statusCode(200).body("count", contains(1000, 250_000));
            given().when().get("/api/v1/statistics/facilitated-workers?year={year}", 2021)
                    .then().statusCode(200)
                    .body("total", equalTo((int) Lakip2021.JOB_SEEKERS_YEAR))
                    .body("achievementPercent", equalTo(52.04f));
            given().when().get("/api/v1/statistics/service-users?year={year}", 2021)
                    .then().statusCode(200)
                    .body("total", equalTo((int) Lakip2021.SERVICE_USERS_YEAR))
                    .body("achievementPercent", equalTo(72.86f))
                    .body("byCategory", not(hasKey("VACANCY")))
                    .body("months[11].total", equalTo((int) serviceUsersOfDecember2021()));
            given().when().get("/api/v1/reports/performance?year={year}", 2021)
                    .then().statusCode(200)
                    .body("rows.find { it.indicator == 'SERVICE_USERS' }.realisation", equalTo((int) Lakip2021.SERVICE_USERS_YEAR))
                    .body("rows.find { it.indicator == 'FACILITATED_WORKERS' }.realisation", equalTo((int) Lakip2021.JOB_SEEKERS_YEAR));
            given().when().get("/api/v1/statistics/latest?indicator={indicator}&year={year}", "SERVICE_USERS", 2021)
                    .then().statusCode(200).body("yearToDate", equalTo((int) Lakip2021.SERVICE_USERS_YEAR));
            given().accept("text/csv").when().get("/api/v1/statistics/service-users?year={year}", 2021)
                    .then().statusCode(200)
                    .body(org.hamcrest.Matchers.startsWith(
                            "period,start,end,JOB_SEEKER,EMPLOYER,PBK_TRAINING,PRAKERJA_TRAINING,total,complete"));
        } finally {
            officer().when().delete("/api/v1/counts/{category}/{year}/{month}", "VACANCY", 2021, 12);
            officer().when().delete("/api/v1/counts/{category}/{year}/{month}/weeks/{week}", "VACANCY", 2021, 11, 2);
        }
    }

    @Test
    void loadsVacanciesInABatch() {
        officer().contentType("application/json")
                .body("[{\"category\":\"VACANCY\",\"year\":" + YEAR + ",\"month\":1,\"week\":1,\"count\":120},"
                        + "{\"category\":\"VACANCY\",\"year\":" + YEAR + ",\"month\":2,\"week\":null,\"count\":480}]")
                .when().post("/api/v1/counts/batch")
                .then().statusCode(200).body("created", equalTo(2));
        given().when().get("/api/v1/series?category={category}&from={from}&to={to}", "VACANCY", YEAR + "-01", YEAR + "-02")
                .then().statusCode(200)
                .body("series[0].points.value", contains(120, 480))
                .body("series[0].points.complete", contains(false, true));
    }

    @Test
    void importsVacanciesUnderTheirIndonesianLabels() {
        String csv = "kategori;tahun;bulan;minggu;jumlah\n"
                + "Lowongan;" + YEAR + ";Maret;;1.250\n"
                + "Lowongan Kerja;" + YEAR + ";April;II;75\n"
                + "lowongan  kerja;" + YEAR + ";April;I;-\n";
        officer().contentType("text/csv").body(csv)
                .when().post("/api/v1/imports")
                .then().statusCode(200).body("created", equalTo(2)).body("skipped", equalTo(1));
        given().when().get("/api/v1/counts?category={category}&year={year}", "VACANCY", YEAR)
                .then().statusCode(200)
                .body("month", contains(3, 4))
                .body("week", contains(null, 2))
                .body("count", contains(1250, 75));
        given().when().get("/api/v1/statistics/service-users?year={year}", YEAR)
                .then().statusCode(200).body("total", equalTo(null));
    }

    /** December 2021 as transcribed from LAKIP Table 3.4: the four categories, no vacancies. */
    private static long serviceUsersOfDecember2021() {
        long total = Lakip2021.JOB_SEEKERS_BY_MONTH[11];
        for (Long[] category : new Long[][] {Lakip2021.EMPLOYERS, Lakip2021.PBK_TRAINING, Lakip2021.PRAKERJA_TRAINING}) {
            total += category[11] == null ? 0 : category[11];
        }
        return total;
    }
}
