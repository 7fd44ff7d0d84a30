package id.go.kemnaker.karirhub.stats.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; the one place that knows the problem type URIs. */
public final class ProblemResponses {

    public static final String INVALID_PARAMETER = "urn:karirhub:problem:invalid-parameter";
    public static final String INTERNAL_ERROR = "urn:karirhub:problem:internal-error";
    /** RFC 9457: no more to say than the HTTP status itself. */
    public static final String PLAIN_HTTP_STATUS = "about:blank";

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Problem invalidParameters(String instance, List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " request parameters are invalid";
        return new Problem(INVALID_PARAMETER, "Invalid request parameter", 400, detail, instance, errors);
    }

    public static Problem httpStatus(int status, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem(PLAIN_HTTP_STATUS, title, status, detail, instance, null);
    }
}
