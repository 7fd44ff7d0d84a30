package id.go.kemnaker.karirhub.stats.statistics;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;

/**
 * The dimension filters a read takes as query parameters ({@link DimensionFilter}), in one place
 * for every resource. The scanner is told to leave them out of each operation: the contract
 * declares them on each path that takes them ({@code filter-sex} ... in {@code META-INF/openapi.yaml}),
 * as it declares the fields of {@code CountPathParams}.
 */
public class DimensionFilterParams {

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

    /** The filter these parameters name, or a 400 naming the first bad one. */
    public DimensionFilter filter(CodeListDirectory codeLists) {
        return DimensionFilter.parse(codeLists, sex, ageGroup, education, occupation);
    }
}
