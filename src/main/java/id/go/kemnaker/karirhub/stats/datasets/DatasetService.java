package id.go.kemnaker.karirhub.stats.datasets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.CakupanWaktu;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.CakupanWilayah;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.Distribusi;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.Frekuensi;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.Interoperabilitas;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.KodeReferensi;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.Lisensi;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.Metadata;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.StandarData;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.Walidata;
import id.go.kemnaker.karirhub.stats.datasets.StoredCoverage.Coverage;
import id.go.kemnaker.karirhub.stats.datasets.StoredCoverage.Span;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.periods.Period;
import id.go.kemnaker.karirhub.stats.problem.ResourceNotFoundException;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxStructure;

/**
 * Describes the datasets: the data standard of {@link Dataset}, completed with what the stored
 * data says (temporal coverage, created and updated from the audit trail) and with the URLs
 * that serve each dataset. Every URL is absolute, built on the base the caller gives.
 */
@ApplicationScoped
public class DatasetService {

    public static final Text PRODUCER = new Text("Pusat Pasar Kerja, Kementerian Ketenagakerjaan RI",
            "Pusat Pasar Kerja (Labour Market Centre), Ministry of Manpower of the Republic of Indonesia");
    private static final Text STEWARD_NOTE = new Text("Sumber (LAKIP 2021) tidak menyebut walidata. Sumber menyebut Pusat Data "
            + "dan Teknologi Informasi (Pusdatik), Badan Perencanaan dan Pengembangan Ketenagakerjaan, sebagai mitra Pusat Pasar "
            + "Kerja untuk Satu Data Ketenagakerjaan dan SISNAKER (BAB III.B, Persentase Penyalahgunaan Data).",
            "The source (LAKIP 2021) names no data steward (walidata). It names Pusdatik, the ministry's data and IT centre, as "
                    + "Pusat Pasar Kerja's partner for Satu Data Ketenagakerjaan and SISNAKER.");
    private static final Text LICENCE_NOTE = new Text("Sumber (LAKIP 2021) tidak menyebut lisensi; ini lisensi yang dikonfigurasi "
            + "untuk layanan (karirhub.satudata.license-name).",
            "The source (LAKIP 2021) names no licence; this is the licence configured for the service "
                    + "(karirhub.satudata.license-name).");

    private final StoredCoverage coverage;
    private final SatuDataConfig config;

    DatasetService(StoredCoverage coverage, SatuDataConfig config) {
        this.coverage = coverage;
        this.config = config;
    }

    /** The coverage of the stored data, read in one statement: what every description of one request is built from. */
    public Coverage read() {
        return coverage.read();
    }

    public List<DatasetView> all(Coverage stored, String base) {
        return Stream.of(Dataset.values()).map(d -> describe(d, stored, base)).toList();
    }

    /** The dataset with that id, or a 404 naming the ids there are. */
    public static Dataset find(String id) {
        return Dataset.byId(id).orElseThrow(() -> new ResourceNotFoundException("No dataset '" + abbreviate(id)
                + "'; the datasets are " + String.join(", ", Dataset.ids())));
    }

    /** The dataset when it is published as SDMX-CSV; the performance report is not (404). */
    public static Dataset requireSdmx(Dataset dataset) {
        if (dataset == Dataset.PERFORMANCE_REPORT) {
            throw new ResourceNotFoundException("The dataset " + dataset.id() + " is not published as SDMX-CSV, so it has no "
                    + "SDMX structure");
        }
        return dataset;
    }

    /** The SDMX structure of a dataset; the performance report has none (404). */
    public SdmxStructure structure(Dataset dataset, Coverage stored, String base) {
        String data = sdmxUrl(dataset, stored, base);
        if (data == null) {
            throw new ResourceNotFoundException("The dataset " + dataset.id() + " is not published as SDMX-CSV, so it has no "
                    + "SDMX structure");
        }
        Set<Interval> frequencies = dataset.frequency() == Interval.WEEK
                ? EnumSet.allOf(Interval.class) : EnumSet.of(Interval.MONTH, Interval.QUARTER, Interval.YEAR);
        if (dataset.isCounts()) {
            return SdmxStructure.of(data, frequencies, List.of(SdmxStructure.NOT_APPLICABLE), categoryCodes(dataset));
        }
        List<String> categories = new ArrayList<>();
        if (dataset.categories().size() > 1) {
            categories.addAll(categoryCodes(dataset));
        }
        categories.add(SdmxStructure.TOTAL);
        return SdmxStructure.of(data, frequencies, List.of(dataset.indicator().name()), categories);
    }

