package id.go.kemnaker.karirhub.stats.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What people and monitors open first: the root, Swagger UI, the spec and health. */
@QuarkusTest
class ServiceEntryPointsTest {

    @Test
    void redirectsTheRootToSwaggerUi() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(303).header("Location", endsWith("/q/swagger-ui"));
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<title>KarirHub Statistics API</title>"))
                .body(containsString("/q/openapi"));
    }

    @Test
    void servesTheSpecAsJsonToo() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("KarirHub Statistics API"))
                .body("info.contact.name", containsString("Pusat Pasar Kerja"));
    }

    @Test
    void isLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyWhenTheDatabaseAnswers() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }
}
