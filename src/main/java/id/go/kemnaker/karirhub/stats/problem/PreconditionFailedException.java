package id.go.kemnaker.karirhub.stats.problem;

/** An If-Match that no longer matches what is stored (412): somebody changed it in between. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String detail) {
        super(detail);
    }
}
