package id.go.kemnaker.karirhub.stats.dimensions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.go.kemnaker.karirhub.stats.cells.Dimension;

/**
 * The code lists of the dimensions (issue 22): what each holds, with the expected codes, groups and
 * international codes typed here from their sources (BPS, SDMX, ISCED 2011, KBJI 2014/ISCO-08), the
 * spellings files use, and the reference-data answers (ETag, 304, 404).
 */
@QuarkusTest
class CodeListTest {

    private static final String LISTS = "/api/v1/code-lists";

    @Inject
    CodeListDirectory directory;

    @Test
    void listsTheFourDimensionsInOrder() {
        given().when().get(LISTS).then().statusCode(200).contentType("application/json")
                .header("Cache-Control", "max-age=3600")
                .body("id", contains("SEX", "AGE_GROUP", "EDUCATION", "OCCUPATION"))
                .body("parameter", contains("sex", "ageGroup", "education", "occupation"))
                .body("codeCount", contains(2, 13, 14, 10))
                .body("internationalScheme", contains("SDMX CL_SEX", "SDMX CL_AGE", "ISCED 2011 level", "ISCO-08 major group"))
                .body("codes", everyItem(nullValue()));
    }

    @Test
    void sexIsLOrPAndMapsToSdmx() {
        given().when().get(LISTS + "/SEX").then().statusCode(200)
                .body("codes.code", contains("L", "P"))
                .body("codes.nameId", contains("Laki-laki", "Perempuan"))
                .body("codes.nameEn", contains("Male", "Female"))
                .body("codes.internationalCode", contains("M", "F"))
                .body("codes[1].spellings", contains("f", "pr", "wanita"));
    }

    @Test
    void fiveYearAgeGroupsAddUpIntoTheBroadOnes() {
        given().when().get(LISTS + "/AGE_GROUP").then().statusCode(200)
                .body("codes.code", contains("15-24", "15-19", "20-24", "25-54", "25-29", "30-34", "35-39", "40-44", "45-49",
                        "50-54", "55+", "55-59", "60+"))
                .body("codes.rollsUpTo", contains(null, "15-24", "15-24", null, "25-54", "25-54", "25-54", "25-54", "25-54",
                        "25-54", null, "55+", "55+"))
                .body("codes.internationalCode", contains("Y15T24", "Y15T19", "Y20T24", "Y25T54", "Y25T29", "Y30T34", "Y35T39",
                        "Y40T44", "Y45T49", "Y50T54", "Y_GE55", "Y55T59", "Y_GE60"));
    }

    @Test
    void educationLevelsAddUpIntoTheLabourForceGroupsAndMapToIsced() {
        given().when().get(LISTS + "/EDUCATION").then().statusCode(200)
                .body("codes.code", contains("SD_KEBAWAH", "TIDAK_SD", "SD", "SMP", "SMA", "SMK", "DIPLOMA", "D1", "D2", "D3",
                        "UNIVERSITAS", "S1", "S2", "S3"))
                .body("codes.findAll { it.rollsUpTo == null }.code",
                        contains("SD_KEBAWAH", "SMP", "SMA", "SMK", "DIPLOMA", "UNIVERSITAS"))
                .body("codes.rollsUpTo", contains(null, "SD_KEBAWAH", "SD_KEBAWAH", null, null, null, null, "DIPLOMA", "DIPLOMA",
                        "DIPLOMA", null, "UNIVERSITAS", "UNIVERSITAS", "UNIVERSITAS"))
                .body("codes.internationalCode", contains(null, "0", "1", "2", "3", "3", "5", "5", "5", "5", null, "6", "7", "8"));
    }

