package id.go.kemnaker.karirhub.stats.sdmx;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.figures.PeriodValue;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.formats.CsvTable;

/**
 * Writes observations as an SDMX-CSV 2.0.0 data message: one header row, then one row per
 * observation of the dataflow {@link SdmxStructure#DATAFLOW}, with the columns STRUCTURE,
 * STRUCTURE_ID, ACTION (always I, information), the dimensions FREQ, REF_AREA, INDICATOR,
 * CATEGORY, SEX, AGE, EDU, OCU, TIME_PERIOD, the measure OBS_VALUE and the attributes OBS_STATUS
 * and COMPLETE. SEX, AGE, EDU and OCU are {@code _T} (the total over the dimension) unless the
 * observation is of a part ({@link SdmxDimensions}); a part of the whole that no code accounts for
 * (unallocated) has {@code _U} along the dimensions it was broken down by.
 *
 * <p>A period nobody reported has an empty OBS_VALUE and OBS_STATUS {@code M}; one whose value holds
 * a live figure (from events, not reported yet) OBS_STATUS {@code P}, provisional. A reporting week is
 * not an ISO week, so its TIME_PERIOD is an SDMX time range: its first day and its length in
 * days ({@code 2021-10-15/P7D}; the fourth week runs to the end of the month, {@code P7D} to
 * {@code P10D}). REF_AREA is {@code ID} for national figures, else the Kemendagri code of the
 * province or regency ({@code 32}, {@code 32.73}).
 */
public final class SdmxCsv {

    /** The header row: the dimensions, the measure and the attributes in the order of the DSD. */
    public static final List<String> HEADER = List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "FREQ", "REF_AREA", "INDICATOR",
            "CATEGORY", "SEX", "AGE", "EDU", "OCU", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "COMPLETE");

    /** One observation; {@code value} null when nothing was reported; {@code parts} the codes of SEX, AGE, EDU and OCU. */
    private record Observation(Period period, String indicator, String category, List<String> parts, Number value,
            boolean complete, boolean provisional) {

        Observation(Period period, String indicator, String category, Number value, boolean complete, boolean provisional) {
            this(period, indicator, category, null, value, complete, provisional);
        }
    }

    private final List<Observation> observations = new ArrayList<>();
    private final String refArea;
    private final List<String> parts;

    /** A message about national figures (REF_AREA {@code ID}). */
    public SdmxCsv() {
        this(null);
    }

    /** A message about the figures of {@code region} (a Kemendagri code), or national ones when it is null. */
    public SdmxCsv(String region) {
        this(region, SdmxDimensions.TOTALS);
    }

    /**
     * A message about the figures of {@code region} (null: national) of the parts {@code parts}
     * names: the codes of SEX, AGE, EDU and OCU in that order ({@link SdmxDimensions#codes}), {@code _T}
     * for a dimension not filtered on.
     */
    public SdmxCsv(String region, List<String> parts) {
        this.refArea = region == null ? SdmxStructure.NATIONAL : region;
        this.parts = List.copyOf(parts);
    }

    /**
     * Adds an observation of a category's part (CATEGORY the category, INDICATOR {@code _Z}):
     * {@code parts} the codes of SEX, AGE, EDU and OCU, as {@link SdmxDimensions#codes} gives them.
     */
    public SdmxCsv part(Category category, Period period, List<String> parts, Long value, boolean complete, boolean provisional) {
        observations.add(new Observation(period, SdmxStructure.NOT_APPLICABLE, category.name(), List.copyOf(parts), value,
                complete, provisional));
        return this;
    }

    /**
     * Adds an observation of a ratio per 100 of parts (INDICATOR the ratio, CATEGORY {@code _Z}, the
     * value with its decimals): {@code parts} the codes of SEX, AGE, EDU and OCU.
     */
    public SdmxCsv ratio(String ratio, Period period, List<String> parts, BigDecimal value, boolean complete,
            boolean provisional) {
        observations.add(new Observation(period, ratio, SdmxStructure.NOT_APPLICABLE, List.copyOf(parts), value, complete,
                provisional));
        return this;
    }

    /** Adds an observation of an indicator over all the categories it adds up (CATEGORY {@code _T}). */
    public SdmxCsv indicator(Indicator indicator, Period period, PeriodValue value) {
        observations.add(new Observation(period, indicator.name(), SdmxStructure.TOTAL, value.value(), value.complete(),
                value.provisional()));
        return this;
    }

    /** Adds an observation of one category of an indicator (the service users who are employers). */
    public SdmxCsv indicatorCategory(Indicator indicator, Category category, Period period, PeriodValue value) {
        observations.add(new Observation(period, indicator.name(), category.name(), value.value(), value.complete(),
                value.provisional()));
        return this;
    }

    /** Adds an observation of a category's counts outside any indicator (INDICATOR {@code _Z}). */
    public SdmxCsv category(Category category, Period period, PeriodValue value) {
        observations.add(new Observation(period, SdmxStructure.NOT_APPLICABLE, category.name(), value.value(), value.complete(),
                value.provisional()));
        return this;
    }

    /**
     * Adds a point of a series: an indicator (over its categories, CATEGORY {@code _T}), a
     * category (INDICATOR {@code _Z}) or a ratio such as the vacancies per 100 job seekers
     * (INDICATOR the ratio, CATEGORY {@code _Z}, the value with its decimals), as the series id says.
     */
    public SdmxCsv series(String id, Period period, Number value, boolean complete, boolean provisional) {
        if (Arrays.stream(Indicator.values()).anyMatch(i -> i.name().equals(id))) {
            observations.add(new Observation(period, id, SdmxStructure.TOTAL, whole(value), complete, provisional));
        } else if (Arrays.stream(Category.values()).anyMatch(c -> c.name().equals(id))) {
            observations.add(new Observation(period, SdmxStructure.NOT_APPLICABLE, id, whole(value), complete, provisional));
        } else {
            observations.add(new Observation(period, id, SdmxStructure.NOT_APPLICABLE, value, complete, provisional));
        }
        return this;
    }

    private static Long whole(Number value) {
        return value == null ? null : value.longValue();
    }

    /** The message's bytes; {@code excel} writes {@code ;} between fields (allowed by SDMX-CSV 2.0) and a BOM. */
    public byte[] render(boolean excel) {
        CsvTable table = new CsvTable(HEADER);
        for (Observation o : observations) {
            List<String> codes = o.parts() == null ? parts : o.parts();
            table.row("dataflow", SdmxStructure.DATAFLOW, "I", frequency(o.period().interval()), refArea,
                    o.indicator(), o.category(), codes.get(0), codes.get(1), codes.get(2), codes.get(3), timePeriod(o.period()),
                    o.value(), o.value() == null ? "M" : o.provisional() ? "P" : "A", o.complete());
        }
        return table.render(excel);
    }

    /** SDMX CL_FREQ: A, Q, M, W (a reporting week, 7 to 10 days). */
    public static String frequency(Interval interval) {
        return switch (interval) {
            case YEAR -> "A";
            case QUARTER -> "Q";
            case MONTH -> "M";
            case WEEK -> "W";
        };
    }

    /** SDMX time formats: 2021, 2021-Q4, 2021-10; a reporting week as a time range, 2021-10-22/P10D. */
    public static String timePeriod(Period period) {
        if (period.interval() != Interval.WEEK) {
            return period.id();
        }
        long days = ChronoUnit.DAYS.between(period.start(), period.end()) + 1;
        return period.start() + "/P" + days + "D";
    }
}
