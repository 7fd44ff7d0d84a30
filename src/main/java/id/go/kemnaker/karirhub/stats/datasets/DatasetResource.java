package id.go.kemnaker.karirhub.stats.datasets;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.web.Negotiation;
import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.web.Reads;
import id.go.kemnaker.karirhub.stats.datasets.StoredCoverage.Coverage;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {

    /** JSON first: it is the answer to a wildcard Accept. */
    private static final Set<Representation> FORMATS = EnumSet.of(Representation.JSON, Representation.HTML);

    private final DatasetService datasets;
    private final PublicAddress address;
    private final Reads reads;
    private final ObjectMapper json;

    DatasetResource(DatasetService datasets, PublicAddress address, Reads reads, ObjectMapper json) {
        this.datasets = datasets;
        this.address = address;
        this.reads = reads;
        this.json = json;
    }

    @GET
    @APIResponses
    public Uni<Response> list(@Context HttpHeaders headers, @Context UriInfo uri) {
        String base = address.of(uri.getBaseUri());
        return reads.serve(headers, new AnswerKey("datasets?base=" + base, Representation.JSON, false), () -> {
            Coverage stored = datasets.read();
            return Answer.json(json, datasets.all(stored, base), stored.version());
        });
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @APIResponses
    public Uni<Response> get(@Parameter(hidden = true) @PathParam("id") String id,
            @Parameter(hidden = true) @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Dataset dataset = DatasetService.find(id);
        Representation representation = Negotiation.choose(format, headers, FORMATS);
        String base = address.of(uri.getBaseUri());
        return reads.serve(headers, new AnswerKey("datasets/" + dataset.id() + "?base=" + base, representation, false), () -> {
            Coverage stored = datasets.read();
            DatasetView view = datasets.describe(dataset, stored, base);
            return representation == Representation.HTML
                    ? new Answer(DatasetPage.render(view, base).getBytes(StandardCharsets.UTF_8), stored.version(), null)
                    : Answer.json(json, view, stored.version());
        });
    }

    @GET
    @Path("/{id}/structure")
    @APIResponses
    public Uni<Response> structure(@Parameter(hidden = true) @PathParam("id") String id,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Dataset dataset = DatasetService.requireSdmx(DatasetService.find(id));
        String base = address.of(uri.getBaseUri());
        return reads.serve(headers, new AnswerKey("datasets/" + dataset.id() + "/structure?base=" + base, Representation.JSON, false),
                () -> {
                    Coverage stored = datasets.read();
                    return Answer.json(json, datasets.structure(dataset, stored, base), stored.version());
                });
    }
}
