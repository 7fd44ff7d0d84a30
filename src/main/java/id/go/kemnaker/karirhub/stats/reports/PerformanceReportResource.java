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

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import id.go.kemnaker.karirhub.stats.web.Negotiation;
import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.web.Reads;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/reports")
public class PerformanceReportResource {

    private static final String TEXT_CSV = ApiDocumentation.TEXT_CSV;

    private final PerformanceReportService reports;
    private final Reads reads;

    PerformanceReportResource(PerformanceReportService reports, Reads reads) {
        this.reports = reports;
        this.reads = reads;
    }

    @GET
    @APIResponses
    @Path("/performance")
    @Produces({ MediaType.APPLICATION_JSON, TEXT_CSV, MediaType.TEXT_HTML })
    public Uni<Response> performance(
            @Parameter(ref = "yearRequired") @QueryParam("year") String year,
            @Parameter(ref = "report-format") @QueryParam("format") String format,
            @Parameter(ref = "report-bom") @QueryParam("bom") String bom,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        int reportYear = RequestParameters.requiredYear(year);
        Instant at = RequestParameters.optionalInstant("asOf", asOf);
        Representation representation = Negotiation.choose(format, headers, Representation.all());
        boolean excel = Negotiation.excel(representation, bom);
        // Without asOf the in-year progress depends on today's year too, so that is part of the key.
        String moment = at == null ? "&reportingYear=" + PerformanceReportService.reportingYear(Instant.now()) : "&asOf=" + at;
        AnswerKey key = new AnswerKey("reports/performance?year=" + reportYear + moment, representation, excel);
        return reads.serve(headers, key, () -> reports.answer(reportYear, at, representation, excel));
    }
}
