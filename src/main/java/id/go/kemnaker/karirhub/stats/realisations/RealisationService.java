package id.go.kemnaker.karirhub.stats.realisations;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.go.kemnaker.karirhub.stats.audit.AuditTrail;
import id.go.kemnaker.karirhub.stats.audit.AuditTrails;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.problem.ConflictException;
import id.go.kemnaker.karirhub.stats.problem.ResourceNotFoundException;
import id.go.kemnaker.karirhub.stats.statistics.StatisticsService;

/**
 * Realisations: entered by planners for the five reported indicators, and for the two
 * computed ones the sums of the year's counts.
 */
@ApplicationScoped
public class RealisationService {

    private final YearlyRealisationRepository realisations;
    private final StatisticsService statistics;
    private final DataSource dataSource;
    private final AuditTrails auditTrails;

    RealisationService(YearlyRealisationRepository realisations, StatisticsService statistics, DataSource dataSource,
            AuditTrails auditTrails) {
        this.realisations = realisations;
        this.statistics = statistics;
        this.dataSource = dataSource;
        this.auditTrails = auditTrails;
    }

    /** What setting a realisation did: created (201), or changed or unchanged (200). */
    public record SetOutcome(RealisationView realisation, boolean created) {
    }

    /**
     * Enters or corrects the realisation of a reported indicator, recording the change in the
     * audit trail. A computed indicator refuses it (409). The same value and evidence again
     * records nothing; a new evidence note for the same value is recorded.
     */
    @Transactional
    public SetOutcome set(Indicator indicator, int year, BigDecimal realisation, String evidence, String actor) {
        if (indicator.isComputed()) {
            String detail = indicator + " is computed from the KarirHub counts of " + categoriesOf(indicator)
                    + "; correct those counts instead of entering a realisation";
            throw new ConflictException(detail, List.of(Map.of("item", indicator + " " + year, "message", detail)));
        }
        BigDecimal value = indicator.unit().checked("realisation", realisation);
        String note = evidence.strip();
        try (Connection connection = dataSource.getConnection()) {
            AuditTrail audit = auditTrails.begin(connection, actor, "api");
            YearlyRealisation row = realisations.findFor(indicator, year).orElse(null);
            boolean created = row == null;
            if (created) {
                row = new YearlyRealisation();
                row.indicator = indicator;
                row.year = year;
                row.realisation = value;
                row.evidence = note;
                realisations.persist(row);
                audit.recordRealisation(indicator, year, null, value, note);
            } else if (row.realisation.compareTo(value) != 0 || !row.evidence.equals(note)) {
                audit.recordRealisation(indicator, year, row.realisation, value, note);
                row.realisation = value;
                row.evidence = note;
                row.version++;
            }
            return new SetOutcome(RealisationView.of(row), created);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the realisation", e);
        }
    }

    /** The realisation of one indicator in one year: as entered, or as counted; 404 when there is none. */
    public RealisationView get(Indicator indicator, int year) {
        if (indicator.isComputed()) {
            Long total = computedTotal(indicator, year);
            if (total == null) {
                throw new ResourceNotFoundException("No counts of " + categoriesOf(indicator) + " are stored for " + year
                        + ", so " + indicator + " has no realisation yet");
            }
            return new RealisationView(indicator, year, BigDecimal.valueOf(total), null, indicator.source().code());
        }
        return realisations.findFor(indicator, year).map(RealisationView::of)
                .orElseThrow(() -> new ResourceNotFoundException("No realisation of " + indicator + " is stored for " + year));
    }

    private static String categoriesOf(Indicator indicator) {
        return indicator.categories().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private Long computedTotal(Indicator indicator, int year) {
        return switch (indicator) {
            case FACILITATED_WORKERS -> statistics.facilitatedWorkers(year).total();
            case SERVICE_USERS -> statistics.serviceUsers(year).total();
            default -> throw new IllegalArgumentException(indicator + " is not computed from counts");
        };
    }
}
