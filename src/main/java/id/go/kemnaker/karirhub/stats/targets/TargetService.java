package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.audit.AuditTrail;
import id.go.kemnaker.karirhub.stats.audit.AuditTrails;
import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.statistics.FigureSnapshot;
import id.go.kemnaker.karirhub.stats.statistics.StoredFigures;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

@ApplicationScoped
public class TargetService {

    private final YearlyTargetRepository targets;
    private final DataSource dataSource;
    private final AuditTrails auditTrails;
    private final StoredFigures figures;
    private final ObjectMapper json;

    TargetService(YearlyTargetRepository targets, DataSource dataSource, AuditTrails auditTrails, StoredFigures figures,
            ObjectMapper json) {
        this.targets = targets;
        this.dataSource = dataSource;
        this.auditTrails = auditTrails;
        this.figures = figures;
        this.json = json;
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

    /**
     * The targets of a year (or of every year) as a JSON answer, read with the data version in
     * one statement: ordered by year and indicator code.
     */
    public Answer findAnswer(Integer year) {
        FigureSnapshot snapshot = figures.current(year != null ? year : RequestParameters.FIRST_YEAR,
                year != null ? year : RequestParameters.LAST_YEAR);
        List<TargetView> views = new ArrayList<>();
        for (int y = snapshot.firstYear(); y <= snapshot.lastYear(); y++) {
            int ofYear = y;
            snapshot.targetsOf(y).entrySet().stream()
                    .sorted(Comparator.comparing(entry -> entry.getKey().name()))
                    .forEach(entry -> views.add(new TargetView(entry.getKey(), ofYear, entry.getValue())));
        }
        return Answer.json(json, views, snapshot.version());
    }
}
