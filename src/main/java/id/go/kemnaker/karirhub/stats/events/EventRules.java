package id.go.kemnaker.karirhub.stats.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.dimensions.CodeList;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.dimensions.DimensionCode;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionEntry;

/**
 * The event contract, as one judgement per event: a {@link LiveEvent} to count, or the
 * {@link Refusal} that says why not. The same rules whichever way the event came in (the broker or
 * {@code POST /api/v1/events}).
 *
 * <p>An event carries no personal data (IKK 7, zero data breach): a field the contract does not
 * name ({@code name}, {@code nik}, {@code email}, free text) refuses the whole event, and no
 * refusal repeats a value it did not check to be a code.
 */
@ApplicationScoped
public class EventRules {

    /** The fields of an event; anything else refuses it. */
    static final Set<String> FIELDS = Set.of("eventId", "type", "occurredAt", "region", "sex", "ageGroup", "birthYear",
            "education", "occupation", "openings", "program");
    /** The youngest age an age group holds: the first group is 15-19. */
    static final int YOUNGEST = 15;
    /** The oldest age a birth year may give: older is taken for a typing error. */
    static final int OLDEST = 120;
    /** What a field's name must look like to be named in a refusal. */
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    static final int MAX_OPENINGS = 10_000;
    private static final Map<Dimension, String> FIELD_OF = Map.of(Dimension.SEX, "sex", Dimension.AGE_GROUP, "ageGroup",
            Dimension.EDUCATION, "education", Dimension.OCCUPATION, "occupation");

    private final RegionDirectory regions;
    private final CodeListDirectory codeLists;
    private final Duration futureTolerance;
    private final Clock clock;

    /**
     * {@code karirhub.events.now}, set only by the tests, is the moment events are judged against
     * instead of the clock: the events they count fall in a year of their own (2060), whatever the date.
     */
    @Inject
    EventRules(RegionDirectory regions, CodeListDirectory codeLists,
            @ConfigProperty(name = "karirhub.events.future-tolerance") Duration futureTolerance,
            @ConfigProperty(name = "karirhub.events.now") Optional<OffsetDateTime> now) {
        this(regions, codeLists, futureTolerance,
                now.map(moment -> Clock.fixed(moment.toInstant(), Period.REPORTING_ZONE)).orElse(Clock.systemUTC()));
    }

    EventRules(RegionDirectory regions, CodeListDirectory codeLists, Duration futureTolerance, Clock clock) {
        this.regions = regions;
        this.codeLists = codeLists;
        this.futureTolerance = futureTolerance;
        this.clock = clock;
    }

