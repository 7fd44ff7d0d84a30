package id.go.kemnaker.karirhub.stats.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
    record Page(int year, String objective, int rowCount, List<Line> lines) {
    }

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
        return Templates.performance(new Page(report.year(), report.objective(), lines.size(), lines)).render();
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
