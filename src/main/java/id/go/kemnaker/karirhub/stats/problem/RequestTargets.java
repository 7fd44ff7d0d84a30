package id.go.kemnaker.karirhub.stats.problem;

/**
 * The request target as the client sent it, read as text. Never through {@code java.net.URI}
 * ({@code UriInfo.getRequestUri()}), which throws for characters RFC 3986 forbids but clients
 * send anyway ({@code | { } ^ " < > \}): what reads the target to answer or to refuse a request
 * must not fail on it.
 */
public final class RequestTargets {

    private RequestTargets() {
    }

    /** The raw path of a request target: everything before the query. */
    public static String path(String target) {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }
}
