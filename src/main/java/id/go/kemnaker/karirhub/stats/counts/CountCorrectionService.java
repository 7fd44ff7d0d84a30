package id.go.kemnaker.karirhub.stats.counts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.cells.Source;
import id.go.kemnaker.karirhub.stats.counts.CountWriter.TaggedAmount;
import id.go.kemnaker.karirhub.stats.problem.PreconditionFailedException;
import id.go.kemnaker.karirhub.stats.problem.ResourceNotFoundException;

/** Reading one count with its ETag, and the data officers' writes: put, delete, batch. */
@ApplicationScoped
public class CountCorrectionService {

    public static final String CHANNEL_API = "api";
    public static final String CHANNEL_BATCH = "batch";

    private final CountWriter writer;

    CountCorrectionService(CountWriter writer) {
        this.writer = writer;
    }

    /** A count with the strong ETag that If-Match must quote to change it. */
    public record TaggedCount(CountView count, String etag) {
    }

    /** What a PUT did: created (201), changed or unchanged (200). */
    public record PutOutcome(TaggedCount count, boolean created) {
    }

    public TaggedCount get(Cell cell) {
        TaggedAmount stored = writer.read(cell)
                .orElseThrow(() -> new ResourceNotFoundException("No count is stored for " + cell.describe()));
        return new TaggedCount(CountView.of(cell, stored.amount()), stored.etag());
    }

    @Transactional
    public PutOutcome put(Cell cell, long count, String ifMatch, String actor) {
        return writer.locked(actor, CHANNEL_API, session -> {
            checkIfMatch(ifMatch, session.find(cell), cell);
            WriteSummary summary = session.write(List.of(new CellWrite(cell, count, new Source.Path(cell))));
            TaggedAmount stored = session.find(cell).orElseThrow();
            return new PutOutcome(new TaggedCount(CountView.of(cell, stored.amount()), stored.etag()), summary.created() == 1);
        });
    }

    @Transactional
    public void delete(Cell cell, String ifMatch, String actor) {
        writer.locked(actor, CHANNEL_API, session -> {
            Optional<TaggedAmount> current = session.find(cell);
            if (current.isEmpty()) {
                throw new ResourceNotFoundException("No count is stored for " + cell.describe());
            }
            checkIfMatch(ifMatch, current, cell);
            return session.delete(cell);
        });
    }

    /** All or nothing: every item is stored, or none when any conflicts. */
    @Transactional
    public WriteSummary batch(List<CellWrite> writes, String actor) {
        return writer.locked(actor, CHANNEL_BATCH, session -> session.write(writes));
    }

    /** RFC 9110 If-Match: absent = no condition; {@code *} = must exist; else one of the listed ETags. */
    private static void checkIfMatch(String ifMatch, Optional<TaggedAmount> current, Cell key) {
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
