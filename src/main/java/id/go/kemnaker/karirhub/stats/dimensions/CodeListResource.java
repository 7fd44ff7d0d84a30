package id.go.kemnaker.karirhub.stats.dimensions;

import java.util.Arrays;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.ResourceNotFoundException;
import id.go.kemnaker.karirhub.stats.web.ReferenceAnswers;

/** The code lists of the dimensions, as reference data: conditional, and kept for an hour. */
@Path("/api/v1/code-lists")
@Produces(MediaType.APPLICATION_JSON)
public class CodeListResource {

    private final CodeListDirectory directory;

    CodeListResource(CodeListDirectory directory) {
        this.directory = directory;
    }

    @GET
    @APIResponses
    public Response list(@Context HttpHeaders headers) {
        return ReferenceAnswers.conditional(headers, etag("all"),
                () -> directory.lists().stream().map(CodeListSummary::of).toList());
    }

    @GET
    @Path("/{id}")
    @APIResponses
    public Response one(@Parameter(hidden = true) @PathParam("id") String id, @Context HttpHeaders headers) {
        CodeList list = directory.list(id).orElseThrow(() -> new ResourceNotFoundException("No code list has the id "
                + (ClientText.isSingleLine(id) ? "'" + ClientText.abbreviate(id) + "'" : "given")
                + "; the code lists are " + String.join(", ", Arrays.stream(Dimension.values()).map(Dimension::name).toList())));
        return ReferenceAnswers.conditional(headers, etag(list.dimension().name()), () -> CodeListView.of(list));
    }

    private String etag(String what) {
        return "\"code-lists-" + directory.version() + "-" + what + "\"";
    }
}
