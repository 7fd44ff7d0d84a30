package id.go.kemnaker.karirhub.stats.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/**
 * Tokens that verify but break the service's own rules get a 401 naming the rule; a token
 * right at the limits passes. Writes aim at year 2059, which this class owns.
 */
@QuarkusTest
@OwnsYears({2059})
class TokenRulesTest {

    private static final String PATH = "/api/v1/counts/JOB_SEEKER/" + TestYears.of(TokenRulesTest.class)[0] + "/1/weeks/1";

    @Test
    void refusesATokenIssuedInTheFuture() {
        Instant issued = Instant.now().plusSeconds(600);
        refused(Jwt.issuer(Tokens.ISSUER).subject("x").groups("data-officer").issuedAt(issued).expiresAt(issued.plusSeconds(300)),
                "issued in the future");
    }

    @Test
    void refusesATokenLivingLongerThanTheMaximumAge() {
        Instant issued = Instant.now().minusSeconds(5);
        refused(Jwt.issuer(Tokens.ISSUER).subject("x").groups("data-officer").issuedAt(issued).expiresAt(issued.plusSeconds(86_401)),
                "at most 86400 s (karirhub.security.max-token-age)");
    }

    @Test
    void acceptsATokenOfExactlyTheMaximumAge() {
        Instant issued = Instant.now().minusSeconds(5);
        String token = Jwt.issuer(Tokens.ISSUER).subject("x").groups("data-officer").issuedAt(issued)
                .expiresAt(issued.plusSeconds(86_400)).sign(Tokens.trustedKey());
        given().header("Authorization", "Bearer " + token).when().get(PATH + "/history").then().statusCode(403);
        given().header("Authorization", "Bearer " + token).when().delete(PATH).then().statusCode(404);
    }

    @Test
    void refusesGroupsGivenAsAString() {
        refused(Jwt.issuer(Tokens.ISSUER).subject("x").claim("groups", "data-officer").expiresIn(300), "groups claim must be a JSON array");
    }

    @Test
    void refusesASubjectLongerThanTheAuditTrailStores() {
        refused(Jwt.issuer(Tokens.ISSUER).subject("s".repeat(201)).groups("data-officer").expiresIn(300), "at most 200 characters");
    }

    private static void refused(io.smallrye.jwt.build.JwtClaimsBuilder claims, String reason) {
        given().header("Authorization", "Bearer " + claims.sign(Tokens.trustedKey())).contentType("application/json")
                .body("{\"count\":5}").when().put(PATH).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401), "detail", containsString("The bearer token is refused"), "detail", containsString(reason));
    }
}
