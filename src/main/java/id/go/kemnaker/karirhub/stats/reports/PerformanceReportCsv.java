package id.go.kemnaker.karirhub.stats.reports;

import java.util.List;

import id.go.kemnaker.karirhub.stats.formats.CsvTable;

/** The report as a CSV file: a row per indicator, the columns of the JSON rows, empty cells for missing figures. */
public final class PerformanceReportCsv {

    static final List<String> HEADER = List.of("year", "indicator", "name", "unit", "target", "realisation", "achievementPercent");

    private PerformanceReportCsv() {
    }

    /** {@code excel}: the dialect for Excel in an Indonesian locale (BOM, {@code ;}, decimal comma); see {@link CsvTable}. */
    public static byte[] render(PerformanceReport report, boolean excel) {
        CsvTable table = new CsvTable(HEADER);
        for (PerformanceReport.Row row : report.rows()) {
            table.row(report.year(), row.indicator().name(), row.name(), row.unit(), row.target(), row.realisation(),
                    row.achievementPercent());
        }
        return table.render(excel);
    }

    /** The name a download of the report is saved under. */
    public static String fileName(int year) {
        return "karirhub-performance-report-" + year + ".csv";
    }
}
