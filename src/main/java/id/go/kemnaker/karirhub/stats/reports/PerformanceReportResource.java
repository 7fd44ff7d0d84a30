package id.go.kemnaker.karirhub.stats.reports;

import java.time.Instant;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.cache.CachedAnswers;
import id.go.kemnaker.karirhub.stats.problem.ProblemExamples;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.web.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The LAKIP performance table, as data, spreadsheet or printable page")
public class PerformanceReportResource {

    private static final String TEXT_CSV = ApiDocumentation.TEXT_CSV;

    private final PerformanceReportService reports;
    private final CachedAnswers cache;

    PerformanceReportResource(PerformanceReportService reports, CachedAnswers cache) {
        this.reports = reports;
        this.cache = cache;
    }

    @GET
    @Path("/performance")
    @Produces({ MediaType.APPLICATION_JSON, TEXT_CSV, MediaType.TEXT_HTML })
    @Extension(name = ApiDocumentation.CONDITIONAL_GET, value = "true")
    @Operation(summary = "The performance table of a year (LAKIP Table 3.1)",
            description = "The seven indicators in the order of Table 3.1, each with target, realisation and achievement "
                    + "(capaian). Realisations of FACILITATED_WORKERS and SERVICE_USERS are the sums of the year's counts; "
                    + "the others are as the planning team entered them. Achievement, rounded HALF_UP to 2 decimals: "
                    + "higher-is-better: realisation ÷ target × 100 (null for a target of 0); lower-is-better with target "
                    + "0 (zero data breach): 100 when the realisation is 0, otherwise 0; lower-is-better with a positive "
                    + "target: (2 × target − realisation) ÷ target × 100, not below 0; null when the target or the "
                    + "realisation is missing. "
                    + "Formats: JSON by default; CSV with format=csv or Accept: text/csv (a download; bom=true gives the "
                    + "Excel dialect with a byte order mark, ';' and decimal commas); a printable HTML page laid out like "
                    + "Table 3.1 with Indonesian number formatting (1.040.746; 52,04%) with format=html or Accept: text/html. "
                    + "format wins over Accept. With asOf, the figures as they stood at that moment, rebuilt from the audit "
                    + "trail (counts, targets and realisations alike): the same moment always gives the same report, byte for "
                    + "byte, however the figures were corrected since. dataVersion and dataAsOf say which data the report "
                    + "reflects; the printable page says it too (\"Data per ...\"). For a year in progress, progress gives "
                    + "the computed indicators' year to date, pro-rata target and run-rate projection.")
    @APIResponse(responseCode = "200", description = "The table of the year (for 2021, LAKIP 2021 Table 3.1 cell by cell)",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PerformanceReport.class),
                            examples = @ExampleObject(name = "2021", value = ReportExamples.JSON_2021)),
                    @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "2021", value = ReportExamples.CSV_2021)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "2021, one row", value = ReportExamples.HTML_2021)) })
    @APIResponse(responseCode = "400", description = "year is missing or out of range, format is unknown, or bom is not "
            + "true or false",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown format", value = ProblemExamples.UNKNOWN_FORMAT)))
    public Uni<Response> performance(
            @Parameter(description = "The year", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @QueryParam("year") String year,
            @Parameter(description = "json, csv or html; overrides the Accept header",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv", "html" }))
            @QueryParam("format") String format,
            @Parameter(description = "CSV only: true for the Excel dialect (UTF-8 byte order mark, ';' between fields, "
                    + "decimal comma)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("bom") String bom,
            @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        int reportYear = RequestParameters.requiredYear(year);
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), Representation.all());
        boolean excel = representation.excel(bom);
        // Without asOf the in-year progress depends on today's year too, so that is part of the key.
        String moment = at == null ? "&reportingYear=" + PerformanceReportService.reportingYear(Instant.now()) : "&asOf=" + at;
        AnswerKey key = new AnswerKey("reports/performance?year=" + reportYear + moment, representation, excel);
        return cache.serve(headers, key, () -> reports.answer(reportYear, at, representation, excel));
    }
}
