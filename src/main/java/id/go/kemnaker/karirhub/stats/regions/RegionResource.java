package id.go.kemnaker.karirhub.stats.regions;

import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.problem.PreconditionFailedException;
import id.go.kemnaker.karirhub.stats.problem.Problem;
import id.go.kemnaker.karirhub.stats.problem.ResourceNotFoundException;

/**
 * The reference list of regions. The answers depend only on the list, which changes only
 * through migrations, and on the request: their ETag is the list's fingerprint plus the request
 * (with the date it resolved to, so "today" moves on at midnight in Jakarta), and they may be
 * cached for an hour.
 */
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions")
public class RegionResource {

    private static final CacheControl ONE_HOUR = CacheControl.valueOf("max-age=3600");

    private final RegionDirectory directory;

    RegionResource(RegionDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Operation(operationId = "listRegions", summary = "List the regions valid on a date",
            description = "Provinces and/or regencies/cities valid on date (default: today in Asia/Jakarta), in code order. "
                    + "On 2021-06-30 there are 34 provinces and 514 regencies/cities, today 38 and 514: Papua Selatan, "
                    + "Papua Tengah, Papua Pegunungan (from 2022-07-25) and Papua Barat Daya (from 2022-12-08) were formed "
                    + "from Papua and Papua Barat, and the 26 regencies that moved took new codes; their old codes are "
                    + "listed for dates before the move. The answer carries an ETag that changes only with the code list "
                    + "(send it back in If-None-Match for a 304).")
    @APIResponse(responseCode = "200", description = "The regions, in code order",
            headers = { @Header(name = "ETag", description = "Fingerprint of the code list and of the request",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "max-age=3600", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RegionView.class),
                    examples = @ExampleObject(name = "provinces in 2021 (3 of 34)", value = RegionExamples.PROVINCES_2021)))
    @APIResponse(responseCode = "304", description = "Not modified: the ETag sent in If-None-Match still matches; no body")
    @Parameter(ref = "If-None-Match-Regions")
    @APIResponse(responseCode = "400", description = "level, parent or date cannot be used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown level", value = RegionExamples.INVALID_LEVEL)))
    public Response list(
            @Parameter(description = "province or regency; both when absent", schema = @Schema(implementation = RegionLevel.class))
            @QueryParam("level") String level,
            @Parameter(description = "Only the regencies/cities of this province: its code (32) or name (Jawa Barat, DKI)")
            @QueryParam("parent") String parent,
            @Parameter(description = "The day the regions must be valid on (yyyy-MM-dd, e.g. 2021-06-30); default: today "
                    + "in Asia/Jakarta", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date,
            @Context Request request) {
        RegionLevel onlyLevel = RegionParameters.optionalLevel(level);
        LocalDate day = RegionParameters.dateOrToday(date);
        RegionEntry province = RegionParameters.optionalParent(parent, directory, day);
        if (province != null && onlyLevel == RegionLevel.PROVINCE) {
            throw new InvalidParameterException("parent", "applies to regencies only; leave out level=province or parent");
        }
        String parentCode = province == null ? null : province.code();
        return conditional(request, "list?level=" + onlyLevel + "&parent=" + parentCode + "&date=" + day,
                () -> directory.list(onlyLevel, parentCode, day).stream().map(RegionView::of).toList());
    }

    @GET
    @Path("/lookup")
    @Operation(operationId = "lookUpRegion", summary = "Find the region a code or name stands for",
            description = "The one region valid on date that a code (32, 32.73, 3273) or a name as people write it stands "
                    + "for, as the CSV import reads it: case, extra spaces, dots and hyphens do not matter, a leading "
                    + "Prov./Provinsi, Kab./Kabupaten or Kota (Adm./Administrasi) says the kind, and common short forms "
                    + "(DKI, DIY, D.I. Yogyakarta, Babel, NTB, NTT, Kepri, Jabar ...) resolve. A name shared by a kabupaten "
                    + "and a kota (Bandung), or by a province and a kota (Jambi), is refused with the spellings that "
                    + "tell them apart. On 2021-06-30 'Merauke' is 91.01 (Papua); from 2022-07-25 it is 93.01 (Papua Selatan).")
    @APIResponse(responseCode = "200", description = "The region, with its province and regencies",
            content = @Content(schema = @Schema(implementation = RegionDetail.class),
                    examples = @ExampleObject(name = "Kab. Merauke in 2021", value = RegionExamples.MERAUKE_2021)))
    @APIResponse(responseCode = "400", description = "name is missing or ambiguous, or level, parent or date cannot be used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "ambiguous", value = RegionExamples.AMBIGUOUS_NAME)))
    @APIResponse(responseCode = "404", description = "No region has this code or name, or it is not valid on date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not yet formed", value = RegionExamples.NOT_VALID_ON_DATE)))
    public RegionDetail lookup(
            @Parameter(description = "A code or a name", required = true, example = "Kab. Merauke") @QueryParam("name") String name,
            @Parameter(description = "Only regions of this level", schema = @Schema(implementation = RegionLevel.class))
            @QueryParam("level") String level,
            @Parameter(description = "Only regencies/cities of this province: its code (91) or name")
            @QueryParam("parent") String parent,
            @Parameter(description = "The day the region must be valid on (yyyy-MM-dd, e.g. 2021-06-30); default: today "
                    + "in Asia/Jakarta", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date) {
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
    @Operation(operationId = "getRegion", summary = "One region with its province and regencies/cities",
            description = "The region with this Kemendagri code (32.73 or 3273), whatever its validity (an old code such as "
                    + "91.01 is answered with validTo and replacedBy), with its province and the regencies/cities valid on "
                    + "date (default: today in Asia/Jakarta).")
    @APIResponse(responseCode = "200", description = "The region",
            headers = { @Header(name = "ETag", description = "Fingerprint of the code list and of the request",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "max-age=3600", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = RegionDetail.class),
                    examples = @ExampleObject(name = "Papua in 2021 (2 of 29 regencies)", value = RegionExamples.PAPUA_2021)))
    @APIResponse(responseCode = "304", description = "Not modified: the ETag sent in If-None-Match still matches; no body")
    @Parameter(ref = "If-None-Match-Regions")
    @APIResponse(responseCode = "400", description = "code is not shaped like a region code, or date cannot be used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "malformed code", value = RegionExamples.INVALID_CODE)))
    @APIResponse(responseCode = "404", description = "No region has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown code", value = RegionExamples.UNKNOWN_CODE)))
    public Response one(
            @Parameter(description = "Kemendagri code, with or without the dot", example = "91") @PathParam("code") String code,
            @Parameter(description = "The day the regencies/cities are listed for (yyyy-MM-dd, e.g. 2021-06-30); default: "
                    + "today in Asia/Jakarta", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date,
            @Context Request request) {
        String canonical = RegionParameters.code(code);
        LocalDate day = RegionParameters.dateOrToday(date);
        RegionEntry region = directory.find(canonical)
                .orElseThrow(() -> new ResourceNotFoundException("No region has the Kemendagri code " + canonical));
        return conditional(request, "one?code=" + canonical + "&date=" + day, () -> RegionDetail.of(directory, region, day));
    }

    /** 304 when If-None-Match names this answer's ETag, else the answer with its ETag and Cache-Control. */
    private Response conditional(Request request, String key, Supplier<Object> body) {
        EntityTag tag = new EntityTag("regions-" + directory.version() + "-" + Integer.toHexString(key.hashCode()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            Response answer = notModified.tag(tag).cacheControl(ONE_HOUR).build();
            if (answer.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) { // If-Match or If-Unmodified-Since
                throw new PreconditionFailedException("The precondition does not hold: this answer's ETag is " + tag
                        + "; send it in If-Match, or leave If-Match out");
            }
            return answer;
        }
        return Response.ok(body.get(), MediaType.APPLICATION_JSON).tag(tag).cacheControl(ONE_HOUR).build();
    }
}
