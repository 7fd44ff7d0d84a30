package id.go.kemnaker.karirhub.stats.counts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.go.kemnaker.karirhub.stats.counts.CountWriter.CountWrite;
import id.go.kemnaker.karirhub.stats.counts.CountWriter.StoredCount;
import id.go.kemnaker.karirhub.stats.problem.PreconditionFailedException;
import id.go.kemnaker.karirhub.stats.problem.ResourceNotFoundException;

/** Reading one count with its ETag, and the data officers' writes: put, delete, batch. */
@ApplicationScoped
public class CountCorrectionService {

    public static final String CHANNEL_API = "api";
    public static final String CHANNEL_BATCH = "batch";

    private final CountWriter writer;
    private final ReportedCountRepository counts;

    CountCorrectionService(CountWriter writer, ReportedCountRepository counts) {
        this.writer = writer;
        this.counts = counts;
    }

    /** A count with the strong ETag that If-Match must quote to change it. */
    public record TaggedCount(CountView count, String etag) {
    }

    /** What a PUT did: created (201), changed or unchanged (200). */
    public record PutOutcome(TaggedCount count, boolean created) {
    }

    public TaggedCount get(CountKey key) {
        ReportedCount row = counts.findByKey(key)
                .orElseThrow(() -> new ResourceNotFoundException("No count is stored for " + key.describe()));
        return new TaggedCount(CountView.of(row), new StoredCount(row.id, row.amount, row.version).etag());
    }

    @Transactional
    public PutOutcome put(CountKey key, long count, String ifMatch, String actor) {
        return writer.locked(actor, CHANNEL_API, session -> {
            checkIfMatch(ifMatch, session.find(key), key);
            WriteSummary summary = session.write(List.of(new CountWrite(key, count, key.describe())));
            StoredCount stored = session.find(key).orElseThrow();
            return new PutOutcome(tagged(key, stored), summary.created() == 1);
        });
    }

    @Transactional
    public void delete(CountKey key, String ifMatch, String actor) {
        writer.locked(actor, CHANNEL_API, session -> {
            Optional<StoredCount> current = session.find(key);
            if (current.isEmpty()) {
                throw new ResourceNotFoundException("No count is stored for " + key.describe());
            }
            checkIfMatch(ifMatch, current, key);
            return session.delete(key);
        });
    }

    /** All or nothing: every item is stored, or none when any conflicts. */
    @Transactional
    public WriteSummary batch(List<CountWrite> writes, String actor) {
        return writer.locked(actor, CHANNEL_BATCH, session -> session.write(writes));
    }

    private static TaggedCount tagged(CountKey key, StoredCount stored) {
        return new TaggedCount(new CountView(key.category(), key.year(), key.month(), key.week(), stored.amount(), key.region()), stored.etag());
    }

    /** RFC 9110 If-Match: absent = no condition; {@code *} = must exist; else one of the listed ETags. */
    private static void checkIfMatch(String ifMatch, Optional<StoredCount> current, CountKey key) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        if (current.isEmpty()) {
            throw new PreconditionFailedException("If-Match was given but no count is stored for " + key.describe());
        }
        String etag = current.get().etag();
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim).anyMatch(tag -> tag.equals("*") || tag.equals(etag));
        if (!matches) {
            throw new PreconditionFailedException("The count for " + key.describe() + " has changed since it was read "
                    + "(its ETag is now " + etag + "); read it again and repeat the change if it still applies");
        }
    }
}
