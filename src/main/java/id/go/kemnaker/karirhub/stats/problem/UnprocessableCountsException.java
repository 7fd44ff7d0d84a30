package id.go.kemnaker.karirhub.stats.problem;

import java.util.List;

/**
 * Counts that are well formed but cannot be stored as they are (422): a region that did not exist
 * in the period a count is for. {@code errors} names each item or line with the reason.
 */
public class UnprocessableCountsException extends RuntimeException {

    private final transient List<?> errors;

    public UnprocessableCountsException(String detail, List<?> errors) {
        super(detail);
        this.errors = errors;
    }

    public List<?> errors() {
        return errors;
    }
}
