package id.go.kemnaker.karirhub.stats.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.statistics.Lakip2021;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With karirhub.security.public-read=false, any valid token may read, and nobody without one. */
@QuarkusTest
@TestProfile(PrivateReadsTest.PrivateReads.class)
class PrivateReadsTest {

    public static class PrivateReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("karirhub.security.public-read", "false");
        }
    }

    @Test
    void refusesAReadWithoutAToken() {
        AccessRulesTest.assertUnauthorized(given().when().get("/api/v1/statistics/service-users?year=2021").then(),
                "This service requires a bearer token for reading (karirhub.security.public-read=false)");
    }

    @Test
    void refusesAReadWithAnExpiredToken() {
        AccessRulesTest.assertUnauthorized(given().header("Authorization", Tokens.expired(Roles.PLANNER))
                .when().get("/api/v1/counts?year=2021").then(), "The bearer token is not valid");
    }

    @Test
    void letsAnyRoleRead() {
        for (String role : new String[] { Roles.DATA_OFFICER, Roles.PLANNER, Roles.AUDITOR }) {
            given().header("Authorization", Tokens.bearer(role))
                    .when().get("/api/v1/statistics/service-users?year=2021").then().statusCode(200)
                    .body("total", equalTo((int) Lakip2021.SERVICE_USERS_YEAR));
        }
    }

    @Test
    void keepsHealthAndTheSpecOpen() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("KarirHub Statistics API"));
    }
}
