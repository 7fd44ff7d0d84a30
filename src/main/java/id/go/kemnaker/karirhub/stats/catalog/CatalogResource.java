package id.go.kemnaker.karirhub.stats.catalog;

import java.util.EnumSet;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.web.Negotiation;
import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.cache.AnswerKey;
import id.go.kemnaker.karirhub.stats.web.Reads;
import id.go.kemnaker.karirhub.stats.datasets.DatasetService;
import id.go.kemnaker.karirhub.stats.datasets.PublicAddress;
import id.go.kemnaker.karirhub.stats.datasets.SatuDataConfig;
import id.go.kemnaker.karirhub.stats.datasets.StoredCoverage.Coverage;
import id.go.kemnaker.karirhub.stats.web.ApiDocumentation;
import id.go.kemnaker.karirhub.stats.formats.Representation;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/catalog")
@Produces({ApiDocumentation.JSON_LD, ApiDocumentation.TURTLE})
public class CatalogResource {

    /** JSON-LD first: it is the answer to a wildcard Accept. */
    private static final Set<Representation> FORMATS = EnumSet.of(Representation.JSON_LD, Representation.TURTLE);

    private final DatasetService datasets;
    private final PublicAddress address;
    private final SatuDataConfig config;
    private final Reads reads;
    private final ObjectMapper json;

    CatalogResource(DatasetService datasets, PublicAddress address, SatuDataConfig config, Reads reads, ObjectMapper json) {
        this.datasets = datasets;
        this.address = address;
        this.config = config;
        this.reads = reads;
        this.json = json;
    }

    @GET
    @APIResponses
    public Uni<Response> catalog(@Parameter(hidden = true) @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Representation representation = Negotiation.choose(format, headers, FORMATS);
        String base = address.of(uri.getBaseUri());
        return reads.serve(headers, new AnswerKey("catalog?base=" + base, representation, false), () -> {
            Coverage stored = datasets.read();
            RdfGraph graph = DcatCatalog.of(datasets.all(stored, base), base, config);
            return new Answer(representation == Representation.TURTLE ? graph.turtle() : graph.jsonLd(json), stored.version(), null);
        });
    }
}