    /** What one event (a JSON value, as published) is: counted as a {@link LiveEvent}, or refused. */
    public Judgement judge(JsonNode event) {
        try {
            return new Judgement(read(event), null);
        } catch (Refused refused) {
            return new Judgement(null, refused.refusal);
        } catch (RuntimeException e) { // a rule that fails must not hold a queue or fail a request: refused, with the reason
            return new Judgement(null, new Refusal("$", "could not be judged (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** One event judged: exactly one of the two is set. */
    public record Judgement(LiveEvent event, Refusal refusal) {

        public boolean counted() {
            return event != null;
        }
    }

    private LiveEvent read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw refuse("$", "an event is a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name) && !FIELD_NAME.matcher(name).matches()) {
                // a name is echoed back only when it looks like one: a key may itself hold a value (an e-mail address)
                throw refuse("$", "has a field that is not a field of an event, so the event is refused whole: events carry no "
                        + "personal data or free text (the fields are " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
            if (!FIELDS.contains(name)) {
                throw refuse(name, "is not a field of an event, so the event is refused whole: events carry no personal "
                        + "data or free text (the fields are " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String eventId = text(node, "eventId", true);
        if (!EVENT_ID.matcher(eventId).matches()) {
            throw refuse("eventId", "must be 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit "
                    + "(a UUID is recommended)");
        }
        String typeName = text(node, "type", true);
        EventType type = EventType.of(typeName).orElseThrow(() -> refuse("type", "is not an event type; the types are "
                + String.join(", ", java.util.Arrays.stream(EventType.values()).map(Enum::name).toList())));
        Instant occurredAt = occurredAt(text(node, "occurredAt", true));
        LocalDate day = LocalDate.ofInstant(occurredAt, Period.REPORTING_ZONE);
        String region = region(text(node, "region", false), day);
        int amount = 1;
        if (present(node, "openings")) {
            if (!type.hasOpenings()) {
                throw refuse("openings", "is only for VACANCY_POSTED, VACANCY_FILLED and VACANCY_REMOVED");
            }
            JsonNode openings = node.get("openings");
            if (!openings.canConvertToExactIntegral() || !openings.canConvertToInt() || openings.asInt() < 1
                    || openings.asInt() > MAX_OPENINGS) {
                throw refuse("openings", "must be a whole number from 1 to " + MAX_OPENINGS);
            }
            amount = openings.asInt();
        }
        EventType.Program program = null;
        String programName = text(node, "program", false);
        if (type.hasProgram()) {
            if (programName == null) {
                throw refuse("program", "is required for TRAINING_ENROLLED: PBK or PRAKERJA");
            }
            program = EventType.Program.of(programName).orElseThrow(() -> refuse("program", "must be PBK or PRAKERJA"));
        } else if (programName != null) {
            throw refuse("program", "is only for TRAINING_ENROLLED");
        }
        return new LiveEvent(eventId, type, occurredAt, type.category(program), amount, region,
                code(node, Dimension.SEX), ageGroup(node, day.getYear()), code(node, Dimension.EDUCATION),
                code(node, Dimension.OCCUPATION));
    }

    /**
     * The age group: {@code ageGroup} as given, or the one of {@code birthYear}, the age being the
     * event's year (Jakarta time) minus the birth year, which is the age reached in that year (a
     * birth date would place it to the day, and is personal data). With both, they must agree.
     */
    private String ageGroup(JsonNode node, int year) {
        String given = code(node, Dimension.AGE_GROUP);
        if (!present(node, "birthYear")) {
            return given;
        }
        JsonNode birthYear = node.get("birthYear");
        if (!birthYear.canConvertToExactIntegral() || !birthYear.canConvertToInt()) {
            throw refuse("birthYear", "must be a whole number, a year such as 1998");
        }
        // in long: a birth year near Integer.MIN_VALUE would overflow an int age
        long age = (long) year - birthYear.asInt();
        if (age < YOUNGEST || age > OLDEST) {
            throw refuse("birthYear", "gives an age of " + age + " in " + year + "; the age groups hold ages " + YOUNGEST + " to "
                    + OLDEST);
        }
        String group = age >= 60 ? "60+" : (age / 5 * 5) + "-" + (age / 5 * 5 + 4);
        if (given != null && !given.equals(group)) {
            throw refuse("birthYear", "gives an age of " + age + " in " + year + ", which is in age group " + group + ", not "
                    + given + " as ageGroup says");
        }
        return group;
    }

    private Instant occurredAt(String text) {
        OffsetDateTime moment;
        try {
            moment = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw refuse("occurredAt", "must be a moment in ISO 8601 with its offset, e.g. 2026-03-09T10:15:00+07:00");
        }
        if (moment.getYear() < Period.FIRST_YEAR - 1 || moment.getYear() > Period.LAST_YEAR + 1) {
            // before anything below: a year such as -999999999 parses, and cannot be moved to Jakarta time
            throw refuse("occurredAt", "must lie between " + Period.FIRST_YEAR + " and " + Period.LAST_YEAR);
        }
        Instant instant = moment.toInstant();
        Instant now = clock.instant();
        if (instant.isAfter(now.plus(futureTolerance))) {
            throw refuse("occurredAt", text + " is in the future");
        }
        int oldestYear = LocalDate.ofInstant(now, Period.REPORTING_ZONE).getYear() - 1;
        if (LocalDate.ofInstant(instant, Period.REPORTING_ZONE).getYear() < Math.max(oldestYear, Period.FIRST_YEAR)) {
            throw refuse("occurredAt", text + " is too old for live figures: events count from 1 January " + oldestYear
                    + " (Jakarta time); load older figures as reported counts");
        }
        return instant;
    }

    private String region(String text, LocalDate day) {
        if (text == null) {
            return null;
        }
        RegionEntry entry = regions.find(text).orElse(null);
        if (entry == null || !RegionDirectory.canonicalCode(text).orElse("").equals(text)) {
            throw refuse("region", "must be the Kemendagri code of a province (32) or a regency or city (32.73), "
                    + "as GET /api/v1/regions lists them");
        }
        if (!entry.validOn(day)) {
            throw refuse("region", text + " is not a region on " + day + " (" + entry.validity() + ")");
        }
        return entry.code();
    }

    private String code(JsonNode node, Dimension dimension) {
        String field = FIELD_OF.get(dimension);
        String text = text(node, field, false);
        if (text == null) {
            return null;
        }
        CodeList list = codeLists.list(dimension);
        boolean level = list.levels().stream().map(DimensionCode::code).anyMatch(text::equals);
        if (!level) {
            throw refuse(field, "must be a code of the code list " + dimension + " without codes below it ("
                    + String.join(", ", list.levels().stream().map(DimensionCode::code).toList())
                    + "); see GET /api/v1/code-lists/" + dimension);
        }
        return text;
    }

    private static boolean present(JsonNode node, String field) {
        return node.hasNonNull(field);
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw refuse(field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw refuse(field, "must be a string");
        }
        return value.textValue();
    }

    private static Refused refuse(String field, String reason) {
        return new Refused(new Refusal(field, reason));
    }

    /** Carries a refusal out of the nested checks; no stack trace, it is no error of the service. */
    private static final class Refused extends RuntimeException {
        private final transient Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.reason(), null, false, false);
            this.refusal = refusal;
        }
    }
}
