package id.go.kemnaker.karirhub.stats.problem;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import id.go.kemnaker.karirhub.stats.cells.WriteError;
import id.go.kemnaker.karirhub.stats.database.CommitOutcome;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every exception that reaches the REST layer into {@code application/problem+json}.
 * Nothing from the exception itself (class names, messages of libraries, SQL) reaches the
 * client: details are either ours or fixed texts per status.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final CommitOutcome commit;
    private final AllowedMethods allowedMethods;

    ProblemMappers(CommitOutcome commit, AllowedMethods allowedMethods) {
        this.commit = commit;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemResponses.invalidParameters(path(request),
                List.of(new Problem.FieldError(e.parameter(), e.reason()))));
    }

    @ServerExceptionMapper
    public Response regionNotValid(RegionNotValidException e, HttpServerRequest request) {
        return ProblemResponses.of(new Problem(ProblemResponses.REGION_NOT_VALID, "Region not valid in the period", 422,
                e.parameter() + " " + e.reason(), path(request), List.of(new Problem.FieldError(e.parameter(), e.reason()))));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return ProblemResponses.of(ProblemResponses.invalidParameters(path(request), errors));
    }

    @ServerExceptionMapper
    public Response csvRejected(CsvRejectedException e, HttpServerRequest request) {
        return ProblemResponses.of(Problem.capped(ProblemResponses.INVALID_CSV, "Invalid CSV file", 422, e.getMessage(), path(request),
                e.errors()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, HttpServerRequest request) {
        return ProblemResponses.of(new Problem(ProblemResponses.CONFLICT, "Conflict with stored data", 409, e.getMessage(),
                path(request), e.errors()));
    }

    /**
     * Writes of counts through the API (a count's path, a batch) that break a rule, answered by the
     * first rule broken: a repeated item or a week of a stock (400, as a malformed request), a region outside its period
     * (422), a month at two granularities (409, among the items and against what is stored), a
     * breakdown above its parent (409).
     */
    @ServerExceptionMapper
    public Response writeRefused(WriteRefusedException e, HttpServerRequest request) {
        List<WriteError> duplicates = e.errors().stream()
                .filter(error -> error.kind() == WriteError.Kind.DUPLICATE || error.kind() == WriteError.Kind.WEEK_OF_STOCK).toList();
        if (!duplicates.isEmpty()) {
            return ProblemResponses.of(ProblemResponses.invalidParameters(path(request), duplicates.stream()
                    .map(error -> new Problem.FieldError(error.source().label(), error.message())).toList()));
        }
        List<WriteError> regions = e.of(WriteError.Kind.REGION_NOT_VALID);
        if (!regions.isEmpty()) {
            return ProblemResponses.of(new Problem(ProblemResponses.REGION_NOT_VALID, "Region not valid in the period", 422,
                    WriteRefusedException.summary(regions), path(request), WriteRefusedException.items(regions)));
        }
        List<WriteError> conflicts = e.errors(); // months at two granularities, or (after storing) breakdowns above a parent
        return ProblemResponses.of(new Problem(ProblemResponses.CONFLICT, "Conflict with stored data", 409,
                WriteRefusedException.summary(conflicts), path(request), WriteRefusedException.items(conflicts)));
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, HttpServerRequest request) {
        return ProblemResponses.of(new Problem(ProblemResponses.PRECONDITION_FAILED, "Precondition failed", 412, e.getMessage(),
                path(request), null));
    }

    @ServerExceptionMapper
    public Response resourceNotFound(ResourceNotFoundException e, HttpServerRequest request) {
        return ProblemResponses.of(new Problem(ProblemResponses.NOT_FOUND, "Not found", 404, e.getMessage(), path(request), null));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
        return ProblemResponses.unauthorized(path(request), "This operation needs a bearer token (Authorization: Bearer <JWT>)");
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e, HttpServerRequest request) {
        if (e.getCause() instanceof TokenRejectedException rejected) {
            return ProblemResponses.unauthorized(path(request), "The bearer token is refused: " + rejected.getMessage());
        }
        return ProblemResponses.unauthorized(path(request),
                "The bearer token is not valid: it is malformed, expired, or not signed by a trusted key");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemResponses.httpStatus(403,
                "The token does not carry a role that may do this; see the operation's description for the role", path(request)));
    }

    /** Declared apart because Quarkus maps this subtype itself (to a bare 400) unless the application does. */
    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, HttpServerRequest request) {
        return unreadableBody(e, request);
    }

    /** Declared apart because Quarkus maps this subtype itself (to a bare 500) unless the application does. */
    @ServerExceptionMapper
    public Response undefinedBody(InvalidDefinitionException e, HttpServerRequest request) {
        return unreadableBody(e, request);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, HttpServerRequest request) {
        Problem.FieldError error = JsonBodyErrors.describe(e);
        return ProblemResponses.of(new Problem(ProblemResponses.INVALID_BODY, "Invalid request body", 400,
                "The request body cannot be read: " + error.field() + " " + error.message(), path(request), List.of(error)));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        String allowed = allowedMethods.allow(path(request));
        if (allowed != null && !List.of(allowed.split(", ")).contains(request.method().name())) {
            // The REST layer answers 404 for a method a path does not take when another class shares
            // the path's first segments; the path exists, so it is a 405.
            return notAllowed(new NotAllowedException(allowed), request);
        }
        return ProblemResponses.of(ProblemResponses.httpStatus(404, "There is nothing at " + path(request)
                + ". The API is described at /q/openapi and browsable at /q/swagger-ui.", path(request)));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request) {
        String allowed = allowedMethods.allow(path(request));
        Problem problem = ProblemResponses.httpStatus(405, "Method " + request.method().name() + " is not allowed on "
                + path(request) + (allowed == null ? "" : "; allowed: " + allowed), path(request));
        Response.ResponseBuilder response = Response.status(405).type(Problem.MEDIA_TYPE).entity(problem);
        if (allowed != null) {
            response.header(HttpHeaders.ALLOW, allowed);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemResponses.httpStatus(406,
                "None of the media types in the Accept header can be produced here; ask for application/json (or a format the operation lists, such as text/csv)", path(request)));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, HttpServerRequest request) {
        return ProblemResponses.of(new Problem(ProblemResponses.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                "The Content-Type of the request body is not accepted here; JSON operations take application/json, imports "
                        + "text/csv or multipart/form-data", path(request), null));
    }

    @ServerExceptionMapper
    public Response otherHttpStatus(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable, request);
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return ProblemResponses.of(ProblemResponses.httpStatus(status,
                "The request was refused: " + (known != null ? known.getReasonPhrase() : "HTTP " + status), path(request)));
    }

    @ServerExceptionMapper
    public Response busy(ServiceBusyException e, HttpServerRequest request) {
        return Response.fromResponse(ProblemResponses.of(ProblemResponses.busy(e.getMessage(), path(request))))
                .header("Retry-After", ProblemResponses.BUSY_RETRY_AFTER).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (commit.unknown() && !refusedByTheDatabase(e)) {
            LOG.warnf("Outcome of a COMMIT unknown on %s: %s", path(request), e);
            return Response.fromResponse(ProblemResponses.of(new Problem(ProblemResponses.COMMIT_OUTCOME_UNKNOWN,
                    "Commit outcome unknown", 503, "The connection to the database broke while the write was being committed: "
                            + "it may or may not have been stored. Repeat the same request: PUTs, batches and imports are "
                            + "idempotent, so repeating records only what is missing (a repeated DELETE answers 404 once the "
                            + "count is gone).", path(request), null)))
                    .header("Retry-After", "5").build();
        }
        if (malformedMultipart(e)) {
            return ProblemResponses.of(new Problem(ProblemResponses.INVALID_BODY, "Invalid request body", 400,
                    "The multipart body is malformed or truncated; send the CSV file as the form part named 'file'", path(request),
                    List.of(new Problem.FieldError("file", "the multipart body could not be read to its end"))));
        }
        if (databaseUnreachable(e)) {
            LOG.warnf("Database unreachable on %s: %s", path(request), e.getMessage());
            return Response.fromResponse(ProblemResponses.of(new Problem(ProblemResponses.UNAVAILABLE, "Service unavailable", 503,
                    "The database cannot be reached; nothing was changed. Try again shortly.", path(request), null)))
                    .header("Retry-After", "5").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error on %s (incident %s)", path(request), incident);
        return ProblemResponses.of(new Problem(ProblemResponses.INTERNAL_ERROR, "Internal error", 500,
                "The service failed to answer this request. Quote incident " + incident + " when reporting it.",
                path(request), null));
    }

    /** A constraint or data error: the database refused the write, so it is certainly not stored. */
    private static boolean refusedByTheDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    /** The REST layer's multipart parser fails with an IOException on a truncated or ill-formed body. */
    private static boolean malformedMultipart(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                for (StackTraceElement frame : cause.getStackTrace()) {
                    if (frame.getClassName().contains(".multipart.")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code e} comes from a database that cannot be reached: SQLSTATE class 08
     * (connection exception) or 57P (the server shutting down or restarting).
     */
    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path as the client sent it. Not {@code UriInfo.getRequestUri()}: that parses the target
     * as a {@code java.net.URI}, which throws for characters RFC 3986 forbids ({@code | { } ^ "}),
     * and an error answer must not fail for the request it refuses.
     */
    private static String path(HttpServerRequest request) {
        return RequestTargets.path(request.uri());
    }

    /**
     * The parameter or body field, without the Java method: {@code list.year} becomes
     * {@code year}, {@code put.body.count} becomes {@code count}, and an item of a list body
     * {@code batch.items[3].count} becomes {@code [3].count}.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null) {
                        field.append(field.length() == 0 ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        return field.length() > 0 ? field.toString() : parameter;
    }
}
