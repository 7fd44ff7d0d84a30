package id.go.kemnaker.karirhub.stats.events;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What became of a list of events: how many were counted now, how many had been counted before
 * (or came twice in the list), and each refused one by its index in the list, with the field and
 * the reason.
 */
@Schema(name = "EventIntake")
public record IntakeSummary(long counted, long duplicates, List<Refused> refused) {

    /** One refused event: its index in the list (from 0), the field at fault ({@code $}: the whole event), and why. */
    @Schema(name = "RefusedEvent")
    public record Refused(int index, String field, String reason) {
    }
}
