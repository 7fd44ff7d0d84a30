package id.go.kemnaker.karirhub.stats.counts;

import java.util.List;

import id.go.kemnaker.karirhub.stats.problem.ConflictException;

/**
 * Writes that would make regional counts add up to more than their parent's stored count (a
 * province's regencies, or the provinces of the nation): a 409 on the count and batch paths, and a
 * line error (422) in an import, where the file is what has to change.
 */
public class BreakdownAboveParentException extends ConflictException {

    public BreakdownAboveParentException(String detail, List<?> errors) {
        super(detail, errors);
    }
}
