package id.go.kemnaker.karirhub.stats.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;


/**
 * The OpenAPI filter of the service ({@code mp.openapi.filter}). The contract's prose, examples
 * and reusable parts live in {@code META-INF/openapi.yaml}, which SmallRye merges with what it
 * scans from the resources; this filter then adds, by reference to those components, what
 * every operation of a kind answers, so that neither the resources nor the file repeat it:
 * <ul>
 * <li>what the request screening answers before any operation sees the request, on every
 * operation: 400 (a query string it cannot read, a parameter given twice with different values)
 * where the operation documents no 400 of its own, 414 and 431;</li>
 * <li>406, 500 and 503 on every operation; on a write (PUT, POST, DELETE) the 503 also covers
 * a commit whose outcome is unknown;</li>
 * <li>401 and 403 on an operation that needs a role, {@code security: []} on a public one;</li>
 * <li>413 and 415 on an operation that takes a body;</li>
 * <li>422 on a read that takes {@code region}: a region that did not exist in the period asked for;</li>
 * <li>on an operation marked {@code x-conditional-get: true} in the file: the If-None-Match
 * and If-Modified-Since headers, the validators and caching headers of its 200, and the 304.
 * The mark is an instruction to this filter and is removed wherever it ended up (an
 * {@code @Extension} on a resource method is also copied onto its responses).</li>
 * </ul>
 * First it takes out of the scanned schemas the types SmallRye writes beside a reference
 * ({@link ScannedSchemas}).
 */
public class ApiDocumentation implements OASFilter {

    public static final String TEXT_CSV = "text/csv";
    /** SDMX-CSV; the Accept header that asks for it carries {@code ;version=2.0.0}. */
    public static final String SDMX_CSV = "application/vnd.sdmx.data+csv";
    public static final String JSON_LD = "application/ld+json";
    public static final String TURTLE = "text/turtle";

    /** Marks an operation answered through the cache, with ETag, Last-Modified and 304. */
    public static final String CONDITIONAL_GET = "x-conditional-get";

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.PUT, PathItem.HttpMethod.POST,
            PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ScannedSchemas.tidy(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                document(entry.getValue(), WRITES.contains(entry.getKey()));
                if (entry.getKey() == PathItem.HttpMethod.GET && (takesRegion(path.getParameters())
                        || takesRegion(entry.getValue().getParameters()))) {
                    addIfAbsent(entry.getValue().getResponses(), "422", "RegionNotValidForRead");
                }
            }
        }
    }

    /** Whether one of these parameters is a region of counts ({@code region}, {@code regionFilter}, {@code region-of-count}). */
    private static boolean takesRegion(List<org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters) {
        return parameters != null && parameters.stream().anyMatch(parameter -> "region".equals(parameter.getName())
                || (parameter.getRef() != null && parameter.getRef().matches(".*/(region|regionFilter|region-of-count)")));
    }

    private static void document(Operation operation, boolean write) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(new ArrayList<>()); // public: says so explicitly (security: [])
        } else {
            // Replaces the body-less 401/403 that Quarkus adds for secured operations.
            responses.addAPIResponse("401", reference("Unauthorized"));
            responses.addAPIResponse("403", reference("Forbidden"));
        }
        addIfAbsent(responses, "400", "MalformedRequest");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "TooLarge");
            responses.addAPIResponse("415", reference("UnsupportedMediaType"));
        }
        addIfAbsent(responses, "406", "NotAcceptable");
        addIfAbsent(responses, "414", "UriTooLong");
        addIfAbsent(responses, "431", "HeadersTooLarge");
        addIfAbsent(responses, "500", "InternalError");
        addIfAbsent(responses, "503", write ? "WriteUnavailable" : "Unavailable");
        boolean conditional = operation.getExtensions() != null
                && "true".equals(String.valueOf(operation.getExtensions().get(CONDITIONAL_GET)));
        operation.removeExtension(CONDITIONAL_GET);
        responses.removeExtension(CONDITIONAL_GET);
        responses.getAPIResponses().values().forEach(response -> response.removeExtension(CONDITIONAL_GET));
        if (conditional) {
            documentConditionalGet(operation);
        }
    }

    private static void documentConditionalGet(Operation operation) {
        List<org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters = operation.getParameters() == null
                ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        parameters.add(OASFactory.createParameter().ref("If-None-Match"));
        parameters.add(OASFactory.createParameter().ref("If-Modified-Since"));
        operation.setParameters(parameters);
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && ok.getRef() == null) {
            for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary")) {
                ok.addHeader(header, OASFactory.createHeader().ref(header));
            }
            if (ok.getContent() != null && ok.getContent().hasMediaType(TEXT_CSV)) {
                ok.addHeader("Content-Disposition", OASFactory.createHeader().ref("Content-Disposition"));
            }
        }
        operation.getResponses().addAPIResponse("304", reference("NotModified"));
    }

    private static void addIfAbsent(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, reference(component));
        }
    }

    private static APIResponse reference(String component) {
        return OASFactory.createAPIResponse().ref(component);
    }
}
