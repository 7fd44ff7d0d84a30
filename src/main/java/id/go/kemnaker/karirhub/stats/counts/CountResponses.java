package id.go.kemnaker.karirhub.stats.counts;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import id.go.kemnaker.karirhub.stats.counts.CountCorrectionService.PutOutcome;
import id.go.kemnaker.karirhub.stats.counts.CountCorrectionService.TaggedCount;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

/** The HTTP side of one count, shared by the week and the month-total routes: its key, its ETag, 304 and 201. */
final class CountResponses {

    private CountResponses() {
    }

    static CountKey weekKey(String category, String year, String month, String week) {
        return new CountKey(RequestParameters.requiredCategory(category), RequestParameters.requiredYear(year),
                RequestParameters.requiredMonth(month), RequestParameters.requiredWeek(week));
    }

    static CountKey monthKey(String category, String year, String month) {
        return new CountKey(RequestParameters.requiredCategory(category), RequestParameters.requiredYear(year),
                RequestParameters.requiredMonth(month), null);
    }

    /** A read of one count: 304 when the caller's If-None-Match still names its version. */
    static Response read(TaggedCount count, String ifNoneMatch) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.trim().startsWith("W/") ? tag.trim().substring(2) : tag.trim();
                if (candidate.equals("*") || candidate.equals(count.etag())) {
                    return Response.notModified().header(HttpHeaders.ETAG, count.etag()).build();
                }
            }
        }
        return tagged(Response.ok(), count);
    }

    /** 201 with Location when the PUT created the count, 200 otherwise; the count's new ETag either way. */
    static Response stored(PutOutcome outcome, UriInfo uri) {
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(URI.create(uri.getRequestUri().getRawPath()))
                : Response.ok();
        return tagged(response, outcome.count());
    }

    private static Response tagged(Response.ResponseBuilder response, TaggedCount count) {
        return response.header(HttpHeaders.ETAG, count.etag()).entity(count.count()).type(MediaType.APPLICATION_JSON).build();
    }
}
