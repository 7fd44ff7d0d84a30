package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/**
 * The education mismatch of issue 22: job seekers and vacancies, registered and remaining, by
 * education level, with vacancies per 100 job seekers. Every expected value is worked out here
 * from the counts the test writes.
 */
@QuarkusTest
@OwnsYears({2055})
class EducationMismatchTest {

    private static final int YEAR = TestYears.of(EducationMismatchTest.class)[0];
    private static final String MISMATCH = "/api/v1/statistics/education-mismatch";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, EducationMismatchTest.class).deleteOwnedYears();
    }

    private static Map<String, Object> item(String category, int month, long count, String education) {
        Map<String, Object> item = new HashMap<>();
        item.put("category", category);
        item.put("year", YEAR);
        item.put("month", month);
        item.put("count", count);
        if (education != null) {
            item.put("education", education);
        }
        return item;
    }

    private static BigDecimal per100(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    @Test
    void eachLevelSetsItsVacanciesAgainstItsJobSeekers() {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("JOB_SEEKER", 3, 1000, null));
        items.add(item("JOB_SEEKER", 3, 400, "SMA"));
        items.add(item("JOB_SEEKER", 3, 300, "SMK"));
        items.add(item("JOB_SEEKER", 3, 200, "S1"));
        items.add(item("JOB_SEEKERS_REMAINING", 3, 2000, null));
        items.add(item("JOB_SEEKERS_REMAINING", 3, 900, "SMA"));
        items.add(item("JOB_SEEKERS_REMAINING", 3, 700, "SMK"));
        items.add(item("JOB_SEEKERS_REMAINING", 3, 400, "S1"));
        items.add(item("VACANCY", 3, 400, null));
        items.add(item("VACANCY", 3, 100, "SMA"));
        items.add(item("VACANCY", 3, 240, "SMK"));
        items.add(item("VACANCIES_REMAINING", 3, 500, null));
        items.add(item("VACANCIES_REMAINING", 3, 150, "SMA"));
        items.add(item("VACANCIES_REMAINING", 3, 260, "SMK"));
        // January: more vacancies for SMK, and no stock: the year adds up flows, takes December's stock
        items.add(item("VACANCY", 1, 50, null));
        items.add(item("VACANCY", 1, 30, "SMK"));
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(items)
                .when().post("/api/v1/counts/batch").then().statusCode(200);

        given().when().get(MISMATCH + "?year={y}&month=3", YEAR).then().statusCode(200)
                .body("year", equalTo(YEAR)).body("month", equalTo(3)).body("period", equalTo(YEAR + "-03"))
                .body("region", nullValue()).body("levels", hasSize(11))
                .body("levels.find { it.education == 'SMK' }.nameId", equalTo("SMK/sederajat"))
                .body("levels.find { it.education == 'SMK' }.jobSeekers", equalTo(300))
                .body("levels.find { it.education == 'SMK' }.jobSeekersRemaining", equalTo(700))
                .body("levels.find { it.education == 'SMK' }.vacancies", equalTo(240))
                .body("levels.find { it.education == 'SMK' }.vacanciesRemaining", equalTo(260))
                .body("levels.find { it.education == 'SMK' }.vacanciesPer100JobSeekers", equalTo(per100(240, 300).floatValue()))
                .body("levels.find { it.education == 'SMK' }.remainingVacanciesPer100JobSeekers",
                        equalTo(per100(260, 700).floatValue()))
                .body("levels.find { it.education == 'S1' }.vacancies", nullValue())
                .body("levels.find { it.education == 'S1' }.vacanciesPer100JobSeekers", nullValue())
                .body("levels.find { it.education == 'D3' }.jobSeekers", nullValue())
                .body("unallocated.jobSeekers", equalTo(1000 - 400 - 300 - 200))
                .body("unallocated.jobSeekersRemaining", equalTo(0))
                .body("unallocated.vacancies", equalTo(400 - 100 - 240))
                .body("unallocated.remainingVacanciesPer100JobSeekers", nullValue()) // no remaining job seekers unallocated
                .body("total.jobSeekers", equalTo(1000)).body("total.vacanciesRemaining", equalTo(500))
                .body("total.vacanciesPer100JobSeekers", equalTo(per100(400, 1000).floatValue()));

        String csv = given().when().get(MISMATCH + "?year={y}&month=3&format=csv", YEAR).then().statusCode(200)
                .header("Content-Disposition", containsString("karirhub-education-mismatch-" + YEAR + "-03.csv"))
                .extract().asString().replace("\uFEFF", "");
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("education,educationName,jobSeekers,jobSeekersRemaining,vacancies,vacanciesRemaining,"
                + "vacanciesPer100JobSeekers,remainingVacanciesPer100JobSeekers", lines.get(0));
        assertEquals("SMK,SMK/sederajat,300,700,240,260," + per100(240, 300) + "," + per100(260, 700),
                lines.stream().filter(line -> line.startsWith("SMK,")).findFirst().orElseThrow());
        assertEquals(",unallocated,100,0,60,90," + per100(60, 100) + ",", lines.get(lines.size() - 2));
        assertEquals(",total,1000,2000,400,500," + per100(400, 1000) + "," + per100(500, 2000), lines.get(lines.size() - 1));

        // SDMX-CSV: the four breakdowns by education as the breakdown writes them, then the two ratios of each level
        String sdmx = given().when().get(MISMATCH + "?year={y}&month=3&format=sdmx-csv", YEAR).then().statusCode(200)
                .contentType(containsString("application/vnd.sdmx.data+csv"))
                .header("Content-Disposition", containsString("karirhub-education-mismatch-" + YEAR + "-03.sdmx.csv"))
                .extract().asString();
        List<String> observations = List.of(sdmx.split("\r\n"));
        assertEquals("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,CATEGORY,SEX,AGE,EDU,OCU,TIME_PERIOD,OBS_VALUE,"
                + "OBS_STATUS,COMPLETE", observations.get(0));
        assertEquals(1 + 4 * (1 + 11 + 1) + 2 * (1 + 11 + 1), observations.size(), sdmx); // whole, 11 levels, the rest
        String month = "dataflow,KEMNAKER:DF_KARIRHUB(2.0.0),I,M,ID,";
        for (String row : List.of(
                "_Z,JOB_SEEKER,_T,_T,_T,_T," + YEAR + "-03,1000,A,true",
                "_Z,JOB_SEEKER,_T,_T,SMK,_T," + YEAR + "-03,300,A,true",
                "_Z,JOB_SEEKERS_REMAINING,_T,_T,_U,_T," + YEAR + "-03,0,A,true",
                "_Z,VACANCY,_T,_T,_U,_T," + YEAR + "-03,60,A,false",
                "_Z,VACANCIES_REMAINING,_T,_T,SMA,_T," + YEAR + "-03,150,A,true",
                "VACANCIES_PER_100_JOB_SEEKERS,_Z,_T,_T,_T,_T," + YEAR + "-03," + per100(400, 1000) + ",A,true",
                "VACANCIES_PER_100_JOB_SEEKERS,_Z,_T,_T,SMK,_T," + YEAR + "-03," + per100(240, 300) + ",A,true",
                "VACANCIES_PER_100_JOB_SEEKERS,_Z,_T,_T,_U,_T," + YEAR + "-03," + per100(60, 100) + ",A,false",
                "REMAINING_VACANCIES_PER_100_JOB_SEEKERS,_Z,_T,_T,SMK,_T," + YEAR + "-03," + per100(260, 700) + ",A,true",
                "REMAINING_VACANCIES_PER_100_JOB_SEEKERS,_Z,_T,_T,_T,_T," + YEAR + "-03," + per100(500, 2000) + ",A,true")) {
            assertTrue(observations.contains(month + row), row + " in\n" + sdmx);
        }
        // S1 has no vacancies reported: its ratio is missing, not 0
        assertTrue(observations.stream().anyMatch(row -> row.startsWith(month + "VACANCIES_PER_100_JOB_SEEKERS,_Z,_T,_T,S1,_T,"
                + YEAR + "-03,,M,")), sdmx);

        // the year: flows add up their months, a stock is its December's (not reported here)
        given().when().get(MISMATCH + "?year={y}", YEAR).then().statusCode(200)
                .body("month", nullValue()).body("period", equalTo(String.valueOf(YEAR)))
                .body("levels.find { it.education == 'SMK' }.vacancies", equalTo(240 + 30))
                .body("levels.find { it.education == 'SMK' }.vacanciesRemaining", nullValue())
                .body("total.vacancies", equalTo(400 + 50));
    }

    @Test
    void badParametersAreNamed() {
        given().when().get(MISMATCH + "?year=1999").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().when().get(MISMATCH + "?year={y}&month=13", YEAR).then().statusCode(400).body("errors[0].field", equalTo("month"));
        given().when().get(MISMATCH + "?year={y}&region=99", YEAR).then().statusCode(400).body("errors[0].field", equalTo("region"));
        // Papua Selatan (93) came into being on 2022-07-25: not a region of 2021
        given().when().get(MISMATCH + "?year=2021&region=93").then().statusCode(422);
    }
}
