package id.go.kemnaker.karirhub.stats.regions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The reference list against facts from outside the migration: Indonesia has 38 provinces and
 * 514 regencies/cities (Kepmendagri 2025); before UU 14-16/2022 (2022-07-25) and UU 29/2022
 * (2022-12-08) it had 34 provinces, and the regencies that moved changed code.
 */
@QuarkusTest
class RegionReferenceDataTest {

    private static final String REGIONS = "/api/v1/regions";

    @Test
    void lists38ProvincesAnd514RegenciesValidToday() {
        given().when().get(REGIONS + "?level=province").then().statusCode(200).body("$", hasSize(38))
                .body("level", everyItem(equalTo("province"))).body("kind", everyItem(nullValue()));
        given().when().get(REGIONS + "?level=regency").then().statusCode(200).body("$", hasSize(514))
                .body("level", everyItem(equalTo("regency")));
        given().when().get(REGIONS).then().statusCode(200).body("$", hasSize(38 + 514));
    }

    @Test
    void lists34ProvincesAnd514RegenciesOn30June2021() {
        given().when().get(REGIONS + "?level=province&date=2021-06-30").then().statusCode(200).body("$", hasSize(34));
        given().when().get(REGIONS + "?level=regency&date=2021-06-30").then().statusCode(200).body("$", hasSize(514));
    }

    @Test
    void formsTheThreePapuaProvincesOn25July2022AndPapuaBaratDayaOn8December2022() {
        assertProvinces("2022-07-24", 34);
        assertProvinces("2022-07-25", 37);
        assertProvinces("2022-12-07", 37);
        assertProvinces("2022-12-08", 38);
        given().when().get(REGIONS + "?level=province&date={date}", "2021-06-30").then()
                .body("code", not(hasItem("93"))).body("code", not(hasItem("96")));
        given().when().get(REGIONS + "?level=province&date={date}", "2023-01-01").then()
                .body("find { it.code == '93' }.name", equalTo("Papua Selatan"))
                .body("find { it.code == '94' }.name", equalTo("Papua Tengah"))
                .body("find { it.code == '95' }.name", equalTo("Papua Pegunungan"))
                .body("find { it.code == '96' }.name", equalTo("Papua Barat Daya"))
                .body("find { it.code == '93' }.validFrom", equalTo("2022-07-25"))
                .body("find { it.code == '96' }.validFrom", equalTo("2022-12-08"));
    }

    @Test
    void papuaHad29RegenciesIn2021And9Today() {
        given().when().get(REGIONS + "?parent=91&date=2021-06-30").then().statusCode(200).body("$", hasSize(29));
        given().when().get(REGIONS + "?parent=91").then().statusCode(200).body("$", hasSize(9));
        given().when().get(REGIONS + "?parent=92&date=2021-06-30").then().statusCode(200).body("$", hasSize(13));
        given().when().get(REGIONS + "?parent=92").then().statusCode(200).body("$", hasSize(7));
        // UU 14/2022: Merauke, Boven Digoel, Mappi, Asmat
        given().when().get(REGIONS + "?parent=93").then().statusCode(200)
                .body("name", contains("Kabupaten Merauke", "Kabupaten Boven Digoel", "Kabupaten Mappi", "Kabupaten Asmat"));
        // UU 29/2022: Sorong, Sorong Selatan, Raja Ampat, Tambrauw, Maybrat, Kota Sorong
        given().when().get(REGIONS + "?parent=96").then().statusCode(200).body("$", hasSize(6))
                .body("find { it.kind == 'KOTA' }.name", equalTo("Kota Sorong"));
    }

    @Test
    void aMovedRegencyKeepsIts2021CodeUntilTheDayBeforeTheSplit() {
        given().when().get(REGIONS + "?parent=91&date=2021-06-30").then()
                .body("find { it.code == '91.01' }.name", equalTo("Kabupaten Merauke"));
        given().when().get(REGIONS + "?parent=93&date=2023-01-01").then()
                .body("find { it.code == '93.01' }.name", equalTo("Kabupaten Merauke"));
        given().when().get(REGIONS + "/{code}", "91.01").then().statusCode(200)
                .body("validTo", equalTo("2022-07-24")).body("replacedBy", equalTo("93.01"))
                .body("parent.code", equalTo("91")).body("parent.name", equalTo("Papua"));
        given().when().get(REGIONS + "/{code}", "93.01").then().statusCode(200)
                .body("validFrom", equalTo("2022-07-25")).body("validTo", nullValue())
                .body("replaces", contains("91.01")).body("parent.code", equalTo("93"));
        given().when().get(REGIONS + "?parent=92&date={date}", "2022-12-07").then().body("code", hasItem("92.71"));
        given().when().get(REGIONS + "?parent=92&date={date}", "2022-12-08").then().body("code", not(hasItem("92.71")));
        given().when().get(REGIONS + "?parent=96&date={date}", "2022-12-08").then().body("code", hasItem("96.71"));
    }

    @Test
    void keepsTheBpsCodeWhereItDiffers() {
        given().when().get(REGIONS + "/91").then().body("bpsCode", equalTo("94"));       // Papua
        given().when().get(REGIONS + "/92").then().body("bpsCode", equalTo("91"));       // Papua Barat
        given().when().get(REGIONS + "/96").then().body("bpsCode", equalTo("92"));       // Papua Barat Daya
        given().when().get(REGIONS + "/93.01").then().body("bpsCode", equalTo("9501")); // Merauke today
        given().when().get(REGIONS + "/91.01").then().body("bpsCode", equalTo("9401")); // Merauke before the split
        given().when().get(REGIONS + "/11.09").then().body("name", equalTo("Kabupaten Simeulue")).body("bpsCode", equalTo("1101"));
        given().when().get(REGIONS + "/32.73").then().body("bpsCode", equalTo("3273"));
    }

    @Test
    void tellsAKabupatenFromAKota() {
        given().when().get(REGIONS + "/32.04").then().body("name", equalTo("Kabupaten Bandung")).body("kind", equalTo("KABUPATEN"));
        given().when().get(REGIONS + "/32.73").then().body("name", equalTo("Kota Bandung")).body("kind", equalTo("KOTA"))
                .body("level", equalTo("regency")).body("parent.name", equalTo("Jawa Barat"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2021-06-30", "2022-08-01", "2023-01-01", "2026-11-30" })
    void everyRegencyBelongsToAProvinceValidOnTheSameDay(String date) {
        List<Map<String, Object>> regions = given().when().get(REGIONS + "?date={date}", date).then().statusCode(200)
                .body("code", everyItem(matchesPattern("[0-9]{2}(\\.[0-9]{2})?")))
                .extract().jsonPath().getList("$");
        Set<String> provinces = new HashSet<>();
        Set<String> bpsCodes = new HashSet<>();
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> region : regions) {
            String code = (String) region.get("code");
            codes.add(code);
            assertTrue(bpsCodes.add((String) region.get("bpsCode")), "BPS code used twice on " + date + ": " + region);
            if ("province".equals(region.get("level"))) {
                provinces.add(code);
            } else {
                assertTrue(provinces.contains(region.get("parentCode")), code + " has no province on " + date);
                assertEquals(code.substring(0, 2), region.get("parentCode"));
            }
        }
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        assertEquals(sorted, codes, "answers are in code order");
    }

    private static void assertProvinces(String date, int expected) {
        given().when().get(REGIONS + "?level=province&date={date}", date).then().statusCode(200).body("$", hasSize(expected));
    }
}
