package id.go.kemnaker.karirhub.stats.problem;

import java.util.List;

import id.go.kemnaker.karirhub.stats.cells.WriteError;

/**
 * Writes of counts that break a rule, every one of them named: nothing was stored. How it is
 * answered depends on how the writes came in (a 400, 409 or 422 on the API, line errors of an
 * import); {@link #of(WriteError.Kind)} picks the errors of one rule. The rules judged before
 * storing come in one exception; a breakdown above its parent, found after storing, in another.
 */
public class WriteRefusedException extends RuntimeException {

    private final transient List<WriteError> errors;

    public WriteRefusedException(List<WriteError> errors) {
        super(errors.size() + " writes refused", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<WriteError> errors() {
        return errors;
    }

    /** The errors of one rule, in the order of the writes. */
    public List<WriteError> of(WriteError.Kind kind) {
        return errors.stream().filter(error -> error.kind() == kind).toList();
    }

    /** A problem's detail for {@code errors} of one rule: the one message, or how many writes broke it. */
    public static String summary(List<WriteError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).message();
        }
        return errors.size() + switch (errors.get(0).kind()) {
            case REGION_NOT_VALID -> " counts are for a region that did not exist in their period; nothing was stored";
            case MIXED_WITHIN, MIXED_STORED -> " counts would mix week counts and a month total in one month; nothing was stored";
            case ABOVE_PARENT -> " counts would make a breakdown exceed its parent; nothing was stored";
            case DUPLICATE -> " counts repeat another; nothing was stored";
            case WEEK_OF_STOCK -> " counts give a week of a stock, which has month totals only; nothing was stored";
        };
    }

    /** The items of a problem answer: each write's source as people name it, and the reason. */
    public static List<ItemError> items(List<WriteError> errors) {
        return errors.stream().map(error -> new ItemError(error.source().label(), error.message())).toList();
    }
}
