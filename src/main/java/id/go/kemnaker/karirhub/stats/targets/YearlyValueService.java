package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.audit.AuditTrail;
import id.go.kemnaker.karirhub.stats.audit.AuditTrails;
import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.figures.FigureRepository;
import id.go.kemnaker.karirhub.stats.figures.FigureSnapshot;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.indicators.Unit;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.problem.ConflictException;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.problem.ItemError;
import id.go.kemnaker.karirhub.stats.problem.ResourceNotFoundException;
import id.go.kemnaker.karirhub.stats.statistics.StatisticsService;

/**
 * The values a planner sets for an indicator and a year: its target, and for the five reported
 * indicators what they reached (the realisation, with the evidence it rests on). Both are set the
 * same way ({@link #set}): the value must fit the indicator's unit, the row is created or
 * changed under the audit trail's write lock with one audit entry, and the same value again
 * records nothing. The realisations of the two computed indicators are the sums of the counts.
 */
@ApplicationScoped
public class YearlyValueService {

    private final YearlyTargetRepository targets;
    private final YearlyRealisationRepository realisations;
    private final DataSource dataSource;
    private final AuditTrails auditTrails;
    private final FigureRepository figures;
    private final StatisticsService statistics;
    private final ObjectMapper json;

    YearlyValueService(YearlyTargetRepository targets, YearlyRealisationRepository realisations, DataSource dataSource,
            AuditTrails auditTrails, FigureRepository figures, StatisticsService statistics, ObjectMapper json) {
        this.targets = targets;
        this.realisations = realisations;
        this.dataSource = dataSource;
        this.auditTrails = auditTrails;
        this.figures = figures;
        this.statistics = statistics;
        this.json = json;
    }

    /** What setting a value did: created (201), or changed or unchanged (200), and the value as now stored. */
    public record SetOutcome<V>(V value, boolean created) {
    }

    /** Sets the target of an indicator for a year; 400 naming {@code target} when it does not fit the unit. */
    @Transactional
    public SetOutcome<TargetView> setTarget(Indicator indicator, int year, BigDecimal target, String actor) {
        return set(Subject.TARGET, indicator, year, target, null, actor, targets.findFor(indicator, year),
                () -> new YearlyTarget(indicator, year), targets::persist, TargetView::of);
    }

    /**
     * Enters or corrects the realisation of a reported indicator, with its evidence (a new note for
     * the same value is recorded too). A computed indicator refuses it (409): its counts are to be
     * corrected instead.
     */
    @Transactional
    public SetOutcome<RealisationView> setRealisation(Indicator indicator, int year, BigDecimal realisation, String evidence,
            String actor) {
        if (indicator.isComputed()) {
            String detail = indicator + " is computed from the KarirHub counts of " + categoriesOf(indicator)
                    + "; correct those counts instead of entering a realisation";
            throw new ConflictException(detail, List.of(new ItemError(indicator + " " + year, detail)));
        }
        return set(Subject.REALISATION, indicator, year, realisation, evidence.strip(), actor,
                realisations.findFor(indicator, year), () -> new YearlyRealisation(indicator, year), realisations::persist,
                RealisationView::of);
    }

    /** The two kinds of value, as the audit trail and the error messages name them. */
    private enum Subject {
        TARGET("target"), REALISATION("realisation");

        final String field;

        Subject(String field) {
            this.field = field;
        }
    }

    /** The one way a yearly value is set: unit rule, create or change, one audit entry, nothing when nothing changes. */
    private <E extends YearlyValue, V> SetOutcome<V> set(Subject subject, Indicator indicator, int year, BigDecimal raw,
            String evidence, String actor, Optional<E> stored, Supplier<E> create, java.util.function.Consumer<E> persist,
            Function<E, V> view) {
        indicator.unit().misfit(raw).ifPresent(reason -> {
            throw new InvalidParameterException(subject.field, reason);
        });
        BigDecimal value = Unit.canonical(raw);
        try (Connection connection = dataSource.getConnection()) {
            AuditTrail audit = auditTrails.begin(connection, actor, "api");
            E row = stored.orElse(null);
            boolean created = row == null;
            if (created) {
                row = create.get();
                row.change(value, evidence);
                persist.accept(row);
                audit.recordIndicatorValue(subject.name(), indicator, year, null, value, evidence);
            } else if (row.value().compareTo(value) != 0 || (evidence != null && !evidence.equals(row.evidence()))) {
                audit.recordIndicatorValue(subject.name(), indicator, year, row.value(), value, evidence);
                row.change(value, evidence);
            }
            return new SetOutcome<>(view.apply(row), created);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the " + subject.field, e);
        }
    }

    /** The realisation of one indicator in one year: as entered, or as counted; 404 when there is none. */
    public RealisationView realisation(Indicator indicator, int year) {
        if (indicator.isComputed()) {
            Long total = switch (indicator) {
                case FACILITATED_WORKERS, SERVICE_USERS -> statistics.indicatorYear(indicator, year).whole().total().value();
                default -> throw new IllegalArgumentException(indicator + " is not computed from counts");
            };
            if (total == null) {
                throw new ResourceNotFoundException("No counts of " + categoriesOf(indicator) + " are stored for " + year
                        + ", so " + indicator + " has no realisation yet");
            }
            return new RealisationView(indicator, year, BigDecimal.valueOf(total), null, indicator.source().code());
        }
        return realisations.findFor(indicator, year).map(RealisationView::of)
                .orElseThrow(() -> new ResourceNotFoundException("No realisation of " + indicator + " is stored for " + year));
    }

    /**
     * The targets of a year (or of every year) as a JSON answer, read with the data version in
     * one statement: ordered by year and indicator code.
     */
    public Answer targetsAnswer(Integer year) {
        FigureSnapshot snapshot = figures.targets(year != null ? year : Period.FIRST_YEAR, year != null ? year : Period.LAST_YEAR);
        List<TargetView> views = new ArrayList<>();
        for (int y = snapshot.firstYear(); y <= snapshot.lastYear(); y++) {
            int ofYear = y;
            snapshot.targetsOf(y).entrySet().stream()
                    .sorted(Comparator.comparing(entry -> entry.getKey().name()))
                    .forEach(entry -> views.add(new TargetView(entry.getKey(), ofYear, entry.getValue())));
        }
        return Answer.json(json, views, snapshot.version());
    }

    private static String categoriesOf(Indicator indicator) {
        return indicator.categories().stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
