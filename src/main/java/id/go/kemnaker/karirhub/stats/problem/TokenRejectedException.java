package id.go.kemnaker.karirhub.stats.problem;

/**
 * Why a token that verified breaks one of this service's own rules ({@link TokenRules}); it
 * travels as the cause of the {@code AuthenticationFailedException} the 401 is made from.
 */
public class TokenRejectedException extends RuntimeException {

    public TokenRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
