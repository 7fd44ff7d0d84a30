package id.go.kemnaker.karirhub.stats.problem;

/**
 * A request parameter naming a region that did not exist in the period asked for (Papua Selatan
 * in 2021): well formed, but about nothing. Answered as 422 {@code region-not-valid}, as a
 * write for that region and period is.
 */
public class RegionNotValidException extends InvalidParameterException {

    public RegionNotValidException(String parameter, String reason) {
        super(parameter, reason);
    }
}
