package id.go.kemnaker.karirhub.stats.problem;

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
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every exception that reaches the REST layer into {@code application/problem+json}.
 * Nothing from the exception itself (class names, messages of libraries, SQL) reaches the
 * client: details are either ours or fixed texts per status.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return ProblemResponses.of(ProblemResponses.invalidParameters(path(uri),
                List.of(new Problem.FieldError(e.parameter(), e.reason()))));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return ProblemResponses.of(ProblemResponses.invalidParameters(path(uri), errors));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return ProblemResponses.of(ProblemResponses.httpStatus(404, "There is nothing at " + path(uri)
                + ". The API is described at /q/openapi and browsable at /q/swagger-ui.", path(uri)));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request, UriInfo uri) {
        String allowed = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        Problem problem = ProblemResponses.httpStatus(405, "Method " + request.method().name() + " is not allowed on "
                + path(uri) + (allowed == null ? "" : "; allowed: " + allowed), path(uri));
        Response.ResponseBuilder response = Response.status(405).type(Problem.MEDIA_TYPE).entity(problem);
        if (allowed != null) {
            response.header(HttpHeaders.ALLOW, allowed);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return ProblemResponses.of(ProblemResponses.httpStatus(406,
                "None of the media types in the Accept header can be produced here; ask for application/json", path(uri)));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemResponses.httpStatus(415,
                "The Content-Type of the request body is not accepted here", path(uri)));
    }

    @ServerExceptionMapper
    public Response otherHttpStatus(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return ProblemResponses.of(ProblemResponses.httpStatus(status,
                "The request was refused: " + (known != null ? known.getReasonPhrase() : "HTTP " + status), path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error on %s (incident %s)", path(uri), incident);
        return ProblemResponses.of(new Problem(ProblemResponses.INTERNAL_ERROR, "Internal error", 500,
                "The service failed to answer this request. Quote incident " + incident + " when reporting it.",
                path(uri), null));
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    /** The parameter or field name: the last node of the path, e.g. {@code list.year} becomes {@code year}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }
}
