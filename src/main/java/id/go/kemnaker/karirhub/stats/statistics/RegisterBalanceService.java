package id.go.kemnaker.karirhub.stats.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Register;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.figures.FigureSnapshot;
import id.go.kemnaker.karirhub.stats.figures.PeriodValue;
import id.go.kemnaker.karirhub.stats.figures.Versioned;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

/**
 * A register's balance ({@link RegisterBalance}) from one read of the year and the year before it
 * (January opens with December's closing), every month's figures added up by
 * {@link FigureSnapshot#value}: flows over their weeks, the stock as the month's own.
 */
@ApplicationScoped
public class RegisterBalanceService {

    /** Whose balance: a register in a year, nationally or in regions added up, of the parts a filter names (or the whole). */
    public record Scope(Register register, int year, Area area, DimensionFilter filter) {

        /** The part of a request key that names the scope. */
        String key() {
            return "registerId=" + register.id() + "&year=" + year + (area.national() ? "" : "&region=" + String.join(",", area.regions()))
                    + filter.key();
        }
    }

    private final StatisticsService statistics;
    private final StatisticsRequests requests;

    RegisterBalanceService(StatisticsService statistics, StatisticsRequests requests) {
        this.statistics = statistics;
        this.requests = requests;
    }

    /** The request's parameters as a scope, or a 400 naming the first bad one. */
    public Scope scope(String register, String year, String region, DimensionFilter filter) {
        if (register == null || register.isBlank()) {
            throw new InvalidParameterException("registerId", "is required: one of " + Register.ids());
        }
        Register named = Register.byId(register);
        if (named == null) {
            throw new InvalidParameterException("registerId", "must be one of " + Register.ids() + ", got '"
                    + ClientText.abbreviate(register) + "'");
        }
        int y = RequestParameters.requiredYear(year);
        Area area = requests.area(region, Period.year(y));
        if (!filter.isEmpty()) {
            DimensionFilter.place(area);
        }
        return new Scope(named, y, area, filter);
    }

    public Versioned<RegisterBalance> balance(Scope scope) {
        Register register = scope.register();
        int first = Math.max(Period.FIRST_YEAR, scope.year() - 1);
        FigureSnapshot snapshot = statistics.read(Set.of(register.registered(), register.taken(), register.removed(),
                register.remaining()), scope.area(), first, scope.year(), null, Basis.OFFICIAL, scope.filter());
        List<RegisterBalance.Month> months = new ArrayList<>();
        Long closing = null; // the closing of the month before
        boolean closingReported = false;
        for (int year = first; year <= scope.year(); year++) {
            for (int month = 1; month <= 12; month++) {
                Period period = Period.month(year, month);
                PeriodValue registered = snapshot.value(Set.of(register.registered()), period);
                PeriodValue taken = snapshot.value(Set.of(register.taken()), period);
                PeriodValue removed = snapshot.value(Set.of(register.removed()), period);
                PeriodValue remaining = snapshot.value(Set.of(register.remaining()), period);
                Long opening = closing;
                Long computed = opening == null || registered.value() == null || taken.value() == null || removed.value() == null
                        ? null : opening + registered.value() - taken.value() - removed.value();
                Long reported = remaining.value();
                // checked only where every part was reported: the opening too (the previous month's stock)
                Long difference = reported != null && computed != null && closingReported ? reported - computed : null;
                if (year == scope.year()) {
                    months.add(new RegisterBalance.Month(month, period.id(), opening, registered.value(), taken.value(),
                            removed.value(), reported != null ? reported : computed,
                            reported != null ? RegisterBalance.ClosingFrom.reported
                                    : computed != null ? RegisterBalance.ClosingFrom.computed : null,
                            difference == null ? null : difference == 0, difference,
                            complete(registered, taken, removed, remaining), register.takenName()));
                }
                closing = reported != null ? reported : computed;
                closingReported = reported != null;
            }
        }
        String region = scope.area().national() ? null : String.join(",", scope.area().regions());
        return Versioned.of(RegisterBalance.of(register, scope.year(), region, months, snapshot.version().id()), snapshot);
    }

    private static boolean complete(PeriodValue... values) {
        for (PeriodValue value : values) {
            if (!value.complete()) {
                return false;
            }
        }
        return true;
    }

}
