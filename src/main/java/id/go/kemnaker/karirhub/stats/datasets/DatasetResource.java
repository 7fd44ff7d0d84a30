package id.go.kemnaker.karirhub.stats.datasets;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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
import id.go.kemnaker.karirhub.stats.datasets.StoredCoverage.Coverage;
import id.go.kemnaker.karirhub.stats.problem.Problem;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxStructure;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Representation;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/datasets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Satu Data")
public class DatasetResource {

    /** JSON first: it is the answer to a wildcard Accept. */
    private static final Set<Representation> FORMATS = EnumSet.of(Representation.JSON, Representation.HTML);

    private final DatasetService datasets;
    private final PublicAddress address;
    private final CachedAnswers cache;
    private final ObjectMapper json;

    DatasetResource(DatasetService datasets, PublicAddress address, CachedAnswers cache, ObjectMapper json) {
        this.datasets = datasets;
        this.address = address;
        this.cache = cache;
        this.json = json;
    }

    @GET
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(operationId = "listDatasets", summary = "Metadata of every published dataset",
            description = "The counts of each category, IKK 5 (facilitated workers), IKK 6 (service users) and the performance "
                    + "report, the by-region breakdowns of IKK 5 and IKK 6 (Kemendagri region codes), vacancies and the vacancies per 100 "
                    + "job seekers, each in the four Satu Data blocks, in Indonesian (id) and English (en). Definitions come from "
                    + "LAKIP 2021 (the table or section is named); where it is silent the field says so. Temporal coverage "
                    + "is the first and last reported period; tanggalDibuat/tanggalDiperbarui the first and last audit entry "
                    + "of the figures. National datasets read national counts only (REF_AREA ID, ISO 3166-1 alpha-2); the "
                    + "-by-region ones read regional counts (REF_AREA a Kemendagri code, listed at /api/v1/regions).")
    @APIResponse(responseCode = "200", description = "The datasets, in a fixed order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DatasetView.class),
                    examples = @ExampleObject(name = "2021", value = DatasetExamples.LIST)))
    public Uni<Response> list(@Context HttpHeaders headers, @Context UriInfo uri) {
        String base = address.of(uri);
        return cache.serve(headers, new AnswerKey("datasets?base=" + base, Representation.JSON, false), () -> {
            Coverage stored = datasets.read();
            return Answer.json(json, datasets.all(stored, base), stored.version());
        });
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(operationId = "getDataset", summary = "Metadata of one dataset, as data or as its landing page",
            description = "The same description as in the list, for one dataset. As HTML (format=html, or Accept: text/html, "
                    + "which a browser sends) it is the dataset's landing page, the catalogue's dcat:landingPage: the four blocks "
                    + "for people, Indonesian first with the English beneath, every URL a link.")
    @APIResponse(responseCode = "200", description = "The dataset",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetView.class),
                        examples = {@ExampleObject(name = "IKK 5", value = DatasetExamples.FACILITATED_WORKERS),
                            @ExampleObject(name = "IKK 5 by region", value = DatasetExamples.FACILITATED_WORKERS_BY_REGION)}),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "IKK 5 landing page", value = DatasetExamples.PAGE))})
    @APIResponse(responseCode = "400", description = "An unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown format", value = DatasetExamples.BAD_FORMAT)))
    @APIResponse(responseCode = "404", description = "No dataset with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown dataset", value = DatasetExamples.NOT_FOUND)))
    public Uni<Response> get(
            @Parameter(description = "Dataset id", example = "facilitated-workers", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"counts-job-seeker", "counts-employer", "counts-pbk-training", "counts-prakerja-training",
                        "counts-vacancy", "facilitated-workers", "facilitated-workers-by-region", "service-users",
                        "service-users-by-region", "vacancies-per-100-job-seekers", "performance-report"}))
            @PathParam("id") String id,
            @Parameter(description = "json or html (e.g. html, the landing page for people); overrides the Accept header",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "html"}))
            @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Dataset dataset = DatasetService.find(id);
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), FORMATS);
        String base = address.of(uri);
        return cache.serve(headers, new AnswerKey("datasets/" + dataset.id() + "?base=" + base, representation, false), () -> {
            Coverage stored = datasets.read();
            DatasetView view = datasets.describe(dataset, stored, base);
            return representation == Representation.HTML
                    ? new Answer(DatasetPage.render(view, base).getBytes(StandardCharsets.UTF_8), stored.version(), null)
                    : Answer.json(json, view, stored.version());
        });
    }

    @GET
    @Path("/{id}/structure")
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(operationId = "getDatasetStructure", summary = "SDMX data structure of a dataset",
            description = "The dimensions (FREQ, REF_AREA, INDICATOR, CATEGORY, TIME_PERIOD), the measure OBS_VALUE and the "
                    + "attributes (OBS_STATUS, COMPLETE) of the dataset's SDMX-CSV answers, with the codes it uses. REF_AREA is "
                    + "ID for national datasets; for the -by-region ones it is the Kemendagri code list, not repeated inline "
                    + "(552 codes with validity) but served at codeListUrl (/api/v1/regions) with its codeListVersion. "
                    + "INDICATOR _Z = counts of a category outside any indicator; CATEGORY _T = all categories of the indicator. "
                    + "A reporting week is a time range (2021-10-15/P7D), not an ISO week. The performance report is not "
                    + "published as SDMX-CSV (404).")
    @APIResponse(responseCode = "200", description = "The structure",
            content = @Content(schema = @Schema(implementation = SdmxStructure.class),
                    examples = {@ExampleObject(name = "IKK 5", value = DatasetExamples.STRUCTURE),
                        @ExampleObject(name = "IKK 5 by region", value = DatasetExamples.STRUCTURE_BY_REGION)}))
    @APIResponse(responseCode = "404", description = "No dataset with that id, or one without SDMX-CSV",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown dataset", value = DatasetExamples.NOT_FOUND)))
    public Uni<Response> structure(
            @Parameter(description = "Dataset id", example = "facilitated-workers") @PathParam("id") String id,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Dataset dataset = DatasetService.requireSdmx(DatasetService.find(id));
        String base = address.of(uri);
        return cache.serve(headers, new AnswerKey("datasets/" + dataset.id() + "/structure?base=" + base, Representation.JSON, false),
                () -> {
                    Coverage stored = datasets.read();
                    return Answer.json(json, datasets.structure(dataset, stored, base), stored.version());
                });
    }
}
