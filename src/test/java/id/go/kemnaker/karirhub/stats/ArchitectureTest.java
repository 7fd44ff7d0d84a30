package id.go.kemnaker.karirhub.stats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the README's architecture section, checked on the compiled main classes:
 * what each rule says is what the README promises a reader of the code.
 */
class ArchitectureTest {

    private static final String ROOT = "id.go.kemnaker.karirhub.stats";
    /** The longest a JAX-RS resource may be (issue 21): routes, with the parsing and answering left to others. */
    private static final int MAX_RESOURCE_LINES = 150;

    /**
     * The web layer: the HTTP plumbing packages, and the classes that are routes (JAX-RS
     * resources, the Vert.x route, a resource's path parameters) wherever they live.
     */
    private static final String[] WEB_PACKAGES = { ROOT + ".web..", ROOT + ".problem..", ROOT + ".security..", ROOT + ".metrics.." };
    private static final String ROUTES = ".*(Resource|Route|Params)(\\$.*)?";

    /** The domain: what a count is, in which period, of which category, towards which indicator. */
    private static final String[] DOMAIN = { ROOT + ".periods..", ROOT + ".categories..", ROOT + ".cells..", ROOT + ".indicators.." };

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void packagesFormNoCircle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void resourcesDoNotTouchJdbc() {
        noClasses().that().haveNameMatching(ROUTES)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..", "io.agroal..")
                .because("a resource parses a request and hands it on; reading and writing is a service's and a repository's")
                .check(classes);
    }

    @Test
    void onlyTheWebLayerKnowsJaxRsAndVertx() {
        noClasses().that().resideOutsideOfPackages(WEB_PACKAGES).and().haveNameNotMatching(ROUTES)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.vertx..", "io.quarkus.vertx..",
                        "org.jboss.resteasy.reactive..")
                .because("figures, rules and renderers are the same whatever carries the request")
                .check(classes);
    }

    @Test
    void theDomainKnowsNeitherWebNorProblem() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".web..", ROOT + ".problem..")
                .because("a period, a category, a cell or an indicator is the same in an import, a read or a test")
                .check(classes);
    }

    @Test
    void resourcesStayShort() throws IOException {
        List<Path> resources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            resources = files.filter(file -> file.toString().endsWith(".java")).filter(ArchitectureTest::isResource).toList();
        }
        assertTrue(resources.size() > 10, "the resources were not found: " + resources);
        List<String> tooLong = resources.stream().filter(file -> lines(file).size() > MAX_RESOURCE_LINES)
                .map(file -> file + ": " + lines(file).size() + " lines").toList();
        assertEquals(List.of(), tooLong, "a resource holds routes, in at most " + MAX_RESOURCE_LINES + " lines");
    }

    private static boolean isResource(Path file) {
        return lines(file).stream().anyMatch(line -> line.startsWith("@Path("));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }
}
