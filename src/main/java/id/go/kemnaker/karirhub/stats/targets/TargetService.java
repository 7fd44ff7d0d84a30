package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.go.kemnaker.karirhub.stats.audit.AuditTrail;
import id.go.kemnaker.karirhub.stats.audit.AuditTrails;

@ApplicationScoped
public class TargetService {

    private final YearlyTargetRepository targets;
    private final DataSource dataSource;
    private final AuditTrails auditTrails;

    TargetService(YearlyTargetRepository targets, DataSource dataSource, AuditTrails auditTrails) {
        this.targets = targets;
        this.dataSource = dataSource;
        this.auditTrails = auditTrails;
    }

    /** What setting a target did: created (201), or changed or unchanged (200). */
    public record SetOutcome(TargetView target, boolean created) {
    }

    /**
     * Sets the target of an indicator for a year, recording the change in the audit trail. The
     * value must fit the indicator's unit (400 naming {@code target} otherwise); an equal value
     * (50 and 50.00 alike) changes and records nothing.
     */
    @Transactional
    public SetOutcome set(Indicator indicator, int year, BigDecimal target, String actor) {
        BigDecimal value = indicator.unit().checked("target", target);
        try (Connection connection = dataSource.getConnection()) {
            AuditTrail audit = auditTrails.begin(connection, actor, "api");
            YearlyTarget row = targets.findFor(indicator, year).orElse(null);
            boolean created = row == null;
            if (created) {
                row = new YearlyTarget();
                row.indicator = indicator;
                row.year = year;
                row.target = value;
                targets.persist(row);
                audit.recordTarget(indicator, year, null, value);
            } else if (row.target.compareTo(value) != 0) {
                audit.recordTarget(indicator, year, row.target, value);
                row.target = value;
                row.version++;
            }
            return new SetOutcome(TargetView.of(row), created);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the target", e);
        }
    }

    public List<TargetView> find(Integer year) {
        return targets.listFor(year).stream().map(TargetView::of).toList();
    }

    /**
     * The target of an indicator counted in whole numbers (the computed ones: persons, users),
     * as a long; the database holds only whole targets for them.
     */
    public Optional<Long> targetOf(Indicator indicator, int year) {
        if (!indicator.unit().wholeNumbers()) {
            throw new IllegalArgumentException(indicator + " is measured in " + indicator.unit().code()
                    + ", which may have decimals; use targetsOf");
        }
        return targets.findFor(indicator, year).map(row -> row.target.longValueExact());
    }

    /** Every target set for the year, by indicator; indicators without a target are absent. */
    public Map<Indicator, BigDecimal> targetsOf(int year) {
        Map<Indicator, BigDecimal> ofYear = new EnumMap<>(Indicator.class);
        targets.listFor(year).forEach(row -> ofYear.put(row.indicator, row.target));
        return ofYear;
    }
}
