package id.go.kemnaker.karirhub.stats.problem;

/** A well-formed request for something that is not stored (404). */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String detail) {
        super(detail);
    }
}
