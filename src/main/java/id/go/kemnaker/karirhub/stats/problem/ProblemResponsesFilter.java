package id.go.kemnaker.karirhub.stats.problem;

import java.util.LinkedHashMap;
import java.util.Map;

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

    private static final Map<String, String[]> COMMON = Map.of(
            "406", new String[] { "The Accept header asks for a media type this operation cannot produce",
                    ProblemExamples.NOT_ACCEPTABLE },
            "500", new String[] { "The service failed; the body names an incident to quote", ProblemExamples.INTERNAL_ERROR });

    @Override
    public Operation filterOperation(Operation operation) {
        COMMON.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(entry.getKey())) {
                operation.getResponses().addAPIResponse(entry.getKey(), problemResponse(entry.getValue()[0], entry.getValue()[1]));
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
