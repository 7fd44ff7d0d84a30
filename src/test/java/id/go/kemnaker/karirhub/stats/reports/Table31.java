package id.go.kemnaker.karirhub.stats.reports;

import java.util.List;

/**
 * LAKIP 2021 Table 3.1 "Pengukuran Indikator Kinerja Pusat Pasar Kerja 2021", transcribed from
 * the report (seed line 206 onwards), not from the migrations. The printed cells are as the
 * LAKIP prints them, with the decimal comma of Indonesian typesetting (the PDF's 52.04% is
 * 52,04%) and the unit words Orang and Pengguna after the counts.
 */
final class Table31 {

    static final int YEAR = 2021;
    static final String OBJECTIVE = "Meningkatnya Pelayanan Pasar Kerja";

    /**
     * One row. {@code target}, {@code realisation} and {@code percent} as JSON writes them;
     * {@code printed*} as the HTML page shows them; {@code unitWord} follows the printed figures.
     */
    record Row(String code, String name, String unit, String target, String realisation, String percent,
            String printedTarget, String printedRealisation, String printedPercent, String unitWord) {
    }

    static final List<Row> ROWS = List.of(
            new Row("DATA_UTILITY_INDEX",
                    "Indeks Kemanfaatan Data dan Informasi persediaan dan permintaan tenaga kerja secara real time",
                    "index", "50", "50", "100.00", "50", "50", "100%", ""),
            new Row("OPERATIONAL_POC_PERCENT", "Persentase Point Of Contact yang operasional terhadap total Point Of Contact",
                    "percent", "50", "50", "100.00", "50%", "50%", "100%", ""),
            new Row("USER_SATISFACTION_INDEX", "Indeks Kepuasan Pengguna Layanan Pasar Kerja",
                    "index", "50", "50", "100.00", "50", "50", "100%", ""),
            new Row("SERVICE_QUALITY_INDEX", "Indeks Kualitas Layanan Pasar Kerja",
                    "index", "50", "50", "100.00", "50", "50", "100%", ""),
            new Row("FACILITATED_WORKERS", "Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",
                    "persons", "2000000", "1040746", "52.04", "2.000.000", "1.040.746", "52,04%", "Orang"),
            new Row("SERVICE_USERS", "Jumlah Pengguna Layanan Pasar Kerja",
                    "users", "2200000", "1602957", "72.86", "2.200.000", "1.602.957", "72,86%", "Pengguna"),
            new Row("DATA_BREACH_PERCENT", "Persentase Penyalahgunaan Data (Zero Based Data Breach)",
                    "reports", "0", "0", "100.00", "0", "0", "100%", ""));

    private Table31() {
    }
}
