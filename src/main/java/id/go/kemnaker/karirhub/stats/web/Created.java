package id.go.kemnaker.karirhub.stats.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A 201 whose {@code Location} is the path of the request, as written: JAX-RS would make a
 * relative location absolute with the request's {@code Host}, which the client controls.
 */
public final class Created {

    private Created() {
    }

    public static Response.ResponseBuilder at(UriInfo uri) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, uri.getRequestUri().getRawPath());
    }

    /** A 201 at the request's path with one query parameter that names the resource (a count's region). */
    public static Response.ResponseBuilder at(UriInfo uri, String parameter, String value) {
        return value == null ? at(uri) : Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION,
                uri.getRequestUri().getRawPath() + "?" + parameter + "=" + value);
    }
}
