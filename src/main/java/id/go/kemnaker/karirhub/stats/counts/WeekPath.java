package id.go.kemnaker.karirhub.stats.counts;

import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionQuery;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

/** The path of a weekly count, {@code /{category}/{year}/{month}/weeks/{week}}; see {@link MonthPath}. */
public class WeekPath extends MonthPath {

    @Parameter(hidden = true)
    @PathParam("week")
    String week;

    @Override
    Cell cell(RegionDirectory regions) {
        return new Cell(RequestParameters.requiredCategory(category), RequestParameters.requiredYear(year),
                RequestParameters.requiredMonth(month), RequestParameters.requiredWeek(week),
                RegionQuery.optionalCode("region", region, regions));
    }
}