    @Test
    void occupationsAreTheTenMajorGroupsOfKbjiAndIsco() {
        given().when().get(LISTS + "/OCCUPATION").then().statusCode(200)
                .body("codes.code", contains("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))
                .body("codes.internationalCode", contains("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))
                .body("codes.rollsUpTo", everyItem(nullValue()))
                .body("codes[1].nameId", equalTo("Manajer")).body("codes[9].nameEn", equalTo("Elementary occupations"));
    }

    @Test
    void filesMayNameACodeByItsCodeANameOrASpelling() {
        Map<Dimension, Map<String, String>> expected = Map.of(
                Dimension.SEX, Map.of("L", "L", "Laki - laki", "L", "LAKI-LAKI", "L", "Pria", "L", "p", "P", "Perempuan", "P",
                        "Wanita", "P", "Female", "P"),
                Dimension.AGE_GROUP, Map.of("20-24", "20-24", "20 - 24 tahun", "20-24", "20 – 24 Tahun", "20-24", "60+", "60+",
                        "60 tahun ke atas", "60+", "15-24", "15-24", "55+", "55+"),
                Dimension.EDUCATION, Map.of("tidak/belum tamat SD", "TIDAK_SD", "SD", "SD", "SMP/SLTP", "SMP", "SLTP", "SMP",
                        "SMA", "SMA", "SMK", "SMK", "D3", "D3", "D4/S1", "S1", "S.1", "S1", "Magister", "S2"),
                Dimension.OCCUPATION, Map.of("7", "7", "Manajer", "1", "Managers", "1", "Pekerja Kasar", "9",
                        "Operator dan Perakit Mesin", "8"));
        expected.forEach((dimension, cases) -> cases.forEach((text, code) -> assertEquals(Optional.of(code),
                directory.list(dimension).resolve(text).map(DimensionCode::code), dimension + " '" + text + "'")));
        for (String unknown : List.of("", "X", "10", "14-19", "65+")) {
            assertTrue(directory.list(Dimension.AGE_GROUP).resolve(unknown).isEmpty(), "AGE_GROUP '" + unknown + "'");
        }
        assertTrue(directory.list(Dimension.OCCUPATION).resolve("10").isEmpty());
        assertTrue(directory.list(Dimension.EDUCATION).resolve("S4").isEmpty());
        assertTrue(directory.list(Dimension.SEX).resolve("X").isEmpty());
    }

    @Test
    void everyStoredSpellingCanBeFound() {
        for (CodeList list : directory.lists()) {
            for (DimensionCode code : list.codes()) {
                for (String spelling : code.spellings()) {
                    assertEquals(spelling, CodeList.normalise(spelling), list.dimension() + " spelling '" + spelling + "'");
                    assertEquals(code.code(), list.resolve(spelling).orElseThrow().code());
                }
                assertTrue(code.validOn(LocalDate.of(2021, 6, 30)), code.code());
            }
        }
    }

    @Test
    void oneWrittenFormNamingTwoCodesIsRefused() {
        DimensionCode male = new DimensionCode("L", "Laki-laki", "Male", null, "M", null, null, List.of("p"));
        DimensionCode female = new DimensionCode("P", "Perempuan", "Female", null, "F", null, null, List.of());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new CodeList(Dimension.SEX, "Jenis Kelamin", "Sex", "", "", "", List.of(male, female)));
        assertEquals("In the code list SEX, 'P' names both L and P", refused.getMessage());
    }

    @Test
    void answersAreConditional() {
        String etag = given().when().get(LISTS + "/EDUCATION").then().statusCode(200).extract().header("ETag");
        assertTrue(etag.startsWith("\"code-lists-") && etag.endsWith("-EDUCATION\""), etag);
        given().header("If-None-Match", etag).when().get(LISTS + "/EDUCATION").then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", etag).when().get(LISTS + "/SEX").then().statusCode(200);
        given().header("If-Match", "\"other\"").when().get(LISTS).then().statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownListIsA404NamingTheLists() {
        given().when().get(LISTS + "/{id}", "RELIGION").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No code list has the id 'RELIGION'; the code lists are SEX, AGE_GROUP, EDUCATION, OCCUPATION"));
        given().when().get(LISTS + "/{id}", "sex").then().statusCode(404)
                .body("detail", startsWith("No code list has the id 'sex'"));
    }
}
