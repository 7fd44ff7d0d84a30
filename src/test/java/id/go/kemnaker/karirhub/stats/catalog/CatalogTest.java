package id.go.kemnaker.karirhub.stats.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDF;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.restassured.http.ContentType;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The DCAT catalogue, read with Apache Jena: both serialisations parse and hold the same
 * triples, and the graph satisfies the SHACL shapes of the DCAT-AP subset it claims
 * (src/test/resources/catalog/dcat-ap-subset.shacl.ttl).
 */
@QuarkusTest
@OwnsYears({2049})
class CatalogTest {

    private static final int YEAR = TestYears.of(CatalogTest.class)[0];

    @Inject
    DataSource dataSource;

    /** Vacancies and a regional count, so that every dataset holds data and enters the catalogue. */
    @BeforeEach
    void storeData() {
        for (String path : List.of("JOB_SEEKER/" + YEAR + "/1", "VACANCY/" + YEAR + "/1", "JOB_SEEKER/" + YEAR + "/1?region=32.73")) {
            given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                    .body(Map.of("count", path.contains("region") ? 40 : 100)).when().put("/api/v1/counts/" + path)
                    .then().statusCode(201);
        }
    }

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, CatalogTest.class).deleteOwnedYears();
    }

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(model);
        return model;
    }

    private static Model jsonLd() {
        String body = given().accept("application/ld+json").when().get("/api/v1/catalog").then().statusCode(200)
                .header("Content-Type", startsWith("application/ld+json")).extract().asString();
        return parse(body, Lang.JSONLD);
    }

    private static Model turtle() {
        String body = given().accept("text/turtle").when().get("/api/v1/catalog").then().statusCode(200)
                .header("Content-Type", startsWith("text/turtle")).extract().asString();
        return parse(body, Lang.TURTLE);
    }

    private static ValidationReport validate(Model model) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("catalog/dcat-ap-subset.shacl.ttl"));
        return ShaclValidator.get().validate(shapes, model.getGraph());
    }

    private static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString();
    }

    @Test
    void jsonLdAndTurtleHoldTheSameTriples() {
        Model fromJsonLd = jsonLd();
        Model fromTurtle = turtle();
        assertTrue(fromJsonLd.size() > 200, "a catalogue of " + fromJsonLd.size() + " triples");
        assertTrue(fromJsonLd.isIsomorphicWith(fromTurtle), "JSON-LD and Turtle are the same graph");
    }

    @Test
    void satisfiesTheDcatApShapesItClaims() {
        Model model = turtle();
        ValidationReport report = validate(model);
        assertTrue(report.conforms(), describe(report));
        Resource dataset = model.createResource(DCAT + "Dataset");
        List<Resource> datasets = model.listSubjectsWithProperty(RDF.type, dataset).toList();
        // the eleven of the LAKIP and the two registers (2021's job seekers and vacancies are their registrations);
        // the breakdowns and the mismatch table have no parts on the seed, so no coverage, and are left out
        assertEquals(13, datasets.size());
        assertEquals(1, model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Catalog")).toList().size());
    }

    @Test
    void theShapesCatchAMissingMandatoryProperty() {
        Model model = jsonLd();
        Property title = model.createProperty(DCT + "title");
        Resource dataset = model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Dataset")).next();
        model.removeAll(dataset, title, null);
        Property accessUrl = model.createProperty(DCAT + "accessURL");
        model.removeAll(null, accessUrl, null);
        ValidationReport report = validate(model);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.resultPath().toString().contains("title")), describe(report));
        assertTrue(report.getEntries().stream().anyMatch(e -> e.resultPath().toString().contains("accessURL")), describe(report));
    }

    /**
     * DCAT-AP gives every property a range class; an IRI from the right vocabulary is not enough,
     * the graph must say what it is. Untyped, each of these values fails the shapes.
     */
    @Test
    void theShapesCatchAnUntypedValue() {
        Model model = turtle();
        for (String range : List.of(DCT + "Frequency", DCT + "LinguisticSystem", DCT + "Location", DCT + "MediaTypeOrExtent",
                DCT + "MediaType", SKOS + "Concept", SKOS + "ConceptScheme", FOAF + "Document", DCT + "LicenseDocument",
                DCT + "Standard")) {
            model.removeAll(null, RDF.type, model.createResource(range));
        }
        Set<String> failing = failingPaths(validate(model));
        assertEquals(Set.of("accrualPeriodicity", "language", "spatial", "format", "mediaType", "theme", "themeTaxonomy",
                "homepage", "availability", "type", "license", "landingPage", "conformsTo"), failing);
    }

    /**
     * One licence, named by its own page, is granted wherever the service states one: on the
     * catalogue, the data service and every distribution, in each dataset's metadata and in the
     * OpenAPI document.
     */
    @Test
    void grantsOneLicenceNamedByItsOwnPage() {
        Model model = turtle();
        Property license = model.createProperty(DCT + "license");
        Set<String> licences = model.listObjectsOfProperty(license).mapWith(node -> node.asResource().getURI()).toSet();
        assertEquals(1, licences.size(), licences.toString());
        String licence = licences.iterator().next();
        assertEquals("https://creativecommons.org/licenses/by/4.0/", licence);
        Resource document = model.createResource(licence);
        assertTrue(model.contains(document, RDF.type, model.createResource(DCT + "LicenseDocument")));
        String name = document.getProperty(model.createProperty(DCT + "title")).getString();
        assertTrue(name.contains("CC BY 4.0"), name);
        long distributions = model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Distribution")).toList().size();
        assertEquals(distributions + 2, model.listStatements(null, license, document).toList().size(),
                "the catalogue, the API and each distribution");

        given().when().get("/api/v1/datasets").then().statusCode(200)
                .body("metadata.lisensi.url", everyItem(equalTo(licence)))
                .body("metadata.lisensi.nama", everyItem(equalTo(name)));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("info.license.url", equalTo(licence))
                .body("info.license.name", equalTo(name));
    }

    /**
     * What a harvester follows resolves on this service: each landing page is a page for people
     * (not the dataset's own IRI), and each access and download URL answers, as do the API's
     * endpoint, its description and its page.
     */
    @Test
    void everyLinkAHarvesterFollowsResolves() {
        Model model = turtle();
        List<Resource> datasets = model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Dataset")).toList();
        for (Resource dataset : datasets) {
            Resource page = dataset.getPropertyResourceValue(model.createProperty(DCAT + "landingPage"));
            assertNotEquals(dataset.getURI(), page.getURI(), "the landing page is not the dataset itself");
            assertTrue(model.contains(page, RDF.type, model.createResource(FOAF + "Document")), page.getURI());
            String title = dataset.listProperties(model.createProperty(DCT + "title")).toList().get(0).getString();
            given().when().get(page.getURI()).then().statusCode(200).contentType(startsWith("text/html"))
                    .body(containsString(title.replace("&", "&amp;")));
        }
        Set<String> urls = new HashSet<>();
        for (String property : List.of("accessURL", "downloadURL", "endpointURL", "endpointDescription", "landingPage")) {
            model.listObjectsOfProperty(model.createProperty(DCAT + property)).forEach(url -> urls.add(url.asResource().getURI()));
        }
        assertTrue(urls.size() > 20, urls.size() + " URLs");
        for (String url : urls) {
            given().when().get(url).then().statusCode(200);
        }
    }

    /**
     * The API is a dcat:DataService that serves every dataset and gives access to every
     * distribution; its OpenAPI document is its endpoint description, not a standard the data
     * conforms to.
     */
    @Test
    void theApiIsTheDataServiceOfEveryDistribution() {
        Model model = jsonLd();
        String base = model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Catalog")).next().getURI()
                .replace("/api/v1/catalog", "");
        List<Resource> services = model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "DataService")).toList();
        assertEquals(1, services.size());
        Resource service = services.get(0);
        assertEquals(base + "/", service.getPropertyResourceValue(model.createProperty(DCAT + "endpointURL")).getURI());
        assertEquals(base + "/q/openapi", service.getPropertyResourceValue(model.createProperty(DCAT + "endpointDescription")).getURI());
        List<Resource> datasets = model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Dataset")).toList();
        assertEquals(Set.copyOf(datasets), model.listObjectsOfProperty(service, model.createProperty(DCAT + "servesDataset"))
                .mapWith(node -> node.asResource()).toSet());
        for (Resource distribution : model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Distribution")).toList()) {
            assertEquals(service, distribution.getPropertyResourceValue(model.createProperty(DCAT + "accessService")));
        }
        assertFalse(model.contains(null, model.createProperty(DCT + "conformsTo"), model.createResource(base + "/q/openapi")));
        Set<String> standards = model.listObjectsOfProperty(model.createProperty(DCT + "conformsTo"))
                .mapWith(node -> node.asResource().getURI()).toSet();
        assertEquals(Set.of("https://github.com/sdmx-twg/sdmx-csv/blob/v2.0.0/data-message/docs/sdmx-csv-field-guide.md",
                "https://www.rfc-editor.org/rfc/rfc4180", "https://www.rfc-editor.org/rfc/rfc9457"), standards);

        model.removeAll(null, model.createProperty(DCAT + "accessService"), null);
        model.removeAll(service, model.createProperty(DCAT + "endpointURL"), null);
        assertEquals(Set.of("accessService", "endpointURL"), failingPaths(validate(model)));
    }

    private static Set<String> failingPaths(ValidationReport report) {
        return report.getEntries().stream().map(e -> e.resultPath().toString().replaceAll("^.*[#/]([^#/]+)>$", "$1"))
                .collect(Collectors.toSet());
    }

    @Test
    void datasetsCarryCoverageFrequencyAndSdmxDistribution() {
        Model model = turtle();
        String base = model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Catalog")).next().getURI()
                .replace("/api/v1/catalog", "");
        Resource facilitated = model.createResource(base + "/api/v1/datasets/facilitated-workers");
        assertTrue(model.contains(facilitated, model.createProperty(DCT + "accrualPeriodicity"),
                model.createResource("http://publications.europa.eu/resource/authority/frequency/WEEKLY")));
        assertTrue(model.contains(facilitated, model.createProperty(DCT + "spatial"),
                model.createResource("http://publications.europa.eu/resource/authority/country/IDN")));
        Resource temporal = facilitated.getPropertyResourceValue(model.createProperty(DCT + "temporal"));
        assertTrue(temporal.getProperty(model.createProperty(DCAT + "startDate")).getString().compareTo("2021-01-01") <= 0);
        boolean sdmx = model.listObjectsOfProperty(facilitated, model.createProperty(DCAT + "distribution")).toList().stream()
                .map(node -> node.asResource().getPropertyResourceValue(model.createProperty(DCAT + "accessURL")).getURI())
                .anyMatch(url -> url.endsWith("format=sdmx-csv"));
        assertTrue(sdmx, "IKK 5 is distributed as SDMX-CSV");
        Resource byRegion = model.createResource(base + "/api/v1/datasets/facilitated-workers-by-region");
        assertTrue(model.contains(byRegion, model.createProperty(DCT + "spatial"),
                model.createResource(base + "/api/v1/regions?level=province")));
        assertTrue(model.contains(byRegion, model.createProperty(DCT + "spatial"),
                model.createResource(base + "/api/v1/regions?level=regency")));
        Resource byRegionTime = byRegion.getPropertyResourceValue(model.createProperty(DCT + "temporal"));
        assertEquals(YEAR + "-01-01", byRegionTime.getProperty(model.createProperty(DCAT + "startDate")).getString());
        assertTrue(model.contains(model.createResource(base + "/api/v1/datasets/vacancies-per-100-job-seekers"), RDF.type,
                model.createResource(DCAT + "Dataset")));
    }

    /**
     * Without KARIRHUB_SATUDATA_PUBLIC_URL the links follow the address the request came to (its
     * Host header), never a forwarded host a client sends; PublicAddressTest: with it set, not even
     * the Host header.
     */
    @Test
    void ignoresForwardedHostsFromClients() {
        given().header("Host", "karirhub.test:8080").accept("text/turtle").when().get("/api/v1/catalog").then().statusCode(200)
                .body(containsString("<http://karirhub.test:8080/api/v1/catalog> a dcat:Catalog"));
        for (Map<String, String> headers : List.of(Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"),
                Map.of("Forwarded", "host=evil.example;proto=https"))) {
            String body = given().headers(headers).accept("text/turtle").when().get("/api/v1/catalog").then().statusCode(200)
                    .extract().asString();
            assertFalse(body.contains("evil.example"), headers.toString());
            assertTrue(body.contains("<http://localhost:"), headers.toString());
        }
    }

    @Test
    void negotiatesTheFormatAndAnswersConditionally() {
        given().when().get("/api/v1/catalog").then().statusCode(200).header("Content-Type", startsWith("application/ld+json"));
        given().when().get("/api/v1/catalog?format=turtle").then().statusCode(200).header("Content-Type", startsWith("text/turtle"))
                .body(containsString("@prefix dcat: <http://www.w3.org/ns/dcat#> ."));
        given().when().get("/api/v1/catalog?format=rdfxml").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
        given().accept("application/rdf+xml").when().get("/api/v1/catalog").then().statusCode(406);
        String etag = given().accept("text/turtle").when().get("/api/v1/catalog").then().statusCode(200).extract().header("ETag");
        given().accept("text/turtle").header("If-None-Match", etag).when().get("/api/v1/catalog").then().statusCode(304);
    }
}