    public DatasetView describe(Dataset dataset, Coverage stored, String base) {
        StandarData standard = new StandarData(dataset.concept(), dataset.definition(), dataset.definitionSource(),
                classifications(dataset), dataset.measure(), dataset.unit(), dataset.unitSource());
        Span<Instant> dates = auditDates(dataset, stored);
        Metadata metadata = new Metadata(PRODUCER, new Walidata(null, STEWARD_NOTE), frequency(dataset.frequency()),
                temporal(dataset, stored), national(), dates == null ? null : dates.first(), dates == null ? null : dates.last(),
                new Lisensi(config.licenseName(), config.licenseUrl(), LICENCE_NOTE));
        String structure = sdmxUrl(dataset, stored, base) == null ? null : base + "/api/v1/datasets/" + dataset.id() + "/structure";
        Interoperabilitas interoperability = new Interoperabilitas(distributions(dataset, stored, base), base + "/q/openapi",
                structure, base + "/api/v1/catalog");
        return new DatasetView(dataset.id(), base + "/api/v1/datasets/" + dataset.id(), dataset.title(), standard, metadata,
                codeLists(dataset, base, structure), interoperability, stored.version().id());
    }

    /** The first and last reported period of the dataset's counts; for the report, the years with any figure. */
    static CakupanWaktu temporal(Dataset dataset, Coverage stored) {
        Period first;
        Period last;
        if (dataset == Dataset.PERFORMANCE_REPORT) {
            List<Span<Integer>> years = new ArrayList<>(stored.years().values());
            stored.counts().values().forEach(span -> years.add(new Span<>(span.first().year(), span.last().year())));
            Integer from = years.stream().map(Span::first).min(Integer::compare).orElse(null);
            Integer to = years.stream().map(Span::last).max(Integer::compare).orElse(null);
            if (from == null) {
                return null;
            }
            first = Period.year(from);
            last = Period.year(to);
        } else {
            List<Span<Period>> spans = dataset.categories().stream().map(stored.counts()::get).filter(Objects::nonNull).toList();
            if (spans.isEmpty()) {
                return null;
            }
            first = spans.stream().map(Span::first).min(Comparator.comparing(Period::start)).orElseThrow();
            last = spans.stream().map(Span::last).max(Comparator.comparing(Period::end)).orElseThrow();
        }
        return new CakupanWaktu(first.id(), first.start(), last.id(), last.end());
    }

