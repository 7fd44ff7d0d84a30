package id.go.kemnaker.karirhub.stats.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import id.go.kemnaker.karirhub.stats.problem.RequestTargets;
import io.vertx.core.http.HttpServerRequest;

/**
 * A 201 whose {@code Location} is the path of the request, as written: JAX-RS would make a
 * relative location absolute with the request's {@code Host}, which the client controls, and
 * would parse the target as a URI, which fails for characters clients send unencoded.
 */
public final class Created {

    private Created() {
    }

    public static Response.ResponseBuilder at(HttpServerRequest request) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, RequestTargets.path(request.uri()));
    }

    /** A 201 at the request's path with one query parameter that names the resource (a count's region). */
    public static Response.ResponseBuilder at(HttpServerRequest request, String parameter, String value) {
        return value == null ? at(request) : Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION,
                RequestTargets.path(request.uri()) + "?" + parameter + "=" + value);
    }
}
