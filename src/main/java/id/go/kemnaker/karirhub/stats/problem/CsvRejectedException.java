package id.go.kemnaker.karirhub.stats.problem;

import java.util.List;

/**
 * A file with bad rows: nothing was stored. Answered as 422 listing every one; {@code errors}
 * holds the rows' problems as the importer describes them.
 */
public class CsvRejectedException extends RuntimeException {

    private final transient List<?> errors;

    public CsvRejectedException(String detail, List<?> errors) {
        super(detail);
        this.errors = errors;
    }

    public List<?> errors() {
        return errors;
    }
}
