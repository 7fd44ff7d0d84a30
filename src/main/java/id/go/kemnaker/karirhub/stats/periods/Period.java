package id.go.kemnaker.karirhub.stats.periods;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A reporting period: a year ({@code 2021}), a quarter ({@code 2021-Q3}), a month
 * ({@code 2021-10}) or a reporting week of a month ({@code 2021-10-W3}). Reporting weeks are the
 * LAKIP's Minggu I-IV, not ISO weeks: days 1-7, 8-14, 15-21 and 22 to the end of the month.
 *
 * @param index 1-based position in the year: week 1-48, month 1-12, quarter 1-4, year 1
 */
public record Period(Interval interval, int year, int index) implements Comparable<Period> {

    /** The years the service keeps (a CHECK of every table with a year says the same). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    /** Pusat Pasar Kerja reports in Western Indonesian Time: days, and a year in progress, are Jakarta's. */
    public static final ZoneId REPORTING_ZONE = ZoneId.of("Asia/Jakarta");

    /** Reporting weeks of a month: Minggu I-IV. */
    public static final int WEEKS_PER_MONTH = 4;
    /** Days of a reporting week but the last, which runs to the end of the month. */
    public static final int DAYS_PER_WEEK = 7;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(\\d{2})(?:-W([1-4]))?)?");

    public Period {
        if (index < 1 || index > interval.perYear()) {
            throw new IllegalArgumentException(interval + " " + index + " does not exist");
        }
    }

    public static Period week(int year, int month, int week) {
        return new Period(Interval.WEEK, year, (month - 1) * WEEKS_PER_MONTH + week);
    }

    public static Period month(int year, int month) {
        return new Period(Interval.MONTH, year, month);
    }

    public static Period year(int year) {
        return new Period(Interval.YEAR, year, 1);
    }

    /**
     * The period an id names ({@code 2021}, {@code 2021-Q3}, {@code 2021-10}, {@code 2021-10-W3}) in
     * the years kept, or empty when it names none.
     */
    public static Optional<Period> of(String id) {
        Matcher match = FORMAT.matcher(id.trim());
        if (!match.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(match.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        if (match.group(2) != null) {
            return Optional.of(new Period(Interval.QUARTER, year, Integer.parseInt(match.group(2))));
        }
        if (match.group(3) == null) {
            return Optional.of(year(year));
        }
        int month = Integer.parseInt(match.group(3));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(match.group(4) == null ? month(year, month) : week(year, month, Integer.parseInt(match.group(4))));
    }

    /** The period of {@code interval} that holds {@code date}. */
    public static Period containing(Interval interval, LocalDate date) {
        int month = date.getMonthValue();
        return switch (interval) {
            case WEEK -> week(date.getYear(), month, Math.min(WEEKS_PER_MONTH, (date.getDayOfMonth() - 1) / DAYS_PER_WEEK + 1));
            case MONTH -> month(date.getYear(), month);
            case QUARTER -> new Period(Interval.QUARTER, date.getYear(), (month - 1) / 3 + 1);
            case YEAR -> year(date.getYear());
        };
    }

    /** The id used in URLs and answers: 2021, 2021-Q3, 2021-10 or 2021-10-W3. */
    public String id() {
        return switch (interval) {
            case WEEK -> String.format("%d-%02d-W%d", year, month(), weekOfMonth());
            case MONTH -> String.format("%d-%02d", year, index);
            case QUARTER -> year + "-Q" + index;
            case YEAR -> Integer.toString(year);
        };
    }

    /** The first month the period covers. */
    public int month() {
        return switch (interval) {
            case WEEK -> (index - 1) / WEEKS_PER_MONTH + 1;
            case MONTH -> index;
            case QUARTER -> (index - 1) * 3 + 1;
            case YEAR -> 1;
        };
    }

    /** The last month the period covers. */
    public int lastMonth() {
        return switch (interval) {
            case WEEK, MONTH -> month();
            case QUARTER -> index * 3;
            case YEAR -> 12;
        };
    }

    /** For a week, its reporting week in the month (1-4). */
    public int weekOfMonth() {
        if (interval != Interval.WEEK) {
            throw new IllegalStateException(id() + " is not a week");
        }
        return (index - 1) % 4 + 1;
    }

    public LocalDate start() {
        int day = interval == Interval.WEEK ? (weekOfMonth() - 1) * DAYS_PER_WEEK + 1 : 1;
        return LocalDate.of(year, month(), day);
    }

    public LocalDate end() {
        if (interval == Interval.WEEK && weekOfMonth() < WEEKS_PER_MONTH) {
            return LocalDate.of(year, month(), weekOfMonth() * DAYS_PER_WEEK);
        }
        return YearMonth.of(year, lastMonth()).atEndOfMonth();
    }

    /** Reporting weeks of the year up to the end of this period: 48 for a whole year. */
    public int weeksElapsed() {
        return interval == Interval.WEEK ? index : lastMonth() * WEEKS_PER_MONTH;
    }

    /** The period {@code n} periods later (earlier for negative n), across year ends. */
    public Period plus(int n) {
        int ordinal = year * interval.perYear() + (index - 1) + n;
        return new Period(interval, Math.floorDiv(ordinal, interval.perYear()), Math.floorMod(ordinal, interval.perYear()) + 1);
    }

    /** The same period a year earlier. */
    public Period yearEarlier() {
        return new Period(interval, year - 1, index);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : other.end().compareTo(end());
    }

    @Override
    public String toString() {
        return id();
    }
}
