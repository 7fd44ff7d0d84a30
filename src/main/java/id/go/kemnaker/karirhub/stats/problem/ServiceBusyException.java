package id.go.kemnaker.karirhub.stats.problem;

/** The service is at a capacity limit it keeps on purpose (reads rendered at once); answered 503 with Retry-After. */
public class ServiceBusyException extends RuntimeException {

    public ServiceBusyException(String detail) {
        super(detail, null, false, false);
    }
}
