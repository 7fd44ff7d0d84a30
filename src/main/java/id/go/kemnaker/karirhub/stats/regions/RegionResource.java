package id.go.kemnaker.karirhub.stats.regions;

import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.problem.ResourceNotFoundException;
import id.go.kemnaker.karirhub.stats.web.ReferenceAnswers;

/**
 * The reference list of regions. The answers depend only on the list, which changes only
 * through migrations, and on the request: their ETag is the list's fingerprint plus the request
 * (with the date it resolved to, so "today" moves on at midnight in Jakarta), and they may be
 * cached for an hour.
 */
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final RegionDirectory directory;

    RegionResource(RegionDirectory directory) {
        this.directory = directory;
    }

    @GET
    @APIResponses
    public Response list(@Parameter(hidden = true) @QueryParam("level") String level,
            @Parameter(hidden = true) @QueryParam("parent") String parent,
            @Parameter(hidden = true) @QueryParam("date") String date,
            @Context HttpHeaders headers) {
        RegionLevel onlyLevel = RegionParameters.optionalLevel(level);
        LocalDate day = RegionParameters.dateOrToday(date);
        RegionEntry province = RegionParameters.optionalParent(parent, directory, day);
        if (province != null && onlyLevel == RegionLevel.PROVINCE) {
            throw new InvalidParameterException("parent", "applies to regencies only; leave out level=province or parent");
        }
        String parentCode = province == null ? null : province.code();
        return conditional(headers, "list?level=" + onlyLevel + "&parent=" + parentCode + "&date=" + day,
                () -> directory.list(onlyLevel, parentCode, day).stream().map(RegionView::of).toList());
    }

    @GET
    @Path("/lookup")
    @APIResponses
    public RegionDetail lookup(@Parameter(hidden = true) @QueryParam("name") String name,
            @Parameter(hidden = true) @QueryParam("level") String level,
            @Parameter(hidden = true) @QueryParam("parent") String parent,
            @Parameter(hidden = true) @QueryParam("date") String date) {
        String text = RegionParameters.required("name", name, "a region code (32, 32.73) or name (Kota Bandung)");
        RegionLevel onlyLevel = RegionParameters.optionalLevel(level);
        LocalDate day = RegionParameters.dateOrToday(date);
        RegionEntry province = RegionParameters.optionalParent(parent, directory, day);
        try {
            RegionEntry found = directory.resolve(text, onlyLevel, province == null ? null : province.code(), day);
            return RegionDetail.of(directory, found, day);
        } catch (RegionNotResolvedException e) {
            if (e.reason() == RegionNotResolvedException.Reason.AMBIGUOUS) {
                throw new InvalidParameterException("name", e.getMessage());
            }
            throw new ResourceNotFoundException("name " + e.getMessage());
        }
    }

    @GET
    @Path("/{code}")
    @APIResponses
    public Response one(@Parameter(hidden = true) @PathParam("code") String code,
            @Parameter(hidden = true) @QueryParam("date") String date,
            @Context HttpHeaders headers) {
        String canonical = RegionParameters.code(code);
        LocalDate day = RegionParameters.dateOrToday(date);
        RegionEntry region = directory.find(canonical)
                .orElseThrow(() -> new ResourceNotFoundException("No region has the Kemendagri code " + canonical));
        return conditional(headers, "one?code=" + canonical + "&date=" + day, () -> RegionDetail.of(directory, region, day));
    }

    private Response conditional(HttpHeaders headers, String key, Supplier<Object> body) {
        String tag = "\"regions-" + directory.version() + "-" + Integer.toHexString(key.hashCode()) + "\"";
        return ReferenceAnswers.conditional(headers, tag, body);
    }
}
