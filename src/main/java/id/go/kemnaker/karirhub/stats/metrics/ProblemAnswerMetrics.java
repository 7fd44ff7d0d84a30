package id.go.kemnaker.karirhub.stats.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import id.go.kemnaker.karirhub.stats.problem.Problem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the error answers an operator watches for, from the answers themselves (status and
 * problem {@code type}), so it needs nothing from the code that raised them:
 * <ul>
 * <li>{@code karirhub_write_conflicts_total{status="409"|"412"}}: a write refused because of stored
 * data (a week count against a month total, a computed indicator) or a stale {@code If-Match};
 * a rising 412 rate means clients edit the same counts concurrently.</li>
 * <li>{@code karirhub_commit_outcome_unknown_total}: 503s of type
 * {@value #COMMIT_OUTCOME_UNKNOWN}, where the database connection broke during a commit and the
 * client cannot know whether its write was stored.</li>
 * </ul>
 * HTTP server metrics per route template come from Micrometer itself.
 */
@ApplicationScoped
class ProblemAnswerMetrics {

    static final String COMMIT_OUTCOME_UNKNOWN = "urn:karirhub:problem:commit-outcome-unknown";

    private final Counter conflicts;
    private final Counter preconditionsFailed;
    private final Counter commitOutcomeUnknown;

    ProblemAnswerMetrics(MeterRegistry registry) {
        this.conflicts = conflicts(registry, "409");
        this.preconditionsFailed = conflicts(registry, "412");
        this.commitOutcomeUnknown = Counter.builder("karirhub.commit.outcome.unknown")
                .description("Writes answered 503 commit-outcome-unknown: the client cannot tell whether the write was stored")
                .register(registry);
    }

    private static Counter conflicts(MeterRegistry registry, String status) {
        return Counter.builder("karirhub.write.conflicts")
                .description("Writes refused with 409 (conflict with stored data) or 412 (stale If-Match)")
                .tag("status", status)
                .register(registry);
    }

    @ServerResponseFilter
    void count(ContainerRequestContext request, ContainerResponseContext response) {
        switch (response.getStatus()) {
            case 409 -> conflicts.increment();
            case 412 -> preconditionsFailed.increment();
            case 503 -> {
                if (response.getEntity() instanceof Problem problem && COMMIT_OUTCOME_UNKNOWN.equals(problem.type())) {
                    commitOutcomeUnknown.increment();
                }
            }
            default -> {
                // not counted here
            }
        }
    }
}
