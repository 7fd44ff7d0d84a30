package id.go.kemnaker.karirhub.stats.series;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;

/**
 * A series request, parsed and checked: which series, over which periods, transformed how.
 * Either {@code from} (and {@code to}, which defaults to {@code from}) or {@code last}.
 */
record SeriesRequest(List<Subject> subjects, Interval interval, Transform transform, Period from, Period to, Integer last,
        Area area, Instant asOf, Basis basis) {

    static final int MAX_LAST = 4800;
    /**
     * The most values (series × periods) one answer holds: 10,000 is a weekly series of every
     * category over 40 years, about a megabyte of JSON. More would let one request (and a few
     * hundred distinct ones) hold the heap; a client wanting more asks in parts.
     */
    static final int MAX_VALUES = 10_000;

    /**
     * One series asked for: an indicator or a category, and the categories it adds up; or a
     * ratio of two sums (then {@code ratio} is set and {@code categories} holds both sides).
     */
    record Subject(String id, String name, Set<Category> categories, Ratio ratio) {

        Subject(String id, String name, Set<Category> categories) {
            this(id, name, categories, null);
        }
    }

    static SeriesRequest parse(String indicators, String categories, String from, String to, String last, String interval,
            String transform, Area area, String asOf, String basis) {
        List<Subject> subjects = new ArrayList<>();
        for (String code : codes(indicators)) {
            Ratio ratio = Ratio.named(code);
            if (ratio != null) {
                subjects.add(new Subject(ratio.name(), ratio.nameEn(), ratio.categories(), ratio));
                continue;
            }
            Indicator indicator;
            try {
                indicator = RequestParameters.computedIndicator("indicator", code);
            } catch (InvalidParameterException e) {
                throw new InvalidParameterException("indicator", e.reason() + "; or a ratio: " + Ratio.codes());
            }
            subjects.add(new Subject(indicator.name(), indicator.nameEn(), indicator.categories()));
        }
        for (String code : codes(categories)) {
            Category category = RequestParameters.requiredCategory(code);
            subjects.add(new Subject(category.name(), category.labelEn(), Set.of(category)));
        }
        if (subjects.isEmpty()) {
            throw new InvalidParameterException("indicator", "is required unless category is given (one or several, comma separated)");
        }
        if (subjects.stream().map(Subject::id).collect(Collectors.toSet()).size() < subjects.size()) {
            throw new InvalidParameterException("indicator", "names a series twice");
        }
        Interval length = interval == null || interval.isBlank() ? Interval.MONTH : RequestParameters.interval("interval", interval);
        Integer count = RequestParameters.optionalInteger("last", last, 1, MAX_LAST);
        boolean range = (from != null && !from.isBlank()) || (to != null && !to.isBlank());
        if (count != null && range) {
            throw new InvalidParameterException("last", "cannot be combined with from or to");
        }
        if (count == null && (from == null || from.isBlank())) {
            throw new InvalidParameterException("from", "is required unless last is given (a period such as 2021, 2021-Q3, "
                    + "2021-10 or 2021-10-W3)");
        }
        Period first = count == null ? RequestParameters.period("from", from) : null;
        Period end = count == null ? (to == null || to.isBlank() ? first : RequestParameters.period("to", to)) : null;
        if (first != null && end.end().isBefore(first.start())) {
            throw new InvalidParameterException("to", "must not be before from (" + first.id() + ")");
        }
        long periods = count != null ? count : (long) (end.year() - first.year() + 1) * length.perYear();
        if (periods * subjects.size() > MAX_VALUES) {
            throw new InvalidParameterException(count != null ? "last" : "to", "asks for up to " + periods * subjects.size()
                    + " values (" + subjects.size() + " series × " + periods + " " + length.id() + "s); one answer holds at most "
                    + MAX_VALUES + ": ask for a shorter span, a longer interval or fewer series, in parts if need be");
        }
        Transform shown = Transform.parse(transform);
        if (shown == Transform.CUMULATIVE) {
            subjects.stream().filter(subject -> subject.ratio() != null).findFirst().ifPresent(subject -> {
                throw new InvalidParameterException("transform", "cumulative makes no sense for the ratio " + subject.id()
                        + ": ratios do not add up over a year; ask for none (each period's ratio of its sums), change, "
                        + "percent-change or year-over-year");
            });
            subjects.stream().filter(subject -> subject.categories().stream().anyMatch(Category::isStock)).findFirst()
                    .ifPresent(subject -> {
                        throw new InvalidParameterException("transform", "cumulative makes no sense for " + subject.id()
                                + ": it is a stock, what remains at the end of a month, and stocks do not add up over time "
                                + "(a quarter's or a year's is its last month's); ask for none, change, percent-change or "
                                + "year-over-year");
                    });
        }
        return new SeriesRequest(List.copyOf(subjects), length, shown, first, end, count, area,
                RequestParameters.optionalInstant("asOf", asOf), Basis.parse(basis));
    }

    /** A canonical form of the request, for the cache key and the ETag. */
    String key() {
        return "series?series=" + subjects.stream().map(Subject::id).collect(Collectors.joining(",")) + "&interval=" + interval.id()
                + "&transform=" + transform.id() + (last != null ? "&last=" + last : "&from=" + from.id() + "&to=" + to.id())
                + (area.national() ? "" : "&region=" + String.join(",", area.regions())) + (asOf == null ? "" : "&asOf=" + asOf)
                + (basis == Basis.BEST ? "" : "&basis=" + basis.id());
    }

    /** Whether the answer shows live figures: current figures, not the official ones alone. */
    boolean showsLive() {
        return basis != Basis.OFFICIAL && asOf == null;
    }

    private static Set<String> codes(String raw) {
        Set<String> codes = new LinkedHashSet<>();
        if (raw != null) {
            for (String code : raw.split(",")) {
                if (!code.isBlank()) {
                    codes.add(code.trim());
                }
            }
        }
        return codes;
    }
}
