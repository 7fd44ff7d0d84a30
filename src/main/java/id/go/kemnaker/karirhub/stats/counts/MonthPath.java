package id.go.kemnaker.karirhub.stats.counts;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionQuery;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

/**
 * The path of a month total, {@code /{category}/{year}/{month}}. Taken as strings so that a bad
 * value gets a problem+json 400 naming it rather than JAX-RS's bare 404. The contract types
 * them (an enum, integer ranges) as the path's parameters in {@code META-INF/openapi.yaml},
 * so the scanner is told to leave them out of each operation. The query parameter {@code region}
 * (a Kemendagri code) makes it a regional count; without it the count is national. The contract
 * declares it beside the path's parameters, for every operation on the path.
 */
public class MonthPath {

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

    Cell cell(RegionDirectory regions) {
        return new Cell(RequestParameters.requiredCategory(category), RequestParameters.requiredYear(year),
                RequestParameters.requiredMonth(month), null, RegionQuery.optionalCode("region", region, regions));
    }
}
