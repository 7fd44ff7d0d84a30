package id.go.kemnaker.karirhub.stats.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The seven IKK of LAKIP 2021 Table 3.1, with the names printed there. */
@QuarkusTest
class IndicatorCatalogTest {

    @Test
    void listsTheSevenIndicatorsInTheOrderOfTable31() {
        given().when().get("/api/v1/indicators")
                .then().statusCode(200)
                .contentType("application/json")
                .body("", hasSize(7))
                .body("code", contains("DATA_UTILITY_INDEX", "OPERATIONAL_POC_PERCENT", "USER_SATISFACTION_INDEX",
                        "SERVICE_QUALITY_INDEX", "FACILITATED_WORKERS", "SERVICE_USERS", "DATA_BREACH_PERCENT"))
                .body("nameId", contains(
                        "Indeks Kemanfaatan Data dan Informasi persediaan dan permintaan tenaga kerja secara real time",
                        "Persentase Point Of Contact yang operasional terhadap total Point Of Contact",
                        "Indeks Kepuasan Pengguna Layanan Pasar Kerja",
                        "Indeks Kualitas Layanan Pasar Kerja",
                        "Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",
                        "Jumlah Pengguna Layanan Pasar Kerja",
                        "Persentase Penyalahgunaan Data (Zero Based Data Breach)"));
    }

    @Test
    void givesEachIndicatorItsUnitPolarityAndSource() {
        given().when().get("/api/v1/indicators")
                .then().statusCode(200)
                // Table 3.1 prints 50 (index), 50% (percent), Orang, Pengguna; Chapter III counts breaches in Laporan.
                .body("unit", contains("index", "percent", "index", "index", "persons", "users", "reports"))
                .body("polarity", contains("higher-is-better", "higher-is-better", "higher-is-better", "higher-is-better",
                        "higher-is-better", "higher-is-better", "lower-is-better"))
                .body("source", contains("reported", "reported", "reported", "reported", "computed", "computed", "reported"))
                .body("find { it.code == 'FACILITATED_WORKERS' }.nameEn", equalTo("Workers facilitated by labour-market services"));
    }
}
