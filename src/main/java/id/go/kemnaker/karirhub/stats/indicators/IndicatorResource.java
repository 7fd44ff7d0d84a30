package id.go.kemnaker.karirhub.stats.indicators;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @GET
    @APIResponses
    public List<IndicatorView> list() {
        return Arrays.stream(Indicator.values()).map(IndicatorView::of).toList();
    }
}
