package id.go.kemnaker.karirhub.stats.events;

/**
 * Why an event is not counted: the field at fault ({@code $} for the whole event) and the reason,
 * worded for the publisher. It never quotes what a field held beyond a code or a moment: an
 * unknown field is named, its value is not repeated (it may be personal data).
 */
public record Refusal(String field, String reason) {

    public String describe() {
        return field + ": " + reason;
    }
}
