package id.go.kemnaker.karirhub.stats.regions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The Papua split of 2022 over HTTP, at the edges of the reporting weeks (days 1-7, 8-14, 15-21,
 * 22 to the month's end): a region is stored for a period in which it existed on at least one
 * day, and refused for one in which it did not; a breakdown of a period in which the set of
 * regencies changed expects every regency that existed in it. The codes and dates are typed here
 * from the laws and the Kemendagri lists, never read from the service.
 */
@QuarkusTest
@OwnsYears({ 2022 })
class PapuaSplitTest {

    /** The year of the split: UU 14-16/2022 on 2022-07-25, UU 29/2022 on 2022-12-08. */
    private static final int YEAR = TestYears.of(PapuaSplitTest.class)[0];
    private static final String BY_REGION = "/api/v1/statistics/facilitated-workers/by-region";

    /** Papua's regencies that stayed in Papua (91), under the codes they kept. */
    private static final List<String> PAPUA_KEPT = List.of("91.03", "91.05", "91.06", "91.10", "91.11", "91.15", "91.19", "91.20",
            "91.71");
    /**
     * Papua's regencies that moved on 2022-07-25, old code to new: Papua Selatan (93, UU 14/2022),
     * Papua Tengah (94, UU 15/2022), Papua Pegunungan (95, UU 16/2022).
     */
    private static final Map<String, String> PAPUA_MOVED = orderedMap("91.01", "93.01", "91.02", "95.01", "91.04", "94.01",
            "91.07", "94.02", "91.08", "94.03", "91.09", "94.04", "91.12", "95.02", "91.13", "95.03", "91.14", "95.04",
            "91.16", "93.02", "91.17", "93.03", "91.18", "93.04", "91.21", "95.05", "91.22", "95.06", "91.23", "95.07",
            "91.24", "95.08", "91.25", "94.05", "91.26", "94.06", "91.27", "94.07", "91.28", "94.08");
    /** The 34 provinces of 2021 (Permendagri 58/2021). */
    private static final List<String> PROVINCES_2021 = List.of("11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31",
            "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81",
            "82", "91", "92");

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void showFailedExchanges() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void removeYear() {
        new CountsTable(dataSource, PapuaSplitTest.class).deleteOwnedYears();
    }

    @Test
    void aNewProvinceIsStoredFromTheWeekOfItsFirstDayAndRefusedBefore() {
        // Papua Selatan from Monday 2022-07-25: week 3 of July (15-21) is before it, week 4 (22-31) holds that day.
        expectRegionNotValid(putWeek(7, 3, "93", 5), "Papua Selatan (93)", "valid from 2022-07-25");
        putWeek(7, 4, "93", 5).then().statusCode(201).body("region", equalTo("93"));
        // Papua Barat Daya from 2022-12-08: week 1 of December (1-7) ends the day before, week 2 (8-14) starts on it.
        expectRegionNotValid(putWeek(12, 1, "96", 60), "Papua Barat Daya (96)", "valid from 2022-12-08");
        putWeek(12, 2, "96", 60).then().statusCode(201).body("region", equalTo("96"));
        // Kabupaten Sorong moved into it that day: 92.01 until the 7th, 96.01 from the 8th (below 96's 60).
        putWeek(12, 1, "92.01", 7).then().statusCode(201);
        expectRegionNotValid(putWeek(12, 2, "92.01", 7), "Kabupaten Sorong (92.01)", "until 2022-12-07")
                .body("detail", containsString("use 96.01"));
        expectRegionNotValid(putWeek(12, 1, "96.01", 8), "Kabupaten Sorong (96.01)", "valid from 2022-12-08");
        putWeek(12, 2, "96.01", 8).then().statusCode(201);

        // Only what was accepted is stored, and reads ask the same of the period as writes.
        Map<String, List<Integer>> storedWeeks = orderedMap("93", List.of(4), "96", List.of(2), "92.01", List.of(1), "96.01",
                List.of(2));
        storedWeeks.forEach((region, weeks) -> given().when().get("/api/v1/counts?year={y}&region={r}", YEAR, region)
                .then().statusCode(200).body("region", everyItem(equalTo(region))).body("week", equalTo(weeks)));
        given().when().get("/api/v1/counts/JOB_SEEKER/{y}/7/weeks/3?region=93", YEAR).then().statusCode(422)
                .body("type", equalTo("urn:karirhub:problem:region-not-valid"));
        given().when().get("/api/v1/counts/JOB_SEEKER/{y}/7/weeks/4?region=93", YEAR).then().statusCode(200)
                .body("count", equalTo(5));
    }

    @Test
    void meraukeChangesItsCodeOnTheDayOfTheSplit() {
        // 91.01 until 2022-07-24, 93.01 from 2022-07-25: week 3 of July is the old code's alone,
        // week 4 (22-31) holds days of both, August is the new code's alone.
        putWeek(7, 3, "91.01", 11).then().statusCode(201);
        expectRegionNotValid(putWeek(7, 3, "93.01", 12), "Kabupaten Merauke (93.01)", "valid from 2022-07-25");
        putWeek(7, 4, "91.01", 13).then().statusCode(201);
        putWeek(7, 4, "93.01", 14).then().statusCode(201);
        expectRegionNotValid(putWeek(8, 1, "91.01", 15), "Kabupaten Merauke (91.01)", "until 2022-07-24")
                .body("detail", containsString("use 93.01 after 2022-07-24"));
        putWeek(8, 1, "93.01", 16).then().statusCode(201);

        given().when().get("/api/v1/counts?year={y}&month=7&region=91.01", YEAR).then().statusCode(200)
                .body("week", equalTo(List.of(3, 4))).body("count", equalTo(List.of(11, 13)));
        given().when().get("/api/v1/counts?year={y}&month=8&region=93.01", YEAR).then().statusCode(200)
                .body("week", equalTo(List.of(1))).body("count", equalTo(List.of(16)));
        // August is after 91.01 and July's first three weeks before 93.01: reads of them are refused too.
        for (String read : List.of("/api/v1/counts?year=" + YEAR + "&month=8&region=91.01",
                "/api/v1/counts/JOB_SEEKER/" + YEAR + "/8/weeks/1?region=91.01",
                "/api/v1/statistics/facilitated-workers?year=" + (YEAR + 1) + "&region=91.01",
                "/api/v1/series?indicator=FACILITATED_WORKERS&from=" + YEAR + "-08&to=" + (YEAR + 1) + "-01&region=91.01")) {
            given().when().get(read).then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:karirhub:problem:region-not-valid"))
                    .body("errors[0].field", equalTo("region"))
                    .body("errors[0].message", allOf(containsString("Kabupaten Merauke (91.01)"),
                            containsString("until 2022-07-24"), containsString("continue under 93.01")));
        }
        given().when().get("/api/v1/counts/JOB_SEEKER/{y}/7/weeks/3?region=93.01", YEAR).then().statusCode(422)
                .body("errors[0].message", containsString("valid from 2022-07-25"));
        // The year of the split holds days of both codes: each reads its own weeks.
        given().when().get("/api/v1/statistics/facilitated-workers?year={y}&region=91.01", YEAR).then().statusCode(200)
                .body("total", equalTo(11 + 13));
        given().when().get("/api/v1/statistics/facilitated-workers?year={y}&region=93.01", YEAR).then().statusCode(200)
                .body("total", equalTo(14 + 16));
    }

    /**
     * July 2022 is a month in which Papua's regencies changed: all 29 of 2021 existed on some of
     * its days (the 20 that moved until the 24th), the 4 of Papua Selatan on others (from the
     * 25th). A province that stored nothing itself is the sum of its regencies, complete only when
     * every regency that existed in the period reported (README "Loading data", "By region"); a
     * regency that existed on one day of the month counts as much as one that existed on all.
     */
    @Test
    void aBreakdownOfTheMonthOfTheSplitExpectsEveryRegencyThatExistedInIt() {
        List<String> papua2021 = Stream.concat(PAPUA_KEPT.stream(), PAPUA_MOVED.keySet().stream()).sorted().toList();
        assertEquals(29, papua2021.size(), "Papua had 28 kabupaten and one kota in 2021");
        Map<String, Long> july = new LinkedHashMap<>();
        for (int i = 0; i < papua2021.size(); i++) {
            july.put(papua2021.get(i), 100L + i);
        }
        Map<String, Long> selatanJuly = orderedMap("93.01", 7L, "93.02", 3L, "93.03", 2L, "93.04", 4L);

        // Every regency of 2021 but Merauke (91.01), whose last day was 2022-07-24.
        storeMonthTotals(7, july.entrySet().stream().filter(e -> !e.getKey().equals("91.01")).toList());
        long withoutMerauke = sum(july) - july.get("91.01");
        JsonPath papua = breakdown("&month=7&level=regency&parent=91");
        assertEquals(papua2021, papua.getList("rows.region"), "the regencies of Papua that existed in July 2022");
        assertEquals(withoutMerauke, papua.getLong("total"));
        assertEquals(false, papua.getBoolean("complete"), "Merauke (91.01) existed in July and did not report");
        assertEquals(0L, papua.getLong("unallocated"), "a sum leaves nothing unallocated");
        assertNull(papua.get("rows.find { it.region == '91.01' }.total"));

        storeMonthTotals(7, List.of(Map.entry("91.01", july.get("91.01"))));
        papua = breakdown("&month=7&level=regency&parent=91");
        assertEquals(sum(july), papua.getLong("total"));
        assertEquals(true, papua.getBoolean("complete"), "all 29 that existed in July reported");

        // Papua Selatan's four regencies existed from the 25th: their July is complete with their month totals.
        JsonPath selatan = breakdown("&month=7&level=regency&parent=93");
        assertEquals(List.copyOf(selatanJuly.keySet()), selatan.getList("rows.region"));
        assertNull(selatan.get("total"), "nothing reported yet");
        storeMonthTotals(7, List.copyOf(selatanJuly.entrySet()));
        selatan = breakdown("&month=7&level=regency&parent=93");
        assertEquals(sum(selatanJuly), selatan.getLong("total"));
        assertEquals(true, selatan.getBoolean("complete"));

        // The provinces of July: the 34 of 2021 and the three of 2022-07-25, not yet Papua Barat Daya.
        List<String> julyProvinces = Stream.concat(PROVINCES_2021.stream(), Stream.of("93", "94", "95")).sorted().toList();
        JsonPath provinces = breakdown("&month=7");
        assertEquals(julyProvinces, provinces.getList("rows.region"));
        assertEquals(sum(july), provinces.getLong("rows.find { it.region == '91' }.total"));
        assertEquals(true, provinces.getBoolean("rows.find { it.region == '91' }.complete"));
        assertEquals(sum(selatanJuly), provinces.getLong("rows.find { it.region == '93' }.total"));
        assertEquals(sum(july) + sum(selatanJuly), provinces.getLong("total"), "the nation is the sum of its provinces");
        assertEquals(false, provinces.getBoolean("complete"), "35 of the 37 provinces of July reported nothing");
        assertEquals(38, breakdown("&month=12").getList("rows").size(), "Papua Barat Daya from 2022-12-08");
        assertEquals(37, breakdown("&month=11").getList("rows").size());

        // August: only the nine that stayed are Papua's; they make it complete without the old codes.
        Map<String, Long> august = new LinkedHashMap<>();
        PAPUA_KEPT.forEach(code -> august.put(code, 10L + august.size()));
        JsonPath papuaAugust = breakdown("&month=8&level=regency&parent=91");
        assertEquals(PAPUA_KEPT, papuaAugust.getList("rows.region"));
        storeMonthTotals(8, List.copyOf(august.entrySet()));
        papuaAugust = breakdown("&month=8&level=regency&parent=91");
        assertEquals(sum(august), papuaAugust.getLong("total"));
        assertEquals(true, papuaAugust.getBoolean("complete"));

        // The year lists every regency that existed in it and adds up both months; ten months are missing.
        JsonPath papuaYear = breakdown("&level=regency&parent=91");
        assertEquals(papua2021, papuaYear.getList("rows.region"));
        assertEquals(sum(july) + sum(august), papuaYear.getLong("total"));
        assertEquals(false, papuaYear.getBoolean("complete"));
        assertEquals(july.get("91.03") + august.get("91.03"), papuaYear.getLong("rows.find { it.region == '91.03' }.total"));
        assertEquals(july.get("91.01"), papuaYear.getLong("rows.find { it.region == '91.01' }.total"));
    }

    private static RequestSpecification officer() {
        return given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON);
    }

    private static Response putWeek(int month, int week, String region, long count) {
        return officer().body(Map.of("count", count))
                .when().put("/api/v1/counts/JOB_SEEKER/{y}/{m}/weeks/{w}?region={r}", YEAR, month, week, region);
    }

    private static ValidatableResponse expectRegionNotValid(Response answer,
            String region, String validity) {
        return answer.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:region-not-valid"))
                .body("detail", allOf(containsString(region), containsString(validity)));
    }

    private static void storeMonthTotals(int month, List<Map.Entry<String, Long>> counts) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map.Entry<String, Long> count : counts) {
            Map<String, Object> item = new HashMap<>();
            item.put("category", "JOB_SEEKER");
            item.put("year", YEAR);
            item.put("month", month);
            item.put("week", null);
            item.put("count", count.getValue());
            item.put("region", count.getKey());
            items.add(item);
        }
        officer().body(items).when().post("/api/v1/counts/batch").then().statusCode(200).body("created", equalTo(items.size()));
    }

    private static JsonPath breakdown(String query) {
        return given().when().get(BY_REGION + "?year=" + YEAR + query).then().statusCode(200)
                .body("rows", hasSize(greaterThan(0))).extract().jsonPath();
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
