package id.go.kemnaker.karirhub.stats.catalog;

import java.util.EnumSet;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import id.go.kemnaker.karirhub.stats.datasets.DatasetService;
import id.go.kemnaker.karirhub.stats.datasets.PublicAddress;
import id.go.kemnaker.karirhub.stats.datasets.SatuDataConfig;
import id.go.kemnaker.karirhub.stats.datasets.StoredCoverage.Coverage;
import id.go.kemnaker.karirhub.stats.problem.Problem;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Representation;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/catalog")
@Produces({ApiDocumentation.JSON_LD, ApiDocumentation.TURTLE})
@Tag(name = "Satu Data")
public class CatalogResource {

    /** JSON-LD first: it is the answer to a wildcard Accept. */
    private static final Set<Representation> FORMATS = EnumSet.of(Representation.JSON_LD, Representation.TURTLE);

    private final DatasetService datasets;
    private final PublicAddress address;
    private final SatuDataConfig config;
    private final CachedAnswers cache;
    private final ObjectMapper json;

    CatalogResource(DatasetService datasets, PublicAddress address, SatuDataConfig config, CachedAnswers cache, ObjectMapper json) {
        this.datasets = datasets;
        this.address = address;
        this.config = config;
        this.cache = cache;
        this.json = json;
    }

    @GET
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(operationId = "getCatalog", summary = "DCAT catalogue of the datasets, for harvesting (data.go.id is CKAN)",
            description = "The datasets of /api/v1/datasets as DCAT-AP 3.0, with the mandatory and recommended properties of "
                    + "Catalog (title, description, publisher, homepage, language, licence, issued, modified, theme taxonomy, "
                    + "spatial, data service, datasets), Dataset (title, description, identifier, publisher, contact point, theme, "
                    + "keywords, spatial, temporal, frequency, issued, modified, landing page, distributions), Distribution "
                    + "(title, description, accessURL, downloadURL, mediaType, format, licence, availability, access service, "
                    + "and conformsTo for SDMX-CSV 2.0 or RFC 4180) and the DataService of this API (endpoint URL, the OpenAPI "
                    + "document as its endpoint description, Swagger UI as its landing page). Every value is typed with the "
                    + "class DCAT-AP gives its range: vocabulary terms as skos:Concept with a label and their scheme, the licence "
                    + "(CC BY 4.0) as dct:LicenseDocument, pages as foaf:Document. A dataset's landing page is its metadata as "
                    + "HTML (/api/v1/datasets/{id}?format=html). JSON-LD by default, Turtle for Accept: text/turtle (or "
                    + "format=turtle); both hold the same triples. A dataset is listed once it holds data (it has a temporal "
                    + "coverage). The -by-region datasets add, as dct:spatial, the region lists of the levels they have figures "
                    + "for (/api/v1/regions?level=province, ?level=regency) beside Indonesia. IRIs are built on "
                    + "KARIRHUB_SATUDATA_PUBLIC_URL where the operator set it.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = {
                @Content(mediaType = ApiDocumentation.JSON_LD, schema = @Schema(type = SchemaType.OBJECT),
                        examples = @ExampleObject(name = "first nodes", value = CatalogExamples.JSON_LD)),
                @Content(mediaType = ApiDocumentation.TURTLE, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "first nodes", value = CatalogExamples.TURTLE))})
    @APIResponse(responseCode = "400", description = "An unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown format", value = CatalogExamples.BAD_FORMAT)))
    public Uni<Response> catalog(
            @Parameter(description = "jsonld or turtle; overrides the Accept header",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"jsonld", "turtle"}))
            @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), FORMATS);
        String base = address.of(uri);
        return cache.serve(headers, new AnswerKey("catalog?base=" + base, representation, false), () -> {
            Coverage stored = datasets.read();
            RdfGraph graph = DcatCatalog.of(datasets.all(stored, base), base, config);
            return new Answer(representation == Representation.TURTLE ? graph.turtle() : graph.jsonLd(json), stored.version(), null);
        });
    }
}
