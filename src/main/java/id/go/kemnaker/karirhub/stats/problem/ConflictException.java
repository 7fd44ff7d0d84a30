package id.go.kemnaker.karirhub.stats.problem;

import java.util.List;

/** A write that contradicts what is stored (409). {@code errors} says, item by item, what is in the way. */
public class ConflictException extends RuntimeException {

    private final transient List<ItemError> errors;

    public ConflictException(String detail, List<ItemError> errors) {
        super(detail);
        this.errors = errors;
    }

    public List<ItemError> errors() {
        return errors;
    }
}
