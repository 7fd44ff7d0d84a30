package id.go.kemnaker.karirhub.stats.regions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Codes and names as people write them lead to one region, or to an answer that says how to write them. */
@QuarkusTest
class RegionLookupTest {

    private static final String LOOKUP = "/api/v1/regions/lookup";

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "3273|32.73", "32.73|32.73", " 32 |32",
            "Kota Bandung|32.73", "  kota   BANDUNG |32.73", "KOTA BANDUNG.|32.73",
            "Kab. Bandung|32.04", "kabupaten bandung|32.04", "Kab Bandung|32.04",
            "Prov. Jawa Barat|32", "Provinsi  jawa-barat|32", "JAWA BARAT|32",
            "DKI|31", "DKI Jakarta|31", "D.K.I. Jakarta|31", "Daerah Khusus Ibukota Jakarta|31",
            "DIY|34", "D.I. Yogyakarta|34", "DI Yogyakarta|34", "Daerah Istimewa Yogyakarta|34",
            "Babel|19", "Kep. Bangka Belitung|19", "NTB|52", "N.T.T.|53", "Nusa Tenggara Timur|53",
            "Kota Adm. Jakarta Selatan|31.74", "Kab. Adm. Kep. Seribu|31.01",
            "Kota Tanjung Balai|12.74", "Kabupaten Toli Toli|72.04", "kota pare-pare|73.72", "Pohuwato|75.04",
            "Kabupaten Pangkajene Kepulauan|73.10", "Fakfak|92.03", "Simeulue|11.09" })
    void findsTheRegionOfAMessySpelling(String name, String code) {
        given().when().get(LOOKUP + "?name={name}", name)
                .then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void refusesANameSharedByAKabupatenAndAKotaAndSaysHowToTellThemApart() {
        given().when().get(LOOKUP + "?name={name}", "Bandung")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("'Bandung' is ambiguous: it names Kabupaten Bandung (32.04) and Kota "
                        + "Bandung (32.73); write 'Kabupaten Bandung' or 'Kota Bandung', or give the code"));
        // within the province and at the regency level it is still two regions
        given().when().get(LOOKUP + "?name={name}&level=regency&parent={parent}", "bandung", "Jawa Barat")
                .then().statusCode(400).body("errors[0].message", containsString("'Kota Bandung'"));
        given().when().get(LOOKUP + "?name={name}&level=regency", "Gorontalo")
                .then().statusCode(400).body("errors[0].message", allOf(containsString("Kabupaten Gorontalo (75.01)"),
                        containsString("Kota Gorontalo (75.71)")));
    }

    @Test
    void refusesANameSharedByAProvinceAndACityUnlessTheLevelIsGiven() {
        given().when().get(LOOKUP + "?name={name}", "Jambi")
                .then().statusCode(400)
                .body("errors[0].message", containsString("write 'Provinsi Jambi' or 'Kota Jambi', or give the code"));
        given().when().get(LOOKUP + "?name={name}&level=province", "Jambi").then().statusCode(200).body("code", equalTo("15"));
        given().when().get(LOOKUP + "?name={name}", "Provinsi Jambi").then().statusCode(200).body("code", equalTo("15"));
        given().when().get(LOOKUP + "?name={name}", "Kota Jambi").then().statusCode(200).body("code", equalTo("15.71"));
        given().when().get(LOOKUP + "?name={name}&level=province", "Yogyakarta").then().statusCode(200).body("code", equalTo("34"));
    }

    @Test
    void readsANameWithTheCodesOfTheDateAsked() {
        given().when().get(LOOKUP + "?name={name}&date=2021-06-30", "Kab. Merauke")
                .then().statusCode(200).body("code", equalTo("91.01")).body("parent.name", equalTo("Papua"));
        given().when().get(LOOKUP + "?name={name}&date=2023-01-01", "Kab. Merauke")
                .then().statusCode(200).body("code", equalTo("93.01")).body("parent.name", equalTo("Papua Selatan"));
        given().when().get(LOOKUP + "?name={name}&date=2022-12-07", "Kota Sorong").then().body("code", equalTo("92.71"));
        given().when().get(LOOKUP + "?name={name}&date=2022-12-08", "Kota Sorong").then().body("code", equalTo("96.71"));
    }

    @Test
    void answers404ForARegionThatDidNotExistOnTheDate() {
        given().when().get(LOOKUP + "?name={name}&date=2021-06-30", "Papua Selatan")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:karirhub:problem:not-found"))
                .body("detail", equalTo("name Papua Selatan (93) is valid from 2022-07-25, not on 2021-06-30"));
        given().when().get(LOOKUP + "?name={name}&date=2021-06-30", "93.01")
                .then().statusCode(404)
                .body("detail", equalTo("name Kabupaten Merauke (93.01) is valid from 2022-07-25, not on 2021-06-30; "
                        + "on that date its code was 91.01"));
        given().when().get(LOOKUP + "?name={name}&date=2023-01-01", "91.01")
                .then().statusCode(404)
                .body("detail", equalTo("name Kabupaten Merauke (91.01) is valid until 2022-07-24, then replaced by 93.01, "
                        + "not on 2023-01-01; use 93.01"));
    }

    @Test
    void answers404ForANameOrCodeNoRegionHas() {
        given().when().get(LOOKUP + "?name={name}", "Atlantis")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("name 'Atlantis' is not the name of a region; give the Kemendagri code or the official name"));
        given().when().get(LOOKUP + "?name={name}", "32.99")
                .then().statusCode(404).body("detail", equalTo("name '32.99' is not a Kemendagri region code"));
        given().when().get(LOOKUP + "?name={name}&parent=33", "Kota Bandung")
                .then().statusCode(404).body("detail", equalTo("name 'Kota Bandung' is Kota Bandung (32.73), which is not in province 33"));
        given().when().get(LOOKUP + "?name={name}&level=province", "Kota Bandung")
                .then().statusCode(404).body("detail", equalTo("name 'Kota Bandung' is Kota Bandung (32.73), a regency, not a province"));
    }

    /**
     * Every official name, and every code without its dot, leads back to its own region at its
     * level: the reading of names never merges two regions of the list.
     */
    @ParameterizedTest
    @ValueSource(strings = { "2021-06-30", "2026-11-30" })
    void findsEveryRegionByItsOfficialNameAndByItsCode(String date) {
        List<Map<String, Object>> regions = given().when().get("/api/v1/regions?date={date}", date)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(38 + 514 - ("2021-06-30".equals(date) ? 4 : 0), regions.size());
        for (Map<String, Object> region : regions) {
            String code = (String) region.get("code");
            given().when().get(LOOKUP + "?name={name}&level={level}&date={date}", region.get("name"), region.get("level"), date)
                    .then().statusCode(200).body("code", equalTo(code));
            given().when().get(LOOKUP + "?name={name}&date={date}", code.replace(".", ""), date)
                    .then().statusCode(200).body("code", equalTo(code));
        }
    }

    @Test
    void requiresAName() {
        given().when().get(LOOKUP)
                .then().statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("is required: a region code (32, 32.73) or name (Kota Bandung)"));
    }
}
