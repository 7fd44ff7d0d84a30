package id.go.kemnaker.karirhub.stats.series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.audit.DataVersion;
import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.formats.CsvTable;
import id.go.kemnaker.karirhub.stats.formats.Representation;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
import id.go.kemnaker.karirhub.stats.figures.FigureQuery;
import id.go.kemnaker.karirhub.stats.figures.PartRepository;
import id.go.kemnaker.karirhub.stats.figures.FigureRepository;
import id.go.kemnaker.karirhub.stats.figures.FigureSnapshot;
import id.go.kemnaker.karirhub.stats.figures.PeriodValue;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxCsv;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxDimensions;
import id.go.kemnaker.karirhub.stats.statistics.DimensionFilter;
import id.go.kemnaker.karirhub.stats.statistics.LabourMarketStatistics;

/** Builds time series from the stored counts. */
@ApplicationScoped
public class SeriesService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FigureRepository figures;
    private final PartRepository parts;
    private final CodeListDirectory codeLists;
    private final ObjectMapper json;

    SeriesService(FigureRepository figures, PartRepository parts, CodeListDirectory codeLists, ObjectMapper json) {
        this.figures = figures;
        this.parts = parts;
        this.codeLists = codeLists;
        this.json = json;
    }

    /** The figures of the request's area in the years: the whole's, or the parts {@code filter} names (one place). */
    private FigureSnapshot read(SeriesRequest request, DimensionFilter filter, int firstYear, int lastYear) {
        if (filter.isEmpty()) {
            return figures.read(FigureQuery.of(request.area(), firstYear, lastYear, request.asOf()).on(request.basis())).combined();
        }
        return parts.filtered(allCategories(request.subjects()), firstYear, lastYear, DimensionFilter.place(request.area()),
                request.asOf(), request.basis(), filter.leaves(codeLists));
    }

    /**
     * The series rendered: JSON, or CSV with one row per series and period
     * ({@code series,period,start,end,value,complete}), named after what it holds.
     */
    Answer answer(SeriesRequest request, DimensionFilter filter, Representation representation, boolean excel) {
        Built built = series(request, filter);
        SeriesAnswer answer = built.answer();
        if (representation == Representation.JSON) {
            return Answer.json(json, answer, built.version(), built.latest());
        }
        if (representation == Representation.SDMX_CSV) {
            SdmxCsv message = new SdmxCsv(request.area().national() ? null : String.join(",", request.area().regions()),
                    SdmxDimensions.codes(filter.codes()));
            answer.series().forEach(s -> s.points().forEach(p -> message.series(s.id(), Period.of(p.period()).orElseThrow(),
                    p.value(), p.complete(), p.status() != null)));
            return new Answer(message.render(excel), built.version(), fileName(request, answer, filter).replace(".csv", ".sdmx.csv"),
                    built.latest());
        }
        CsvTable table = new CsvTable(List.of("series", "period", "start", "end", "value", "complete"));
        for (SeriesAnswer.Series series : answer.series()) {
            for (SeriesAnswer.Point point : series.points()) {
                table.row(series.id(), point.period(), point.start(), point.end(), point.value(), point.complete());
            }
        }
        return new Answer(table.render(excel), built.version(), fileName(request, answer, filter), built.latest());
    }

    /** karirhub-facilitated-workers-2021-01_2021-12-month-cumulative.csv; "none" is left out; a filter adds its codes. */
    private static String fileName(SeriesRequest request, SeriesAnswer answer, DimensionFilter filter) {
        String subjects = request.subjects().stream().map(s -> s.id().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining("_"));
        String periods = answer.from() == null ? "last-" + request.last()
                : answer.from().equals(answer.to()) ? answer.from() : answer.from() + "_" + answer.to();
        String transform = request.transform() == Transform.NONE ? "" : "-" + request.transform().id();
        return "karirhub-" + subjects + "-" + periods + "-" + request.interval().id() + transform + filter.fileSuffix() + ".csv";
    }

    /** A series answer, the data version it reflects and the latest one at the time of the read. */
    record Built(SeriesAnswer answer, DataVersion version, DataVersion latest) {
    }

    Built series(SeriesRequest request, DimensionFilter filter) {
        FigureSnapshot snapshot;
        Period first;
        Period last;
        if (request.last() == null) {
            first = Period.containing(request.interval(), request.from().start());
            last = Period.containing(request.interval(), request.to().end());
            // The year before the first is read too: change and year-over-year look back at it.
            snapshot = read(request, filter, Math.max(Period.FIRST_YEAR, first.year() - 1), last.year());
        } else {
            snapshot = read(request, filter, Period.FIRST_YEAR, Period.LAST_YEAR);
            Optional<Period> latest = snapshot.latestReported(allCategories(request.subjects()), null);
            if (latest.isEmpty()) {
                List<SeriesAnswer.Series> empty = request.subjects().stream()
                        .map(subject -> new SeriesAnswer.Series(subject.id(), subject.name(), sorted(subject.categories()), List.of()))
                        .toList();
                return new Built(new SeriesAnswer(request.interval().id(), request.transform().id(), null, null, snapshot.region(),
                        snapshot.version().id(), empty), snapshot.version(), snapshot.latest());
            }
            last = Period.containing(request.interval(), latest.get().end());
            first = last.plus(1 - request.last());
            Period earliest = Period.containing(request.interval(), Period.year(Period.FIRST_YEAR).start());
            if (first.compareTo(earliest) < 0) {
                first = earliest;
            }
        }
        List<Period> periods = new ArrayList<>();
        for (Period period = first; period.compareTo(last) <= 0; period = period.plus(1)) {
            periods.add(period);
        }
        List<SeriesAnswer.Series> series = new ArrayList<>();
        for (SeriesRequest.Subject subject : request.subjects()) {
            List<SeriesAnswer.Point> points = periods.stream()
                    .map(period -> subject.ratio() != null
                            ? ratioPoint(snapshot, subject.ratio(), period, request.transform())
                            : point(snapshot, subject.categories(), period, request.transform()))
                    .toList();
            series.add(new SeriesAnswer.Series(subject.id(), subject.name(), sorted(subject.categories()), points));
        }
        return new Built(new SeriesAnswer(request.interval().id(), request.transform().id(), first.id(), last.id(), snapshot.region(),
                snapshot.version().id(), series), snapshot.version(), snapshot.latest());
    }

    private static SeriesAnswer.Point point(FigureSnapshot snapshot, Set<Category> categories, Period period, Transform transform) {
        PeriodValue result = switch (transform) {
            case NONE -> snapshot.value(categories, period);
            case CUMULATIVE -> snapshot.yearToDate(categories, period);
            case CHANGE -> difference(snapshot.value(categories, period), snapshot.value(categories, period.plus(-1)));
            case PERCENT_CHANGE, YEAR_OVER_YEAR -> null;
        };
        if (result != null) {
            return new SeriesAnswer.Point(period.id(), period.start(), period.end(), result.value(), result.complete(),
                    result.status());
        }
        PeriodValue current = snapshot.value(categories, period);
        PeriodValue earlier = snapshot.value(categories, transform == Transform.PERCENT_CHANGE ? period.plus(-1) : period.yearEarlier());
        return new SeriesAnswer.Point(period.id(), period.start(), period.end(), percentChange(current, earlier),
                current.complete() && earlier.complete(), current.provisional() || earlier.provisional() ? "provisional" : null);
    }

    /**
     * A point of a ratio series: the ratio of the period's sums (HALF_UP, 2 decimals), or its
     * change against the previous period or the same period a year earlier. Cumulative is
     * refused when the request is parsed.
     */
    private static SeriesAnswer.Point ratioPoint(FigureSnapshot snapshot, Ratio ratio, Period period, Transform transform) {
        RatioValue current = ratio(snapshot, ratio, period);
        if (transform == Transform.NONE) {
            return new SeriesAnswer.Point(period.id(), period.start(), period.end(), current.value(), current.complete());
        }
        RatioValue earlier = ratio(snapshot, ratio, transform == Transform.YEAR_OVER_YEAR ? period.yearEarlier() : period.plus(-1));
        BigDecimal value = null;
        if (current.value() != null && earlier.value() != null) {
            BigDecimal change = current.value().subtract(earlier.value());
            value = transform == Transform.CHANGE ? change
                    : earlier.value().signum() == 0 ? null : change.multiply(HUNDRED).divide(earlier.value(), 2, RoundingMode.HALF_UP);
        }
        return new SeriesAnswer.Point(period.id(), period.start(), period.end(), value, current.complete() && earlier.complete());
    }

    private record RatioValue(BigDecimal value, boolean complete) {
    }

    private static RatioValue ratio(FigureSnapshot snapshot, Ratio ratio, Period period) {
        PeriodValue numerator = snapshot.value(Set.of(ratio.numerator()), period);
        PeriodValue denominator = snapshot.value(Set.of(ratio.denominator()), period);
        return new RatioValue(LabourMarketStatistics.per100(numerator.value(), denominator.value()),
                numerator.complete() && denominator.complete());
    }

    private static PeriodValue difference(PeriodValue current, PeriodValue earlier) {
        Long change = current.value() == null || earlier.value() == null ? null : current.value() - earlier.value();
        return new PeriodValue(change, current.complete() && earlier.complete(), current.provisional() || earlier.provisional());
    }

    /** (current − earlier) ÷ earlier × 100, HALF_UP to 2 decimals; null when either is unknown or earlier is 0. */
    static BigDecimal percentChange(PeriodValue current, PeriodValue earlier) {
        if (current.value() == null || earlier.value() == null || earlier.value() == 0) {
            return null;
        }
        return BigDecimal.valueOf(current.value() - earlier.value()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(earlier.value()), 2, RoundingMode.HALF_UP);
    }

    private static Set<Category> allCategories(Collection<SeriesRequest.Subject> subjects) {
        Set<Category> all = EnumSet.noneOf(Category.class);
        subjects.forEach(subject -> all.addAll(subject.categories()));
        return all;
    }

    private static List<Category> sorted(Set<Category> categories) {
        return categories.stream().sorted().toList();
    }
}
