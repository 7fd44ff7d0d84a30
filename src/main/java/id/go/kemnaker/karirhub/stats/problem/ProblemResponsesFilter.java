package id.go.kemnaker.karirhub.stats.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents on every operation the problem answers that any request can get (406 for an
 * unsupported Accept header, 500 for a failure of the service), so that resources only
 * declare the answers that are specific to them.
 */
public class ProblemResponsesFilter implements OASFilter {

    // Sorted by status: Map.of iterates in an order that changes from one JVM start to the next,
    // and the published openapi.yaml must come out the same every time.
    private static final Map<String, String[]> COMMON = new TreeMap<>(Map.of(
            "406", new String[] { "The Accept header asks for a media type this operation cannot produce",
                    ProblemExamples.NOT_ACCEPTABLE },
            "500", new String[] { "The service failed; the body names an incident to quote", ProblemExamples.INTERNAL_ERROR },
            "503", new String[] { "The database cannot be reached; nothing was changed. Retry-After says when to try again "
                    + "(answers still cached are served meanwhile)", ProblemExamples.UNAVAILABLE }));

    private static final Map<String, String[]> SECURED = new TreeMap<>(Map.of(
            "401", new String[] { "No bearer token, or one that is malformed, expired or not signed by a trusted key",
                    ProblemExamples.UNAUTHORIZED },
            "403", new String[] { "The token does not carry the role this operation needs", ProblemExamples.FORBIDDEN }));

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            // Replaces the body-less 401/403 that Quarkus adds for secured operations.
            SECURED.forEach((status, text) -> operation.getResponses().addAPIResponse(status, problemResponse(text[0], text[1])));
        }
        COMMON.forEach((status, text) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, problemResponse(text[0], text[1]));
            }
        });
        return operation;
    }

    private static APIResponse problemResponse(String description, String example) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample("example", OASFactory.createExample().value(parse(example))));
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    /** As an object, so that the document shows the example as JSON rather than as one string. */
    private static Object parse(String json) {
        try {
            return new ObjectMapper().readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Invalid example " + json, e);
        }
    }
}
