package id.go.kemnaker.karirhub.stats.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The dashboard's files, its configuration and its own Content-Security-Policy, over HTTP. */
@QuarkusTest
class DashboardPageTest {

    @Test
    void servesThePageWithItsOwnContentSecurityPolicy() {
        given().when().get("/dashboard")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("X-Frame-Options", equalTo("DENY"))
                .body(containsString("<script type=\"module\" src=\"/dashboard/dashboard.js\"></script>"))
                .body(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"));
        given().when().get("/dashboard/dashboard.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    @Test
    void exposesThePollIntervalOfTheTestProfile() {
        given().when().get("/dashboard/config")
                .then().statusCode(200)
                .body("pollIntervalMillis", equalTo(1000));
    }

    @Test
    void servesEchartsFromTheJar() {
        given().when().get("/webjars/echarts/5.3.1/dist/echarts.min.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"));
    }

    @Test
    void leavesTheApiPolicyAsItWas() {
        given().when().get("/api/v1/categories")
                .then().statusCode(200)
                .header("Content-Security-Policy", startsWith("default-src 'none'; style-src 'unsafe-inline'"));
    }
}
