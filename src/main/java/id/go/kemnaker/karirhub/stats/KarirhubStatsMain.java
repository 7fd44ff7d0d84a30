package id.go.kemnaker.karirhub.stats;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. It exists for one setting that must be a system property before the
 * HTTP layer is built: Quarkus answers a request target that {@code java.net.URI} cannot
 * parse (a bad escape such as {@code ?year=%zz}) with a bare 400 before any route runs. With
 * {@code vertx.disableURIValidation} such a request reaches {@code problem.RequestScreening},
 * which refuses it with a problem+json 400 naming the parameter. The test JVMs set the same
 * property (pom.xml).
 */
@QuarkusMain
public final class KarirhubStatsMain {

    KarirhubStatsMain() {
    }

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
