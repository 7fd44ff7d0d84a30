package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.go.kemnaker.karirhub.stats.PackagedService;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.restassured.http.ContentType;

/**
 * The LAKIP 2021 figures do not move when a regional breakdown of 2021 is loaded: on a service of
 * its own (a fresh database; 2021 is read-only for every other test), every national answer of
 * 2021 is read, a breakdown is stored (every national count split over the 34 provinces of 2021,
 * each below its national count; Jawa Barat's split over its 27 regencies; the month totals of
 * employers broken down by week), and every answer is read again: identical but for the data
 * version. The province sums are checked against the values the test computed.
 */
class RegionalSeedIT {

    private static final int YEAR = TestYears.SEED;
    private static final String[] TRUST_DEV_TOKENS = {
            "mp.jwt.verify.publickey.location=" + Path.of("dev/jwt/public-key.pem").toAbsolutePath(),
            "mp.jwt.verify.issuer=" + Tokens.ISSUER };
    private static final List<String> NATIONAL_ANSWERS = List.of(
            "/api/v1/statistics/facilitated-workers?year=2021",
            "/api/v1/statistics/service-users?year=2021",
            "/api/v1/statistics/labour-market?year=2021",
            "/api/v1/statistics/latest?indicator=SERVICE_USERS&year=2021",
            "/api/v1/series?indicator=FACILITATED_WORKERS,SERVICE_USERS&from=2021-01-W1&to=2021-12-W4&interval=week",
            "/api/v1/series?category=JOB_SEEKER,EMPLOYER,PBK_TRAINING,PRAKERJA_TRAINING&from=2021&interval=month",
            "/api/v1/reports/performance?year=2021",
            "/api/v1/counts?year=2021");

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path workDirectory;

    private PackagedService service;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            removeBreakdown(); // on a shared external database, leave 2021 as the seed left it
            service.close();
        }
    }

    private void removeBreakdown() throws Exception {
        service.sql("DELETE FROM regional_sum WHERE year = " + YEAR);
        service.sql("DELETE FROM reported_count WHERE year = " + YEAR + " AND region_code IS NOT NULL");
    }

    @Test
    void theNationalFiguresOf2021StayWhenRegionsReport() throws Exception {
        service = PackagedService.start(workDirectory.resolve("service.log"), PackagedService.freePort(),
                workDirectory.resolve("postgres"), TRUST_DEV_TOKENS);
        removeBreakdown();
        Map<String, JsonNode> before = new LinkedHashMap<>();
        for (String path : NATIONAL_ANSWERS) {
            before.put(path, withoutVersions(get(path)));
        }

        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Long> expectedProvinceTotal = new HashMap<>(); // service users of 2021 per province
        List<String> provinces = codes("/api/v1/regions?level=province&date=2021-06-30");
        List<String> jawaBarat = codes("/api/v1/regions?level=regency&parent=32&date=2021-06-30");
        assertEquals(34, provinces.size());
        assertEquals(27, jawaBarat.size());
        for (JsonNode count : get("/api/v1/counts?year=2021")) {
            String category = count.get("category").asText();
            int month = count.get("month").asInt();
            Integer week = count.get("week").isNull() ? null : count.get("week").asInt();
            long national = count.get("count").asLong();
            for (int p = 0; p < provinces.size(); p++) {
                String province = provinces.get(p);
                long share = national * (p + 1) / 700; // 1..34 of 700: the provinces add up to 85% at most
                if (week == null && "EMPLOYER".equals(category)) {
                    // a month total nationally, weeks in the provinces: four weeks adding up to the share
                    for (int w = 1; w <= 4; w++) {
                        items.add(item(category, month, w, province, share / 4));
                    }
                    share = share / 4 * 4;
                } else {
                    items.add(item(category, month, week, province, share));
                }
                if (!"VACANCY".equals(category)) {
                    expectedProvinceTotal.merge(province, share, Long::sum);
                }
            }
            if (week != null) { // Jawa Barat's regencies for the weekly counts: each at most 1/30 of the province
                long province = national * (provinces.indexOf("32") + 1) / 700;
                for (String regency : jawaBarat) {
                    items.add(item(category, month, week, regency, province / 30));
                }
            }
        }
        for (int from = 0; from < items.size(); from += 10_000) {
            given().port(service.port()).header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                    .body(items.subList(from, Math.min(items.size(), from + 10_000)))
                    .when().post("/api/v1/counts/batch").then().statusCode(200);
        }

        for (String path : NATIONAL_ANSWERS) {
            assertEquals(before.get(path), withoutVersions(get(path)), path);
        }
        for (String province : List.of("11", "32", "91", "92")) {
            JsonNode regional = get("/api/v1/statistics/service-users?year=2021&region=" + province);
            assertEquals(expectedProvinceTotal.get(province).longValue(), regional.get("total").asLong(), province);
        }
        // the nation stored what it reported; a region never turns "not reported" into a number there
        JsonNode users = get("/api/v1/statistics/service-users?year=2021");
        assertTrue(users.get("months").get(0).get("byCategory").get("PRAKERJA_TRAINING").isNull());
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(given().port(service.port()).header("Authorization", Tokens.bearer(Roles.DATA_OFFICER))
                .when().get(path).then().statusCode(200).extract().asString());
    }

    private List<String> codes(String path) throws Exception {
        List<String> codes = new ArrayList<>();
        get(path).forEach(region -> codes.add(region.get("code").asText()));
        return codes;
    }

    private static Map<String, Object> item(String category, int month, Integer week, String region, long count) {
        Map<String, Object> item = new HashMap<>(Map.of("category", category, "year", YEAR, "month", month, "count", count));
        item.put("week", week);
        item.put("region", region);
        return item;
    }

    /** The answer without the fields that name the data version, which every write moves. */
    private static JsonNode withoutVersions(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (name.equals("dataVersion") || name.equals("dataAsOf")) {
                    names.remove();
                }
            }
        }
        node.forEach(RegionalSeedIT::strip);
    }
}
