package id.go.kemnaker.karirhub.stats.imports;

import java.util.List;

/** A file with bad rows: nothing was stored. Answered as 422 listing every one. */
public class CsvRejectedException extends RuntimeException {

    private final transient List<RowError> errors;

    public CsvRejectedException(String detail, List<RowError> errors) {
        super(detail);
        this.errors = errors;
    }

    public List<RowError> errors() {
        return errors;
    }
}
