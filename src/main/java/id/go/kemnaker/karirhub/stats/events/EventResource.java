package id.go.kemnaker.karirhub.stats.events;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.kemnaker.karirhub.stats.security.Roles;

/**
 * The HTTP way in for events, for systems without the broker: the same rules and the same
 * exactly-once counting as the broker's consumer. What it answers is documented in
 * {@code META-INF/openapi.yaml}.
 */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    static final int MAX_EVENTS = 10_000;

    private final EventIntake intake;

    EventResource(EventIntake intake) {
        this.intake = intake;
    }

    @POST
    @APIResponses
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EVENT_PUBLISHER)
    public IntakeSummary publish(@RequestBody(ref = "Events") @NotNull(message = "is required (a JSON array of events)")
            @Size(max = MAX_EVENTS, message = "holds more than 10000 events") List<JsonNode> events) {
        return intake.take(events);
    }
}
