package id.go.kemnaker.karirhub.stats.categories;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CategoryResourceTest {

    @Test
    void listsTheFourServiceUserCategoriesThenVacanciesThenTheRegisters() {
        given().when().get("/api/v1/categories")
                .then().statusCode(200)
                .body("code", contains("JOB_SEEKER", "EMPLOYER", "PBK_TRAINING", "PRAKERJA_TRAINING", "VACANCY",
                        "JOB_SEEKER_PLACED", "JOB_SEEKER_REMOVED", "JOB_SEEKERS_REMAINING", "VACANCY_FILLED", "VACANCY_REMOVED",
                        "VACANCIES_REMAINING"))
                .body("labelId", contains("Pencari Kerja Aktif", "Pemberi Kerja", "Pelatihan PBK", "Pelatihan Pra Kerja",
                        "Lowongan Kerja", "Pencari Kerja Ditempatkan", "Pencari Kerja Dihapus", "Sisa Pencari Kerja",
                        "Lowongan Dipenuhi", "Lowongan Dihapus", "Sisa Lowongan"))
                .body("serviceUser", contains(true, true, true, true, false, false, false, false, false, false, false))
                .body("kind", contains("FLOW", "FLOW", "FLOW", "FLOW", "FLOW", "FLOW", "FLOW", "STOCK", "FLOW", "FLOW", "STOCK"))
                .body("find { it.code == 'EMPLOYER' }.labelEn", equalTo("Employers"))
                .body("description", everyItem(not(emptyOrNullString())));
    }
}
