package id.go.kemnaker.karirhub.stats.series;

import java.util.List;

import java.util.Set;

import jakarta.ws.rs.BeanParam;
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
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionQuery;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.statistics.DimensionFilter;
import id.go.kemnaker.karirhub.stats.statistics.DimensionFilterParams;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/series")
@Produces({MediaType.APPLICATION_JSON, ApiDocumentation.TEXT_CSV, ApiDocumentation.SDMX_CSV})
public class SeriesResource {

    private static final Set<Representation> FORMATS = Set.of(Representation.JSON, Representation.CSV, Representation.SDMX_CSV);

    private final SeriesService series;
    private final Reads reads;
    private final CodeListDirectory codeLists;
    private final RegionDirectory regions;

    SeriesResource(SeriesService series, Reads reads, RegionDirectory regions, CodeListDirectory codeLists) {
        this.regions = regions;
        this.series = series;
        this.reads = reads;
        this.codeLists = codeLists;
    }

    @GET
    @APIResponses
    public Uni<Response> series(
            @Parameter(ref = "series-indicator") @QueryParam("indicator") String indicator,
            @Parameter(ref = "series-category") @QueryParam("category") String category,
            @Parameter(ref = "series-from") @QueryParam("from") String from,
            @Parameter(ref = "series-to") @QueryParam("to") String to,
            @Parameter(ref = "series-last") @QueryParam("last") String last,
            @Parameter(ref = "series-interval") @QueryParam("interval") String interval,
            @Parameter(ref = "series-transform") @QueryParam("transform") String transform,
            @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
            @Parameter(ref = "format-with-sdmx") @QueryParam("format") String format,
            @Parameter(ref = "bom") @QueryParam("bom") String bom,
            @Parameter(ref = "region") @QueryParam("region") String region,
            @Parameter(ref = "basis") @QueryParam("basis") String basis,
            @BeanParam DimensionFilterParams filters,
            @Context HttpHeaders headers) {
        List<String> codes = RegionQuery.codes("region", region, regions);
        SeriesRequest request = SeriesRequest.parse(indicator, category, from, to, last, interval, transform, Area.of(codes), asOf,
                basis);
        if (request.from() != null) {
            RegionQuery.requireExisted("region", codes, regions, request.from().start(), request.to().end());
        }
        Representation representation = Negotiation.choose(format, headers, FORMATS);
        boolean excel = Negotiation.excel(representation, bom);
        if (representation == Representation.SDMX_CSV && request.transform() != Transform.NONE) {
            throw new InvalidParameterException("transform", "must be none with sdmx-csv, which carries the reported values");
        }
        if (representation == Representation.SDMX_CSV && request.area().regions().size() > 1) {
            throw new InvalidParameterException("region", "names " + request.area().regions().size() + " regions; an SDMX-CSV "
                    + "answer is about one reference area (REF_AREA): ask for one region, or for JSON or CSV");
        }
        DimensionFilter filter = filters.filter(codeLists);
        if (!filter.isEmpty()) {
            DimensionFilter.place(request.area());
        }
        AnswerKey key = new AnswerKey(request.key() + filter.key(), representation, excel);
        if (request.showsLive()) { // the years read: the year before the first (change looks back), or all for last=
            key = request.from() == null ? key.onLiveYears(Period.FIRST_YEAR, Period.LAST_YEAR)
                    : key.onLiveYears(Math.max(Period.FIRST_YEAR, request.from().year() - 1), request.to().year());
        }
        return reads.serve(headers, key, () -> series.answer(request, filter, representation, excel));
    }
}
