package id.go.kemnaker.karirhub.stats.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.go.kemnaker.karirhub.stats.statistics.LatestFigures;
import id.go.kemnaker.karirhub.stats.targets.Unit;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The report as a printable HTML page laid out like LAKIP Table 3.1, numbers formatted the
 * Indonesian way (1.040.746; 52,04%). The template is {@code templates/reports/performance.html};
 * Qute escapes every value.
 */
public final class PerformanceReportHtml {

    /** What is printed for a figure that is missing, as the LAKIP prints a period not reported. */
    static final String MISSING = "-";

    private PerformanceReportHtml() {
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance performance(Page page);
    }

    /** The page's figures, already formatted. */
    record Page(int year, String objective, int rowCount, List<Line> lines, String dataAsOf, long dataVersion,
            List<ProgressLine> progress) {
    }

    /** In-year progress of a computed indicator, formatted. */
    record ProgressLine(String name, String latestPeriod, String yearToDate, String proRataTarget, String projectedYearEnd,
            String achievement) {
    }

    private static final DateTimeFormatter DATA_AS_OF = DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH.mm.ss 'WIB'", Locale.forLanguageTag("id"))
            .withZone(PerformanceReportService.REPORTING_ZONE);

    /** One row of the table; a unit label follows its figure, as in "2.000.000 Orang", and is empty after a missing one. */
    record Line(String code, String name, String target, String targetUnit, String realisation, String realisationUnit,
            String achievement, boolean first) {
    }

    public static String render(PerformanceReport report) {
        List<Line> lines = new ArrayList<>(report.rows().size());
        for (PerformanceReport.Row row : report.rows()) {
            Unit unit = row.indicator().unit();
            String achievement = row.achievementPercent() == null ? MISSING : IndonesianNumbers.percent(row.achievementPercent());
            lines.add(new Line(row.indicator().name(), row.name(), figure(row.target(), unit), unitLabel(row.target(), unit),
                    figure(row.realisation(), unit), unitLabel(row.realisation(), unit), achievement, lines.isEmpty()));
        }
        List<ProgressLine> progress = new ArrayList<>();
        if (report.progress() != null) {
            for (LatestFigures figures : report.progress()) {
                progress.add(new ProgressLine(figures.indicator().nameId(), orMissing(figures.latestPeriod()),
                        count(figures.yearToDate()), count(figures.proRataTarget()), count(figures.projectedYearEnd()),
                        figures.achievementPercent() == null ? MISSING : IndonesianNumbers.percent(figures.achievementPercent())));
            }
        }
        String asOf = report.dataAsOf() == null ? MISSING : DATA_AS_OF.format(Instant.parse(report.dataAsOf()));
        return Templates.performance(new Page(report.year(), report.objective(), lines.size(), lines, asOf, report.dataVersion(),
                report.progress() == null ? null : progress)).render();
    }

    private static String count(Long value) {
        return value == null ? MISSING : IndonesianNumbers.value(BigDecimal.valueOf(value));
    }

    private static String orMissing(String text) {
        return text == null ? MISSING : text;
    }

    private static String figure(BigDecimal value, Unit unit) {
        if (value == null) {
            return MISSING;
        }
        return IndonesianNumbers.value(value) + (unit == Unit.PERCENT ? "%" : "");
    }

    /** The word Table 3.1 prints after a figure: Orang, Pengguna; nothing after an index, a percentage or a count of reports. */
    private static String unitLabel(BigDecimal value, Unit unit) {
        if (value == null) {
            return "";
        }
        return switch (unit) {
            case PERSONS -> "Orang";
            case USERS -> "Pengguna";
            case INDEX, PERCENT, REPORTS -> "";
        };
    }
}
