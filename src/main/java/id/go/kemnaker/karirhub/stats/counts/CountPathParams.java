package id.go.kemnaker.karirhub.stats.counts;

import java.util.List;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionQuery;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

/**
 * The path of a count: a month total, {@code /{category}/{year}/{month}}, or a reporting week,
 * {@code .../weeks/{week}} ({@code week} is null on a month's path). Taken as strings so that a bad
 * value gets a problem+json 400 naming it rather than JAX-RS's bare 404. The contract types
 * them (an enum, integer ranges) as the path's parameters in {@code META-INF/openapi.yaml},
 * so the scanner is told to leave them out of each operation. The query parameter {@code region}
 * (a Kemendagri code) makes it a regional count; without it the count is national. The contract
 * declares it beside the path's parameters, for every operation on the path; so are {@code sex},
 * {@code ageGroup}, {@code education} and {@code occupation}, which make it a part of the count
 * ({@link BreakdownFields}).
 */
public class CountPathParams {

    @Parameter(hidden = true)
    @PathParam("category")
    String category;

    @Parameter(hidden = true)
    @PathParam("year")
    String year;

    @Parameter(hidden = true)
    @PathParam("month")
    String month;

    @Parameter(hidden = true)
    @QueryParam("region")
    String region;

    @Parameter(hidden = true)
    @PathParam("week")
    String week;

    @Parameter(hidden = true)
    @QueryParam("sex")
    String sex;

    @Parameter(hidden = true)
    @QueryParam("ageGroup")
    String ageGroup;

    @Parameter(hidden = true)
    @QueryParam("education")
    String education;

    @Parameter(hidden = true)
    @QueryParam("occupation")
    String occupation;

    /**
     * The cell of a read: its region must have existed in its period (a write for one that did not
     * is refused by the writer, with the item named; a read of it is about nothing).
     */
    Cell existingCell(RegionDirectory regions, CodeListDirectory codeLists) {
        Cell cell = cell(regions, codeLists);
        if (cell.region() != null) {
            RegionQuery.requireExisted("region", List.of(cell.region()), regions, cell.period().start(), cell.period().end());
        }
        return cell;
    }

    Cell cell(RegionDirectory regions, CodeListDirectory codeLists) {
        return new Cell(RequestParameters.requiredCategory(category), RequestParameters.requiredYear(year),
                RequestParameters.requiredMonth(month), week == null ? null : RequestParameters.requiredWeek(week),
                RegionQuery.optionalCode("region", region, regions),
                BreakdownFields.of("", codeLists, sex, ageGroup, education, occupation));
    }
}
