package id.go.kemnaker.karirhub.stats.counts;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.web.Reads;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Source;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionQuery;
import id.go.kemnaker.karirhub.stats.security.Actor;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The counts as stored, filtered, and many at once (batches); one count at a time is
 * {@link SingleCountResource}.
 * What each operation answers is documented in {@code META-INF/openapi.yaml}.
 */
@Path("/api/v1/counts")
@Produces(MediaType.APPLICATION_JSON)
public class CountResource {

    static final int MAX_BATCH = 10_000;

    private final CountService counts;
    private final Reads reads;
    private final CountCorrectionService corrections;
    private final SecurityIdentity identity;
    private final RegionDirectory regions;
    private final CodeListDirectory codeLists;

    CountResource(CountService counts, CountCorrectionService corrections, SecurityIdentity identity, Reads reads,
            RegionDirectory regions, CodeListDirectory codeLists) {
        this.regions = regions;
        this.codeLists = codeLists;
        this.counts = counts;
        this.reads = reads;
        this.corrections = corrections;
        this.identity = identity;
    }

    /**
     * Regions × years one counts list may span: a region's year holds at most 240 counts (five
     * categories, 48 weeks), so about 144,000 counts, some 12 MB of JSON, is the largest answer.
     */
    static final int MAX_REGION_YEARS = 600;

    @GET
    @APIResponses
    public Uni<Response> list(@Parameter(ref = "categoryFilter") @QueryParam("category") String category,
            @Parameter(ref = "yearFilter") @QueryParam("year") String year,
            @Parameter(ref = "monthFilter") @QueryParam("month") String month,
            @Parameter(ref = "regionFilter") @QueryParam("region") String region,
            @Parameter(ref = "counts-basis") @QueryParam("basis") String basis, @Context HttpHeaders headers) {
        Category onlyCategory = RequestParameters.optionalCategory(category);
        Integer onlyYear = RequestParameters.optionalYear(year);
        Integer onlyMonth = RequestParameters.optionalMonth(month);
        Basis on = basis == null ? Basis.OFFICIAL : Basis.parse(basis);
        Period period = onlyYear == null ? null : onlyMonth == null ? Period.year(onlyYear) : Period.month(onlyYear, onlyMonth);
        List<String> onlyRegions = period == null ? RegionQuery.codes("region", region, regions)
                : RegionQuery.codesDuring("region", region, regions, period.start(), period.end());
        int years = onlyYear == null ? Period.LAST_YEAR - Period.FIRST_YEAR + 1 : 1;
        if ((long) years * Math.max(1, onlyRegions.size()) > MAX_REGION_YEARS) {
            throw new InvalidParameterException(onlyYear == null ? "year" : "region", "the list would span " + onlyRegions.size()
                    + " regions over " + years + " years; one answer covers at most " + MAX_REGION_YEARS
                    + " region-years: give a year, or fewer regions");
        }
        AnswerKey key = new AnswerKey("counts?category=" + onlyCategory + "&year=" + onlyYear + "&month=" + onlyMonth
                + "&region=" + String.join(",", onlyRegions) + (on == Basis.OFFICIAL ? "" : "&basis=" + on.id()), Representation.JSON,
                false);
        if (on != Basis.OFFICIAL) {
            key = key.onLiveYears(onlyYear == null ? Period.FIRST_YEAR : onlyYear, onlyYear == null ? Period.LAST_YEAR : onlyYear);
        }
        return reads.serve(headers, key, () -> counts.findAnswer(onlyCategory, onlyYear, onlyMonth, onlyRegions, on));
    }

    @POST
    @APIResponses
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DATA_OFFICER)
    public WriteSummary batch(
            @NotNull(message = "is required (a JSON array)") @Size(max = MAX_BATCH, message = "holds more than 10000 items")
            List<@NotNull(message = "must be an object") @Valid BatchItem> items) {
        List<CellWrite> writes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            writes.add(new CellWrite(items.get(i).cell("[" + i + "]", regions, codeLists), items.get(i).count(), new Source.Item(i)));
        }
        return corrections.batch(writes, Actor.of(identity));
    }
}
