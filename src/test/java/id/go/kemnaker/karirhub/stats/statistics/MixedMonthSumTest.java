package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A month in which some regencies of a province give a month total and others their weeks: the
 * province's figure is every regency's month once, and so is the nation's, whose only province
 * it is. Before issue 21 the nation's sum added the weekly regencies twice (their month and
 * their weeks), while the province's figure, picked in Java, was right.
 */
@QuarkusTest
@OwnsYears({2024})
class MixedMonthSumTest {

    private static final int YEAR = TestYears.of(MixedMonthSumTest.class)[0];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, MixedMonthSumTest.class).deleteOwnedYears();
    }

    @Test
    void weeklyRegenciesCountOnceBesideMonthTotals() {
        String csv = "Kategori;Tahun;Bulan;Minggu;Kode Wilayah;Jumlah\n"
                + "JOB_SEEKER;" + YEAR + ";5;;32.01;100\n"
                + "JOB_SEEKER;" + YEAR + ";5;1;32.02;10\n"
                + "JOB_SEEKER;" + YEAR + ";5;2;32.02;20\n"
                + "JOB_SEEKER;" + YEAR + ";5;3;32.02;30\n"
                + "JOB_SEEKER;" + YEAR + ";5;4;32.02;40\n";
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports").then().statusCode(200);
        for (String region : new String[] { "region=32", "region=32.01,32.02" }) {
            given().when().get("/api/v1/statistics/facilitated-workers?year={year}&" + region, YEAR).then().statusCode(200)
                    .body("months[4].total", equalTo(200)).body("months[4].weeks", empty()).body("total", equalTo(200));
        }
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}", YEAR).then().statusCode(200)
                .body("months[4].total", equalTo(200)).body("months[4].weeks", empty()).body("total", equalTo(200))
                .body("complete", equalTo(false));
        given().when().get("/api/v1/statistics/facilitated-workers/by-region?year={year}&month=5", YEAR).then().statusCode(200)
                .body("total", equalTo(200)).body("unallocated", equalTo(0));
    }
}
