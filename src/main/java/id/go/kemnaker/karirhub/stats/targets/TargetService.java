package id.go.kemnaker.karirhub.stats.targets;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.SQLException;

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

    /** Sets the target of an indicator for a year, recording the change in the audit trail. */
    @Transactional
    public SetOutcome set(Indicator indicator, int year, long target, String actor) {
        try (Connection connection = dataSource.getConnection()) {
            AuditTrail audit = auditTrails.begin(connection, actor, "api");
            YearlyTarget row = targets.findFor(indicator, year).orElse(null);
            boolean created = row == null;
            if (created) {
                row = new YearlyTarget();
                row.indicator = indicator;
                row.year = year;
                row.target = target;
                targets.persist(row);
                audit.recordTarget(indicator, year, null, target);
            } else if (row.target != target) {
                audit.recordTarget(indicator, year, row.target, target);
                row.target = target;
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

    public Optional<Long> targetOf(Indicator indicator, int year) {
        return targets.findFor(indicator, year).map(row -> row.target);
    }
}
