package id.go.kemnaker.karirhub.stats.embeddeddb;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.PackagedService;
import id.go.kemnaker.karirhub.stats.TestYears;

/**
 * Starts the packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}) as a user
 * would, twice on the same data directory: what was stored before the restart is still there.
 *
 * <p>Without QUARKUS_DATASOURCE_JDBC_URL in the environment the service runs on its embedded
 * database; with it (as .ci/run does where a PostgreSQL answers) on that server.
 */
@OwnsYears({2097})
class PackagedServiceRestartIT {

    private static final int YEAR = TestYears.of(PackagedServiceRestartIT.class)[0];

    @TempDir
    Path workDirectory;

    private PackagedService service;

    @AfterEach
    void stopAndClean() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void keepsItsDataAcrossARestart() throws Exception {
        Path dataDirectory = workDirectory.resolve("postgres");
        int port = PackagedService.freePort();

        service = PackagedService.start(workDirectory.resolve("first.log"), port, dataDirectory);
        given().port(port).when().get("/api/v1/statistics/facilitated-workers?year=2021")
                .then().statusCode(200).body("total", equalTo(1_040_746));
        service.sql("DELETE FROM reported_count WHERE year = " + YEAR);
        service.sql("INSERT INTO reported_count (id, category, year, month, week, amount) "
                + "VALUES (nextval('reported_count_seq'), 'JOB_SEEKER', " + YEAR + ", 1, 1, 4242)");

        service.stop();
        if (PackagedService.usesEmbeddedDatabase()) {
            assertFalse(Files.exists(dataDirectory.resolve("postmaster.pid")),
                    "the embedded PostgreSQL was stopped cleanly with the service");
        }

        service = PackagedService.start(workDirectory.resolve("second.log"), port, dataDirectory);
        given().port(port).when().get("/api/v1/statistics/facilitated-workers?year={year}", YEAR)
                .then().statusCode(200).body("total", equalTo(4242));
        given().port(port).when().get("/api/v1/statistics/facilitated-workers?year=2021")
                .then().statusCode(200).body("total", equalTo(1_040_746));
        service.sql("DELETE FROM reported_count WHERE year = " + YEAR);
        service.stop();
    }
}
