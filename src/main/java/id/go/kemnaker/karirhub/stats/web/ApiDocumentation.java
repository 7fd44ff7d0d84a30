package id.go.kemnaker.karirhub.stats.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import id.go.kemnaker.karirhub.stats.problem.ProblemResponsesFilter;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxDocumentation;

/**
 * The OpenAPI filter of the service ({@code mp.openapi.filter}). Documents, once for every
 * operation that has them, what the annotations would otherwise repeat:
 * <ul>
 * <li>the problem answers any request can get ({@link ProblemResponsesFilter});</li>
 * <li>for operations marked {@link #CONDITIONAL_GET}: the validators and caching headers of
 * the 200, the empty 304, and the If-None-Match / If-Modified-Since request headers;</li>
 * <li>the meaning of the query parameters shared by the reads: {@code asOf}, {@code format}
 * and {@code bom}.</li>
 * <li>the SDMX-CSV answers of statistics and series ({@link SdmxDocumentation}).</li>
 * </ul>
 */
public class ApiDocumentation implements OASFilter {

    public static final String TEXT_CSV = "text/csv";
    /** SDMX-CSV; the Accept header that asks for it carries {@code ;version=2.0.0}. */
    public static final String SDMX_CSV = "application/vnd.sdmx.data+csv";
    public static final String JSON_LD = "application/ld+json";
    public static final String TURTLE = "text/turtle";

    /** Marks an operation answered through the cache, with ETag, Last-Modified and 304. */
    public static final String CONDITIONAL_GET = "x-conditional-get";

    private static final Map<String, String> SHARED_PARAMETERS = Map.of(
            "asOf", "The figures as they stood at this moment (ISO-8601 date-time with offset), rebuilt from the audit trail; "
                    + "default: now",
            "format", "json or csv; overrides the Accept header (text/csv also selects CSV)",
            "bom", "With CSV: true writes the Excel dialect for an Indonesian locale: a UTF-8 byte order mark, ';' between "
                    + "fields and a decimal comma (52,04)");

    private static final Map<String, String> SHARED_EXAMPLES = Map.of(
            "asOf", "2022-01-31T17:00:00+07:00", "format", "csv", "bom", "true");

    private final ProblemResponsesFilter problems = new ProblemResponsesFilter();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        SdmxDocumentation.document(openAPI);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        problems.filterOperation(operation);
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(CONDITIONAL_GET)) {
            documentConditionalGet(operation);
        }
        return operation;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        String description = SHARED_PARAMETERS.get(parameter.getName());
        if (description != null && parameter.getIn() == Parameter.In.QUERY && parameter.getDescription() == null) {
            parameter.description(description).example(SHARED_EXAMPLES.get(parameter.getName()));
            if (parameter.getName().equals("format")) {
                parameter.schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(List.of("json", "csv")));
            } else if (parameter.getName().equals("bom")) {
                parameter.schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN)).defaultValue(false));
            } else {
                parameter.schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("date-time"));
            }
        }
        return parameter;
    }

    private static void documentConditionalGet(Operation operation) {
        operation.addParameter(header("If-None-Match", "The ETag of an earlier answer: 304 while the data has not changed",
                "\"93-5d1b9c3a\""));
        operation.addParameter(header("If-Modified-Since",
                "An HTTP date: 304 when nothing was written after it (If-None-Match wins when both are sent)",
                "Fri, 27 Nov 2026 08:00:00 GMT"));
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.removeExtension(CONDITIONAL_GET); // the scanner copies the operation's extension onto it
            ok.addHeader("ETag", responseHeader("Strong validator: the data version and the request (path, parameters, "
                    + "format); changes with every committed write", "\"93-5d1b9c3a\""));
            ok.addHeader("Last-Modified", responseHeader("Time of the last write", "Fri, 27 Nov 2026 08:00:00 GMT"));
            ok.addHeader("Cache-Control", responseHeader("max-age=<karirhub.cache.max-age>", "max-age=5"));
            ok.addHeader("Vary", responseHeader("The answer depends on the Accept header", "Accept"));
            if (ok.getContent() != null && ok.getContent().hasMediaType(TEXT_CSV)) {
                ok.addHeader("Content-Disposition", responseHeader("With CSV: the file name, which says what it holds",
                        "attachment; filename=\"karirhub-facilitated-workers-2021-week.csv\""));
            }
        }
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: the ETag (or date) sent still matches; no body")
                .addHeader("ETag", responseHeader("The same validator", "\"93-5d1b9c3a\"")));
    }

    private static Parameter header(String name, String description, String example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).description(description).example(example)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }

    private static Header responseHeader(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }
}