    /** Created and updated: the first and last audit entry of the counts, targets and realisations behind the dataset. */
    private static Span<Instant> auditDates(Dataset dataset, Coverage stored) {
        List<Span<Instant>> spans = new ArrayList<>();
        for (Map.Entry<String, Span<Instant>> entry : stored.audit().entrySet()) {
            String[] key = entry.getKey().split(":", 2);
            boolean count = key[0].equals("COUNT") && dataset.categories().contains(Category.valueOf(key[1]));
            boolean target = key[0].equals("TARGET") && dataset.indicator() != null && dataset.indicator().name().equals(key[1]);
            if (count || target || dataset == Dataset.PERFORMANCE_REPORT) {
                spans.add(entry.getValue());
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        return new Span<>(spans.stream().map(Span::first).min(Comparator.naturalOrder()).orElseThrow(),
                spans.stream().map(Span::last).max(Comparator.naturalOrder()).orElseThrow());
    }

    static Frekuensi frequency(Interval interval) {
        return switch (interval) {
            case WEEK -> new Frekuensi("mingguan", new Text("Mingguan: Minggu I-IV setiap bulan (Tabel 3.3)",
                    "Weekly: reporting weeks I-IV of each month (Table 3.3)"), "W",
                    "http://publications.europa.eu/resource/authority/frequency/WEEKLY");
            case MONTH, QUARTER -> new Frekuensi("bulanan", new Text("Bulanan (Tabel 3.4)", "Monthly (Table 3.4)"), "M",
                    "http://publications.europa.eu/resource/authority/frequency/MONTHLY");
            case YEAR -> new Frekuensi("tahunan", new Text("Tahunan: laporan kinerja tahunan (Tabel 3.1)",
                    "Annual: the yearly performance report (Table 3.1)"), "A",
                    "http://publications.europa.eu/resource/authority/frequency/ANNUAL");
        };
    }

    static CakupanWilayah national() {
        return new CakupanWilayah(SdmxStructure.NATIONAL, new Text("Nasional (Indonesia)", "National (Indonesia)"),
                new Text("Angka nasional, kode ID (ISO 3166-1 alpha-2). Rincian per wilayah dengan kode wilayah Kemendagri belum "
                        + "tersedia.", "National figures, code ID (ISO 3166-1 alpha-2). A breakdown by region with Kemendagri "
                        + "region codes is not available yet."));
    }

    private static List<Text> classifications(Dataset dataset) {
        List<Text> list = new ArrayList<>();
        if (dataset == Dataset.PERFORMANCE_REPORT) {
            list.add(new Text("Indikator Kinerja Kegiatan: 7 IKK (Tabel 3.1)", "Activity performance indicators: the 7 IKK (Table 3.1)"));
        } else {
            for (Category category : EnumSet.copyOf(dataset.categories())) {
                list.add(new Text("Kategori: " + category.labelId(), "Category: " + category.labelEn()));
            }
            list.add(dataset.frequency() == Interval.WEEK
                    ? new Text("Periode: minggu pelaporan (Minggu I-IV), bulan, triwulan, tahun",
                            "Period: reporting week (I-IV), month, quarter, year")
                    : new Text("Periode: bulan, triwulan, tahun", "Period: month, quarter, year"));
        }
        list.add(new Text("Wilayah: nasional (ID)", "Area: national (ID)"));
        return list;
    }

    private static List<KodeReferensi> codeLists(Dataset dataset, String base, String structure) {
        List<KodeReferensi> list = new ArrayList<>();
        if (dataset == Dataset.PERFORMANCE_REPORT || dataset.indicator() != null) {
            list.add(new KodeReferensi("CL_KARIRHUB_INDICATOR", new Text("Indikator Kinerja Kegiatan", "Performance indicators"),
                    "1.0.0", base + "/api/v1/indicators", null));
        }
        if (dataset != Dataset.PERFORMANCE_REPORT) {
            list.add(new KodeReferensi("CL_KARIRHUB_CATEGORY", new Text("Kategori KarirHub", "KarirHub categories"), "1.0.0",
                    base + "/api/v1/categories", null));
            list.add(new KodeReferensi("CL_FREQ", new Text("Frekuensi", "Frequency"), "1.0.0", structure,
                    new Text("Kode dari code list SDMX CL_FREQ (A, Q, M, W).", "Codes of the SDMX code list CL_FREQ (A, Q, M, W).")));
            list.add(new KodeReferensi("CL_OBS_STATUS", new Text("Status observasi", "Observation status"), "1.0.0", structure,
                    new Text("Kode dari code list SDMX CL_OBS_STATUS (A, M).", "Codes of the SDMX code list CL_OBS_STATUS (A, M).")));
        }
        list.add(new KodeReferensi("CL_AREA", new Text("Wilayah: ISO 3166-1 alpha-2", "Area: ISO 3166-1 alpha-2"), "ISO 3166-1",
                structure, new Text("Hanya ID (Indonesia) untuk angka nasional.", "Only ID (Indonesia), for national figures.")));
        list.add(new KodeReferensi("KEMENDAGRI_WILAYAH", new Text("Kode wilayah Kemendagri", "Kemendagri region codes"),
                "Kepmendagri 300.2.2-2138/2025", base + "/api/v1/regions",
                new Text("Daftar provinsi dan kabupaten/kota beserta masa berlakunya (kode 2021 menurut Permendagri 58/2021); "
                        + "angka per wilayah belum diterbitkan, sehingga REF_AREA masih ID.",
                        "Provinces and regencies/cities with their validity (2021 codes per Permendagri 58/2021); no figure "
                                + "is published by region yet, so REF_AREA is still ID.")));
        return list;
    }

    private static List<Distribusi> distributions(Dataset dataset, Coverage stored, String base) {
        List<Distribusi> list = new ArrayList<>();
        CakupanWaktu time = temporal(dataset, stored);
        Integer lastYear = time == null ? null : time.tanggalAkhir().getYear();
        if (dataset == Dataset.PERFORMANCE_REPORT) {
            if (lastYear != null) {
                String url = base + "/api/v1/reports/performance?year=" + lastYear;
                String operation = "GET /api/v1/reports/performance";
                list.add(new Distribusi("JSON", "application/json", url, operation, year("Laporan kinerja", "Performance report", lastYear)));
                list.add(new Distribusi("CSV", "text/csv", url + "&format=csv", operation, year("Laporan kinerja", "Performance report", lastYear)));
                list.add(new Distribusi("HTML", "text/html", url + "&format=html", operation,
                        year("Laporan kinerja, halaman cetak", "Performance report, printable page", lastYear)));
            }
            return list;
        }
        if (dataset.isCounts()) {
            Category category = dataset.categories().iterator().next();
            list.add(new Distribusi("JSON", "application/json", base + "/api/v1/counts?category=" + category.name(), "GET /api/v1/counts",
                    new Text("Jumlah seperti disimpan, semua tahun", "Counts as stored, every year")));
        } else if (lastYear != null) {
            String url = base + "/api/v1/statistics/" + dataset.id() + "?year=" + lastYear;
            String operation = "GET /api/v1/statistics/" + dataset.id();
            list.add(new Distribusi("JSON", "application/json", url, operation, year("Statistik", "Statistics", lastYear)));
            list.add(new Distribusi("CSV", "text/csv", url + "&format=csv", operation, year("Statistik", "Statistics", lastYear)));
        }
        String series = seriesUrl(dataset, time, base);
        list.add(new Distribusi("JSON", "application/json", series, "GET /api/v1/series",
                new Text("Deret waktu, seluruh cakupan", "Time series, whole coverage")));
        list.add(new Distribusi("CSV", "text/csv", series + "&format=csv", "GET /api/v1/series",
                new Text("Deret waktu, seluruh cakupan", "Time series, whole coverage")));
        list.add(new Distribusi("SDMX-CSV", "application/vnd.sdmx.data+csv;version=2.0.0", sdmxUrl(dataset, stored, base),
                dataset.isCounts() ? "GET /api/v1/series" : "GET /api/v1/statistics/" + dataset.id(),
                dataset.isCounts() ? new Text("Deret waktu SDMX-CSV 2.0, seluruh cakupan", "SDMX-CSV 2.0 time series, whole coverage")
                        : year("SDMX-CSV 2.0", "SDMX-CSV 2.0", lastYear)));
        return list;
    }

    /** The SDMX-CSV URL of a dataset; null for the report, which is not published as SDMX. */
    static String sdmxUrl(Dataset dataset, Coverage stored, String base) {
        if (dataset == Dataset.PERFORMANCE_REPORT) {
            return null;
        }
        CakupanWaktu time = temporal(dataset, stored);
        if (dataset.isCounts() || time == null) {
            return seriesUrl(dataset, time, base) + "&format=sdmx-csv";
        }
        return base + "/api/v1/statistics/" + dataset.id() + "?year=" + time.tanggalAkhir().getYear() + "&format=sdmx-csv";
    }

    /** The series of the dataset over its whole coverage (the last 12 periods when nothing is stored yet). */
    private static String seriesUrl(Dataset dataset, CakupanWaktu time, String base) {
        String subject = dataset.isCounts() ? "category=" + dataset.categories().iterator().next().name()
                : "indicator=" + dataset.indicator().name();
        String range = time == null ? "last=12"
                : "from=" + time.tanggalAwal().getYear() + "&to=" + time.tanggalAkhir().getYear();
        return base + "/api/v1/series?" + subject + "&" + range + "&interval=" + dataset.frequency().id();
    }

    private static List<String> categoryCodes(Dataset dataset) {
        return EnumSet.copyOf(dataset.categories()).stream().map(Category::name).toList();
    }

    private static Text year(String id, String en, Integer year) {
        return new Text(id + " " + year, en + " " + year);
    }

    private static String abbreviate(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "...";
    }
}
