package id.go.kemnaker.karirhub.stats.reports;

import static id.go.kemnaker.karirhub.stats.formats.Html.escape;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.go.kemnaker.karirhub.stats.statistics.LatestFigures;
import id.go.kemnaker.karirhub.stats.indicators.Unit;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * The report as a printable HTML page laid out like LAKIP Table 3.1, numbers formatted the
 * Indonesian way (1.040.746; 52,04%). Every value is escaped on the way in.
 */
public final class PerformanceReportHtml {

    /** What is printed for a figure that is missing, as the LAKIP prints a period not reported. */
    static final String MISSING = "-";

    private PerformanceReportHtml() {
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
            .withZone(Period.REPORTING_ZONE);

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
        return page(new Page(report.year(), report.objective(), lines.size(), lines, asOf, report.dataVersion(),
                report.progress() == null ? null : progress));
    }

    /** The page head: print styles for A4 landscape, and the title of Table 3.1. */
    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="id">
            <head>
            <meta charset="UTF-8">
            <title>Pengukuran Indikator Kinerja Pusat Pasar Kerja %1$d</title>
            <style>
              body { font-family: "Times New Roman", Times, serif; font-size: 12pt; margin: 2cm; color: #000; }
              h1 { font-size: 12pt; text-align: center; margin: 0 0 1em; }
              table { border-collapse: collapse; width: 100%%; }
              th, td { border: 1px solid #000; padding: 4pt 6pt; vertical-align: middle; }
              thead th { background: #d9e2f3; text-align: center; }
              tbody th { font-weight: normal; text-align: left; }
              td.figure { text-align: center; white-space: nowrap; }
              p.note { font-size: 10pt; margin-top: 1em; }
              h2 { font-size: 12pt; margin: 1.5em 0 0.5em; }
              @page { size: A4 landscape; margin: 1.5cm; }
              @media print { body { margin: 0; } thead { display: table-header-group; } tr { page-break-inside: avoid; } }
            </style>
            </head>
            <body>
            <h1>Tabel 3.1<br>Pengukuran Indikator Kinerja Pusat Pasar Kerja %1$d</h1>
            """;

    private static String page(Page page) {
        StringBuilder html = new StringBuilder(8_192);
        html.append(HEAD.formatted(page.year()));
        html.append("""
                <table>
                <thead>
                <tr><th rowspan="2" scope="col">Sasaran Kegiatan</th><th rowspan="2" scope="col">Indikator Kinerja Kegiatan</th>\
                <th colspan="3" scope="colgroup">Nilai Capaian IKK</th></tr>
                <tr><th scope="col">Target</th><th scope="col">Realisasi</th><th scope="col">Persen (%)</th></tr>
                </thead>
                <tbody>
                """);
        for (Line line : page.lines()) {
            html.append("<tr data-indicator=\"").append(escape(line.code())).append("\">");
            if (line.first()) {
                html.append("\n<th scope=\"rowgroup\" rowspan=\"").append(page.rowCount()).append("\">")
                        .append(escape(page.objective())).append("</th>");
            }
            html.append("\n<td>").append(escape(line.name())).append("</td>\n");
            figureCell(html, "target", line.target(), line.targetUnit());
            figureCell(html, "realisation", line.realisation(), line.realisationUnit());
            html.append("<td class=\"figure achievement\"><span class=\"value\">").append(escape(line.achievement()))
                    .append("</span></td>\n</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (page.progress() != null) {
            html.append("""
                    <h2>Capaian tahun berjalan sampai dengan periode terakhir yang dilaporkan</h2>
                    <table class="progress">
                    <thead>
                    <tr><th scope="col">Indikator Kinerja Kegiatan</th><th scope="col">Periode terakhir</th>\
                    <th scope="col">Realisasi s.d. periode</th><th scope="col">Target pro rata</th>\
                    <th scope="col">Proyeksi akhir tahun</th><th scope="col">Persen (%)</th></tr>
                    </thead>
                    <tbody>
                    """);
            for (ProgressLine line : page.progress()) {
                html.append("<tr><td>").append(escape(line.name())).append("</td>");
                for (String figure : List.of(line.latestPeriod(), line.yearToDate(), line.proRataTarget(), line.projectedYearEnd(),
                        line.achievement())) {
                    html.append("<td class=\"figure\">").append(escape(figure)).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("""
                    </tbody>
                    </table>
                    <p class="note">Target pro rata = target × minggu laporan berjalan ÷ 48; proyeksi = realisasi s.d. periode ÷ \
                    minggu laporan berjalan × 48 (4 minggu laporan per bulan).</p>
                    """);
        }
        html.append("""
                <p class="note">Persen (capaian) = realisasi ÷ target × 100. Untuk Persentase Penyalahgunaan Data, yang makin kecil \
                makin baik: target 0 tercapai 100% bila realisasi 0; target di atas 0: (2 × target − realisasi) ÷ target × 100, \
                paling kecil 0. Tanda - berarti belum ada angka.</p>
                """);
        html.append("<p class=\"note data-as-of\">Data per ").append(escape(page.dataAsOf())).append(" (versi data ")
                .append(page.dataVersion()).append(").</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void figureCell(StringBuilder html, String kind, String value, String unit) {
        html.append("<td class=\"figure ").append(kind).append("\"><span class=\"value\">").append(escape(value)).append("</span>");
        if (!unit.isEmpty()) {
            html.append(" <span class=\"unit\">").append(escape(unit)).append("</span>");
        }
        html.append("</td>\n");
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
