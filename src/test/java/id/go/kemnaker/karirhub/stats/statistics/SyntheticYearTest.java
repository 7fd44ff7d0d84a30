package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A whole generated year loaded through the API adds up, in the statistics, to the totals computed here. */
@QuarkusTest
@OwnsYears({2087})
class SyntheticYearTest {

    private static final int YEAR = TestYears.of(SyntheticYearTest.class)[0];
    private static final String[] CATEGORIES = { "JOB_SEEKER", "EMPLOYER", "PBK_TRAINING", "PRAKERJA_TRAINING" };

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, SyntheticYearTest.class).deleteOwnedYears();
    }

    @Test
    void statisticsAddUpToTheLoadedYear() {
        Random random = new Random(2087);
        List<Map<String, Object>> items = new ArrayList<>();
        long[][] perMonth = new long[4][13];
        long jobSeekersYear = 0;
        for (int c = 0; c < 4; c++) {
            for (int month = 1; month <= 12; month++) {
                boolean weekly = c == 0 || random.nextBoolean();
                if (!weekly && random.nextInt(5) == 0) {
                    continue; // not reported this month
                }
                for (int week = weekly ? 1 : 0; week <= (weekly ? 4 : 0); week++) {
                    long count = random.nextInt(250_000);
                    Map<String, Object> item = new HashMap<>(Map.of("category", CATEGORIES[c], "year", YEAR, "month", month,
                            "count", count));
                    item.put("week", week == 0 ? null : week);
                    items.add(item);
                    perMonth[c][month] += count;
                    if (c == 0) {
                        jobSeekersYear += count;
                    }
                }
            }
        }
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(items)
                .when().post("/api/v1/counts/batch").then().statusCode(200);

        JsonPath workers = given().when().get("/api/v1/statistics/facilitated-workers?year={year}", YEAR)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(jobSeekersYear, workers.getLong("total"));
        for (int month = 1; month <= 12; month++) {
            assertEquals(perMonth[0][month], workers.getLong("months[" + (month - 1) + "].total"));
        }

        JsonPath users = given().when().get("/api/v1/statistics/service-users?year={year}", YEAR)
                .then().statusCode(200).extract().jsonPath();
        long all = 0;
        for (int c = 0; c < 4; c++) {
            long categoryYear = 0;
            for (int month = 1; month <= 12; month++) {
                categoryYear += perMonth[c][month];
            }
            assertEquals(categoryYear, users.getLong("byCategory." + CATEGORIES[c]), CATEGORIES[c]);
            all += categoryYear;
        }
        assertEquals(all, users.getLong("total"));
        for (int month = 1; month <= 12; month++) {
            long monthTotal = perMonth[0][month] + perMonth[1][month] + perMonth[2][month] + perMonth[3][month];
            assertEquals(monthTotal, users.getLong("months[" + (month - 1) + "].total"), "month " + month);
        }
    }
}
