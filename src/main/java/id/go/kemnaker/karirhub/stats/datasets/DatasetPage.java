package id.go.kemnaker.karirhub.stats.datasets;

import static id.go.kemnaker.karirhub.stats.formats.Html.escape;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.go.kemnaker.karirhub.stats.datasets.DatasetView.Distribusi;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.KodeReferensi;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.Metadata;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.StandarData;
import id.go.kemnaker.karirhub.stats.periods.Period;

/**
 * The landing page of a dataset, the catalogue's dcat:landingPage: the four Satu Data blocks of
 * its metadata as a page for people, Indonesian first with the English beneath, every URL a
 * link. It is written on the server from the same {@link DatasetView} as the JSON, so a reader
 * (or a portal's crawler) needs no script to see it, and it cannot say what the metadata does
 * not. Every value is escaped on the way in.
 */
public final class DatasetPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter MOMENT = DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH.mm 'WIB'", Locale.forLanguageTag("id")).withZone(Period.REPORTING_ZONE);

    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="id">
            <head>
            <meta charset="UTF-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%1$s · Satu Data KarirHub</title>
            <link rel="alternate" type="application/json" href="%2$s">
            <link rel="license" href="%3$s">
            <style>
              body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; }
              h1 { font-size: 1.5rem; margin-bottom: 0; }
              h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
              .en { color: #555; }
              h1 + .en { margin-top: 0; font-size: 1.1rem; }
              dl { display: grid; grid-template-columns: minmax(10rem, 15rem) 1fr; gap: 0.4rem 1rem; }
              dt { font-weight: 600; }
              dd { margin: 0; }
              dd p { margin: 0 0 0.3rem; }
              table { border-collapse: collapse; width: 100%%; }
              th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
              a { overflow-wrap: anywhere; }
            </style>
            </head>
            <body>
            <p>Satu Data Ketenagakerjaan · KarirHub · <span class="en" lang="en">Manpower One Data</span></p>
            """;

    private DatasetPage() {
    }

    /** Where the page of a dataset is served: its metadata's own URL, asked for as HTML. */
    public static String url(DatasetView view) {
        return view.url() + "?format=html";
    }

    static String render(DatasetView view, String base) {
        StringBuilder html = new StringBuilder(16_384);
        Metadata metadata = view.metadata();
        html.append(HEAD.formatted(escape(view.judul().id()), escape(view.url()), escape(metadata.lisensi().url())));
        html.append("<h1>").append(escape(view.judul().id())).append("</h1>\n");
        html.append("<p class=\"en\" lang=\"en\">").append(escape(view.judul().en())).append("</p>\n");

        StandarData standard = view.standarData();
        heading(html, "Standar Data", "Data standard");
        html.append("<dl>\n");
        row(html, "Konsep", "Concept", both(standard.konsep()));
        row(html, "Definisi", "Definition", both(standard.definisi()));
        row(html, "Sumber definisi", "Source of the definition", escape(standard.sumberDefinisi()));
        StringBuilder classifications = new StringBuilder();
        standard.klasifikasi().forEach(text -> classifications.append(both(text)));
        row(html, "Klasifikasi", "Classifications", classifications.toString());
        row(html, "Ukuran", "Measure", both(standard.ukuran()));
        row(html, "Satuan", "Unit", both(standard.satuan()));
        row(html, "Sumber satuan", "Source of the unit", escape(standard.sumberSatuan()));
        html.append("</dl>\n");

        heading(html, "Metadata", "Metadata");
        html.append("<dl>\n");
        row(html, "Produsen data", "Data producer", both(metadata.produsenData()));
        row(html, "Walidata", "Data steward", (metadata.walidata().nama() == null ? "" : "<p>" + escape(metadata.walidata().nama())
                + "</p>") + both(metadata.walidata().catatan()));
        row(html, "Frekuensi", "Frequency", both(metadata.frekuensi().nama()));
        row(html, "Cakupan waktu", "Temporal coverage", metadata.cakupanWaktu() == null
                ? both(new Text("Belum ada data.", "No data yet."))
                : "<p>" + escape(metadata.cakupanWaktu().periodeAwal()) + " – " + escape(metadata.cakupanWaktu().periodeAkhir())
                        + " (" + day(metadata.cakupanWaktu().tanggalAwal()) + " – " + day(metadata.cakupanWaktu().tanggalAkhir())
                        + ")</p>");
        row(html, "Cakupan wilayah", "Spatial coverage", both(metadata.cakupanWilayah().nama())
                + (metadata.cakupanWilayah().daftarKode() == null ? "" : "<p>" + link(metadata.cakupanWilayah().daftarKode()) + "</p>"));
        row(html, "Tanggal dibuat", "Created", moment(metadata.tanggalDibuat()));
        row(html, "Tanggal diperbarui", "Updated", moment(metadata.tanggalDiperbarui()));
        row(html, "Lisensi", "Licence", "<p>" + link(metadata.lisensi().url(), metadata.lisensi().nama()) + "</p>");
        html.append("</dl>\n");

        heading(html, "Kode Referensi", "Code lists");
        html.append("<table>\n<thead><tr><th scope=\"col\">Kode</th><th scope=\"col\">Nama <span class=\"en\" lang=\"en\">Name</span>"
                + "</th><th scope=\"col\">Versi</th><th scope=\"col\">Tautan <span class=\"en\" lang=\"en\">Link</span></th></tr>"
                + "</thead>\n<tbody>\n");
        for (KodeReferensi list : view.kodeReferensi()) {
            html.append("<tr><td>").append(escape(list.kode())).append("</td><td>").append(both(list.nama())).append("</td><td>")
                    .append(list.versi() == null ? "-" : escape(list.versi())).append("</td><td>")
                    .append(list.url() == null ? "-" : link(list.url())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");

        heading(html, "Interoperabilitas", "Distributions");
        html.append("<table>\n<thead><tr><th scope=\"col\">Distribusi <span class=\"en\" lang=\"en\">Distribution</span></th>"
                + "<th scope=\"col\">Format</th><th scope=\"col\">Operasi <span class=\"en\" lang=\"en\">Operation</span></th></tr>"
                + "</thead>\n<tbody>\n");
        for (Distribusi distribution : view.interoperabilitas().distribusi()) {
            html.append("<tr><td>").append(link(distribution.url(), distribution.judul().id())).append("<br><span class=\"en\" lang=\"en\">")
                    .append(escape(distribution.judul().en())).append("</span></td><td>").append(escape(distribution.format()))
                    .append("</td><td>").append(escape(distribution.operasi())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");

        heading(html, "Tautan", "Links");
        html.append("<ul>\n");
        item(html, view.url(), "Metadata ini sebagai JSON", "This metadata as JSON");
        if (view.interoperabilitas().strukturSdmx() != null) {
            item(html, view.interoperabilitas().strukturSdmx(), "Struktur SDMX", "SDMX structure");
        }
        item(html, view.interoperabilitas().katalogDcat(), "Katalog DCAT", "DCAT catalogue");
        item(html, view.interoperabilitas().openApi(), "Dokumen OpenAPI", "OpenAPI document");
        item(html, base + "/dashboard", "Dasbor", "Dashboard");
        html.append("</ul>\n");
        html.append("<p>Versi data ").append(view.dataVersion()).append(" · <span class=\"en\" lang=\"en\">data version ")
                .append(view.dataVersion()).append("</span></p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void heading(StringBuilder html, String id, String en) {
        html.append("<h2>").append(escape(id));
        if (!id.equals(en)) {
            html.append(" <span class=\"en\" lang=\"en\">").append(escape(en)).append("</span>");
        }
        html.append("</h2>\n");
    }

    /** A row of a definition list; {@code value} is HTML already escaped. */
    private static void row(StringBuilder html, String id, String en, String value) {
        html.append("<dt>").append(escape(id)).append(" <span class=\"en\" lang=\"en\">").append(escape(en)).append("</span></dt>")
                .append("<dd>").append(value).append("</dd>\n");
    }

    private static void item(StringBuilder html, String url, String id, String en) {
        html.append("<li>").append(link(url, id)).append(" <span class=\"en\" lang=\"en\">").append(escape(en)).append("</span></li>\n");
    }

    private static String both(Text text) {
        return "<p>" + escape(text.id()) + "</p><p class=\"en\" lang=\"en\">" + escape(text.en()) + "</p>";
    }

    private static String link(String url) {
        return link(url, url);
    }

    private static String link(String url, String text) {
        return "<a href=\"" + escape(url) + "\">" + escape(text) + "</a>";
    }

    private static String day(LocalDate date) {
        return escape(DAY.format(date));
    }

    private static String moment(Instant instant) {
        return instant == null ? "-" : escape(MOMENT.format(instant));
    }
}
