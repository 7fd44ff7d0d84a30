package id.go.kemnaker.karirhub.stats.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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

    /**
     * A 201 at the request's path with the query parameters that name the resource (a count's
     * region and dimension codes), in order; none: the path alone.
     */
    public static Response.ResponseBuilder at(HttpServerRequest request, Map<String, String> parameters) {
        StringBuilder location = new StringBuilder(RequestTargets.path(request.uri()));
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            location.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, location.toString());
    }
}
