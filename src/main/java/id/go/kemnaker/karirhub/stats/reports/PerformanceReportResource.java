package id.go.kemnaker.karirhub.stats.reports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.problem.ProblemExamples;
import id.go.kemnaker.karirhub.stats.web.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The LAKIP performance table, as data, spreadsheet or printable page")
public class PerformanceReportResource {

    private static final String TEXT_CSV = "text/csv";

    private final PerformanceReportService reports;

    PerformanceReportResource(PerformanceReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/performance")
    @Produces({ MediaType.APPLICATION_JSON, TEXT_CSV, MediaType.TEXT_HTML })
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
                    + "format wins over Accept.")
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
    public Response performance(
            @Parameter(description = "The year", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"), example = "2021")
            @QueryParam("year") String year,
            @Parameter(description = "json, csv or html; overrides the Accept header",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv", "html" }))
            @QueryParam("format") String format,
            @Parameter(description = "CSV only: true for the Excel dialect (UTF-8 byte order mark, ';' between fields, "
                    + "decimal comma)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("bom") String bom,
            @Context HttpHeaders headers) {
        int reportYear = RequestParameters.requiredYear(year);
        Representation representation = Representation.choose(format, headers.getAcceptableMediaTypes(), Representation.all());
        boolean excel = booleanParameter("bom", bom);
        PerformanceReport report = reports.report(reportYear);
        Response.ResponseBuilder response = switch (representation) {
            case JSON -> Response.ok(PerformanceReportJson.render(report));
            case CSV -> Response.ok(PerformanceReportCsv.render(report, excel)).header("Content-Disposition",
                    "attachment; filename=\"" + PerformanceReportCsv.fileName(reportYear) + "\"");
            case HTML -> Response.ok(PerformanceReportHtml.render(report).getBytes(StandardCharsets.UTF_8));
        };
        return response.type(representation.contentType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    private static boolean booleanParameter(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(name, "must be true or false, got '" + RequestParameters.abbreviate(raw)
                    + "'");
        };
    }
}
