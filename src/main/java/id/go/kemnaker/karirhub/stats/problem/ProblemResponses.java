package id.go.kemnaker.karirhub.stats.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; the one place that knows the problem type URIs. */
public final class ProblemResponses {

    public static final String INVALID_PARAMETER = "urn:karirhub:problem:invalid-parameter";
    public static final String INVALID_BODY = "urn:karirhub:problem:invalid-body";
    public static final String INVALID_CSV = "urn:karirhub:problem:invalid-csv";
    public static final String CONFLICT = "urn:karirhub:problem:conflict";
    public static final String REGION_NOT_VALID = "urn:karirhub:problem:region-not-valid";
    public static final String PRECONDITION_FAILED = "urn:karirhub:problem:precondition-failed";
    public static final String NOT_FOUND = "urn:karirhub:problem:not-found";
    public static final String TOO_LARGE = "urn:karirhub:problem:too-large";
    public static final String INTERNAL_ERROR = "urn:karirhub:problem:internal-error";
    public static final String UNAVAILABLE = "urn:karirhub:problem:unavailable";
    public static final String COMMIT_OUTCOME_UNKNOWN = "urn:karirhub:problem:commit-outcome-unknown";
    public static final String UNSUPPORTED_MEDIA_TYPE = "urn:karirhub:problem:unsupported-media-type";
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

    /** 401 with the challenge RFC 6750 asks for. */
    public static Response unauthorized(String instance, String detail) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer realm=\"karirhub-stats\"")
                .entity(httpStatus(401, detail, instance)).build();
    }

    /** How many seconds a read answered {@link #busy} is told to wait before it asks again. */
    public static final String BUSY_RETRY_AFTER = "2";

    /** A read whose render did not start in time ({@code ServiceBusyException}): 503, sent with Retry-After {@link #BUSY_RETRY_AFTER}. */
    public static Problem busy(String detail, String instance) {
        return new Problem(UNAVAILABLE, "Service unavailable", 503, detail, instance, null);
    }

    public static Problem httpStatus(int status, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem(PLAIN_HTTP_STATUS, title, status, detail, instance, null);
    }
}
