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
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.dimensions.CodeList;
import id.go.kemnaker.karirhub.stats.dimensions.CodeListDirectory;
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
import id.go.kemnaker.karirhub.stats.indicators.Indicator;
import id.go.kemnaker.karirhub.stats.regions.RegionDirectory;
import id.go.kemnaker.karirhub.stats.regions.RegionLevel;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxDimensions;
import id.go.kemnaker.karirhub.stats.sdmx.SdmxStructure;
import id.go.kemnaker.karirhub.stats.problem.ClientText;

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

    static final String REGION_CODE_LIST = "KEMENDAGRI_WILAYAH";
    static final String NATIONAL_LEVEL = "nasional";
    static final String PROVINCE_LEVEL = "provinsi";
    static final String REGENCY_LEVEL = "kabupaten/kota";

    /** The legal source of the Kemendagri region codes, as V7__regions.sql names it. */
    static final String REGION_SOURCE = "Kepmendagri No 300.2.2-2138 Tahun 2025 (kode berlaku); Permendagri No 58 Tahun 2021 "
            + "(kode 2021, termasuk kode lama di Papua dengan masa berlakunya)";

    private final StoredCoverage coverage;
    private final SatuDataConfig config;
    private final RegionDirectory regions;
    private final CodeListDirectory codeLists;

    DatasetService(StoredCoverage coverage, SatuDataConfig config, RegionDirectory regions, CodeListDirectory codeLists) {
        this.coverage = coverage;
        this.config = config;
        this.regions = regions;
        this.codeLists = codeLists;
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
        return Dataset.byId(id).orElseThrow(() -> new ResourceNotFoundException("No dataset '" + ClientText.abbreviate(id)
                + "'; the datasets are " + String.join(", ", Dataset.ids())));
    }

    /** The dataset when it is published as SDMX-CSV; the performance report is not (404). */
    public static Dataset requireSdmx(Dataset dataset) {
        if (!dataset.publishedAsSdmx()) {
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
        SdmxStructure.Component area = dataset.byRegion()
                ? SdmxStructure.kemendagriArea(base + "/api/v1/regions", regions.version()) : SdmxStructure.nationalArea();
        if (dataset.isCounts() || dataset.kind() == Dataset.Kind.REGISTER) {
            return SdmxStructure.of(data, frequencies, area, List.of(SdmxStructure.NOT_APPLICABLE), categoryCodes(dataset),
                    SdmxStructure.WHOLE_NUMBER, SdmxStructure.totalsOnly());
        }
        if (dataset.kind() == Dataset.Kind.PARTS) {
            return SdmxStructure.of(data, EnumSet.allOf(Interval.class), area, List.of(SdmxStructure.NOT_APPLICABLE),
                    categoryCodes(dataset), SdmxStructure.WHOLE_NUMBER,
                    SdmxStructure.parts(dataset.dimensions().stream().map(codeLists::list).toList()));
        }
        if (dataset.kind() == Dataset.Kind.MISMATCH) {
            // the four breakdowns by education (INDICATOR _Z) and the two ratios per 100 of them (CATEGORY _Z)
            List<String> categories = new ArrayList<>(categoryCodes(dataset));
            categories.add(SdmxStructure.NOT_APPLICABLE);
            return SdmxStructure.of(data, EnumSet.of(Interval.MONTH, Interval.YEAR), area, List.of(SdmxStructure.NOT_APPLICABLE,
                    SdmxStructure.VACANCY_RATIO, SdmxStructure.REMAINING_VACANCY_RATIO), categories, SdmxStructure.COUNT_OR_RATIO,
                    SdmxStructure.parts(dataset.dimensions().stream().map(codeLists::list).toList()));
        }
        if (dataset.isRatio()) {
            return SdmxStructure.of(data, EnumSet.allOf(Interval.class), area, List.of(SdmxStructure.VACANCY_RATIO),
                    List.of(SdmxStructure.NOT_APPLICABLE), SdmxStructure.RATIO, SdmxStructure.totalsOnly());
        }
        List<String> categories = new ArrayList<>();
        if (dataset.categories().size() > 1) {
            categories.addAll(categoryCodes(dataset));
        }
        categories.add(SdmxStructure.TOTAL);
        return SdmxStructure.of(data, frequencies, area, List.of(dataset.indicator().name()), categories, SdmxStructure.WHOLE_NUMBER,
                SdmxStructure.totalsOnly());
    }

    public DatasetView describe(Dataset dataset, Coverage stored, String base) {
        StandarData standard = new StandarData(dataset.concept(), dataset.definition(), dataset.definitionSource(),
                classifications(dataset), dataset.measure(), dataset.unit(), dataset.unitSource());
        Span<Instant> dates = auditDates(dataset, stored);
        Metadata metadata = new Metadata(PRODUCER, new Walidata(null, STEWARD_NOTE), frequency(dataset.frequency()),
                temporal(dataset, stored), dataset.byRegion() ? regional(stored, base) : national(), dates == null ? null : dates.first(), dates == null ? null : dates.last(),
                new Lisensi(config.licenseName(), config.licenseUrl(), LICENCE_NOTE));
        String structure = sdmxUrl(dataset, stored, base) == null ? null : base + "/api/v1/datasets/" + dataset.id() + "/structure";
        Interoperabilitas interoperability = new Interoperabilitas(distributions(dataset, stored, base), base + "/q/openapi",
                structure, base + "/api/v1/catalog");
        return new DatasetView(dataset.id(), base + "/api/v1/datasets/" + dataset.id(), dataset.title(), standard, metadata,
                codeLists(dataset, base, structure, regions.version()), interoperability, stored.version().id());
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
        } else if (dataset.kind() != Dataset.Kind.WHOLE) {
            // an IPK table: its parts (by the breakdown's categories), or its counts national or regional
            List<Span<Period>> spans = new ArrayList<>();
            for (Category category : dataset.categories()) {
                if (dataset.kind() == Dataset.Kind.PARTS || dataset.kind() == Dataset.Kind.MISMATCH) {
                    spans.add(stored.parts().get(category));
                } else {
                    spans.add(stored.counts().get(category));
                    spans.add(stored.regional().counts().get(category));
                }
            }
            spans.removeIf(Objects::isNull);
            if (spans.isEmpty()) {
                return null;
            }
            first = spans.stream().map(Span::first).min(Comparator.comparing(Period::start)).orElseThrow();
            last = spans.stream().map(Span::last).max(Comparator.comparing(Period::end)).orElseThrow();
        } else {
            Map<Category, Span<Period>> counts = dataset.byRegion() ? stored.regional().counts() : stored.counts();
            List<Span<Period>> spans = dataset.categories().stream().map(counts::get).filter(Objects::nonNull).toList();
            if (spans.isEmpty() || dataset.isRatio() && spans.size() < dataset.categories().size()) {
                return null;
            }
            if (dataset.isRatio()) {
                // A ratio has a value only where both sides were counted: the overlap of the two spans.
                first = spans.stream().map(Span::first).max(Comparator.comparing(Period::start)).orElseThrow();
                last = spans.stream().map(Span::last).min(Comparator.comparing(Period::end)).orElseThrow();
                if (first.start().isAfter(last.end())) {
                    return null;
                }
            } else {
                first = spans.stream().map(Span::first).min(Comparator.comparing(Period::start)).orElseThrow();
                last = spans.stream().map(Span::last).max(Comparator.comparing(Period::end)).orElseThrow();
            }
        }
        return new CakupanWaktu(first.id(), first.start(), last.id(), last.end());
    }

    /** Created and updated: the first and last audit entry of the counts, targets and realisations behind the dataset. */
    private static Span<Instant> auditDates(Dataset dataset, Coverage stored) {
        List<Span<Instant>> spans = new ArrayList<>();
        if (dataset.kind() != Dataset.Kind.WHOLE) {
            // an IPK table: the counts of its categories, national and regional (parts are written with them)
            for (Category category : dataset.categories()) {
                spans.add(stored.audit().get("COUNT:" + category.name()));
                spans.add(stored.regional().audit().get(category));
            }
            spans.removeIf(span -> span == null || span.first() == null);
            return spans.isEmpty() ? null : new Span<>(spans.stream().map(Span::first).min(Comparator.naturalOrder()).orElseThrow(),
                    spans.stream().map(Span::last).max(Comparator.naturalOrder()).orElseThrow());
        }
        if (dataset.byRegion()) {
            dataset.categories().stream().map(stored.regional().audit()::get).filter(Objects::nonNull)
                    .filter(span -> span.first() != null).forEach(spans::add);
            return spans.isEmpty() ? null : new Span<>(spans.stream().map(Span::first).min(Comparator.naturalOrder()).orElseThrow(),
                    spans.stream().map(Span::last).max(Comparator.naturalOrder()).orElseThrow());
        }
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
                new Text("Angka nasional, kode ID (ISO 3166-1 alpha-2), dari jumlah nasional yang disimpan. Rincian per "
                        + "provinsi dan kabupaten/kota ada pada dataset -by-region.", "National figures, code ID (ISO 3166-1 "
                        + "alpha-2), from the stored national counts. The breakdown by province and regency/city is in the "
                        + "-by-region datasets."), List.of(NATIONAL_LEVEL), null);
    }

    /**
     * The area of a by-region dataset: Kemendagri codes, at the levels the stored regional counts
     * reach (provinces whenever any region reported, since a province adds up its regencies;
     * regencies/cities when one of them reported).
     */
    static CakupanWilayah regional(Coverage stored, String base) {
        List<String> levels = new ArrayList<>();
        if (!stored.regional().counts().isEmpty()) {
            levels.add(PROVINCE_LEVEL);
        }
        if (stored.regional().regencies()) {
            levels.add(REGENCY_LEVEL);
        }
        return new CakupanWilayah(REGION_CODE_LIST, new Text("Provinsi dan kabupaten/kota di Indonesia (kode wilayah Kemendagri)",
                "Provinces and regencies/cities of Indonesia (Kemendagri region codes)"),
                new Text("REF_AREA adalah kode wilayah Kemendagri: provinsi NN (32), kabupaten/kota NN.NN (32.73), yang berlaku "
                        + "pada periodenya. Tingkat: tingkat wilayah yang memiliki jumlah tersimpan; provinsi tanpa jumlah sendiri "
                        + "adalah jumlah kabupaten/kotanya. Daftar kode di /api/v1/regions.",
                        "REF_AREA is the Kemendagri region code: province NN (32), regency/city NN.NN (32.73), valid in the period. "
                                + "Levels: the levels with stored counts; a province without a count of its own adds up its "
                                + "regencies/cities. The codes are listed at /api/v1/regions."),
                levels, base + "/api/v1/regions");
    }

    private List<Text> classifications(Dataset dataset) {
        List<Text> list = new ArrayList<>();
        if (dataset == Dataset.PERFORMANCE_REPORT) {
            list.add(new Text("Indikator Kinerja Kegiatan: 7 IKK (Tabel 3.1)", "Activity performance indicators: the 7 IKK (Table 3.1)"));
        } else {
            if (dataset.isRatio()) {
                list.add(new Text("Pembilang: Lowongan Kerja; penyebut: Pencari Kerja Aktif",
                        "Numerator: job vacancies; denominator: active job seekers"));
            }
            for (Category category : EnumSet.copyOf(dataset.categories())) {
                list.add(new Text("Kategori: " + category.labelId(), "Category: " + category.labelEn()));
            }
            for (Dimension dimension : dataset.dimensions()) {
                CodeList codes = codeLists.list(dimension);
                list.add(new Text("Dimensi: " + codes.nameId() + " (/api/v1/code-lists/" + dimension + ")",
                        "Dimension: " + codes.nameEn() + " (/api/v1/code-lists/" + dimension + ")"));
            }
            list.add(dataset.frequency() == Interval.WEEK || dataset.isRatio()
                    ? new Text("Periode: minggu pelaporan (Minggu I-IV), bulan, triwulan, tahun",
                            "Period: reporting week (I-IV), month, quarter, year")
                    : new Text("Periode: bulan, triwulan, tahun", "Period: month, quarter, year"));
        }
        list.add(dataset.byRegion()
                ? new Text("Wilayah: provinsi dan kabupaten/kota (kode wilayah Kemendagri)",
                        "Area: province and regency/city (Kemendagri region codes)")
                : dataset.kind() != Dataset.Kind.WHOLE
                        ? new Text("Wilayah: nasional (ID), atau satu provinsi atau kabupaten/kota (region=)",
                                "Area: national (ID), or one province or regency/city (region=)")
                        : new Text("Wilayah: nasional (ID)", "Area: national (ID)"));
        return list;
    }

    private List<KodeReferensi> codeLists(Dataset dataset, String base, String structure, String regionsVersion) {
        List<KodeReferensi> list = new ArrayList<>();
        if (dataset == Dataset.PERFORMANCE_REPORT || dataset.indicator() != null) {
            list.add(new KodeReferensi("CL_KARIRHUB_INDICATOR", new Text("Indikator Kinerja Kegiatan", "Performance indicators"),
                    "1.0.0", base + "/api/v1/indicators", null, null));
        }
        if (dataset.isRatio()) {
            list.add(new KodeReferensi("CL_KARIRHUB_INDICATOR", new Text("Indikator dan rasio SDMX", "SDMX indicators and ratios"),
                    "1.0.0", structure, new Text("Kode VACANCIES_PER_100_JOB_SEEKERS (bukan IKK); sama dengan indicator= pada "
                            + "/api/v1/series.", "Code VACANCIES_PER_100_JOB_SEEKERS (not an IKK); the same as indicator= of "
                            + "/api/v1/series."), null));
        }
        for (Dimension dimension : dataset.dimensions()) {
            CodeList codes = codeLists.list(dimension);
            list.add(new KodeReferensi(dimension.name(), new Text(codes.nameId(), codes.nameEn()), codeLists.version(),
                    base + "/api/v1/code-lists/" + dimension, new Text("SDMX-CSV: kolom " + SdmxDimensions.column(dimension)
                            + "; kode internasional: " + codes.internationalScheme() + ".", "SDMX-CSV: column "
                            + SdmxDimensions.column(dimension) + "; international codes: " + codes.internationalScheme() + "."),
                    codes.source()));
        }
        if (dataset != Dataset.PERFORMANCE_REPORT) {
            list.add(new KodeReferensi("CL_KARIRHUB_CATEGORY", new Text("Kategori KarirHub", "KarirHub categories"), "1.0.0",
                    base + "/api/v1/categories", null, null));
        }
        if (dataset.publishedAsSdmx()) {
            list.add(new KodeReferensi("CL_FREQ", new Text("Frekuensi", "Frequency"), "1.0.0", structure,
                    new Text("Kode dari code list SDMX CL_FREQ (A, Q, M, W).", "Codes of the SDMX code list CL_FREQ (A, Q, M, W)."),
                    null));
            list.add(new KodeReferensi("CL_OBS_STATUS", new Text("Status observasi", "Observation status"), "1.0.0", structure,
                    new Text("Kode dari code list SDMX CL_OBS_STATUS (A, M).", "Codes of the SDMX code list CL_OBS_STATUS (A, M)."),
                    null));
        }
        if (!dataset.byRegion() && dataset.publishedAsSdmx()) {
            list.add(new KodeReferensi("CL_AREA", new Text("Wilayah: ISO 3166-1 alpha-2", "Area: ISO 3166-1 alpha-2"), "ISO 3166-1",
                    structure, new Text("Hanya ID (Indonesia) untuk angka nasional.", "Only ID (Indonesia), for national figures."),
                    null));
        }
        list.add(new KodeReferensi(REGION_CODE_LIST, new Text("Kode wilayah Kemendagri", "Kemendagri region codes"), regionsVersion,
                base + "/api/v1/regions", dataset.byRegion()
                        ? new Text("REF_AREA dataset ini: provinsi dan kabupaten/kota beserta masa berlakunya (kode 2021 menurut "
                                + "Permendagri 58/2021). Versi: sidik jari daftar, berubah hanya bila migrasi mengubahnya.",
                                "This dataset's REF_AREA: provinces and regencies/cities with their validity (2021 codes per "
                                        + "Permendagri 58/2021). Version: a fingerprint of the list, changing only when a migration "
                                        + "changes it.")
                        : new Text("Angka nasional (REF_AREA ID); dengan region= (satu kode) REF_AREA adalah kode ini. Versi: sidik "
                                + "jari daftar.", "National figures (REF_AREA ID); with region= (one code) REF_AREA is this code. "
                                + "Version: a fingerprint of the list."),
                REGION_SOURCE));
        return list;
    }

    private List<Distribusi> distributions(Dataset dataset, Coverage stored, String base) {
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
        if (dataset.byRegion()) {
            return regionalDistributions(dataset, stored, base, lastYear);
        }
        if (dataset.kind() != Dataset.Kind.WHOLE) {
            return tableDistributions(dataset, stored, base, time);
        }
        if (dataset.isCounts()) {
            Category category = dataset.categories().iterator().next();
            list.add(new Distribusi("JSON", "application/json", base + "/api/v1/counts?category=" + category.name(), "GET /api/v1/counts",
                    new Text("Jumlah seperti disimpan, semua tahun", "Counts as stored, every year")));
        } else if (lastYear != null) {
            String name = dataset.isRatio() ? "labour-market" : dataset.id();
            String url = base + "/api/v1/statistics/" + name + "?year=" + lastYear;
            String operation = "GET /api/v1/statistics/" + name;
            list.add(new Distribusi("JSON", "application/json", url, operation, year("Statistik", "Statistics", lastYear)));
            list.add(new Distribusi("CSV", "text/csv", url + "&format=csv", operation, year("Statistik", "Statistics", lastYear)));
        }
        String series = seriesUrl(dataset, time, base);
        list.add(new Distribusi("JSON", "application/json", series, "GET /api/v1/series",
                new Text("Deret waktu, seluruh cakupan", "Time series, whole coverage")));
        list.add(new Distribusi("CSV", "text/csv", series + "&format=csv", "GET /api/v1/series",
                new Text("Deret waktu, seluruh cakupan", "Time series, whole coverage")));
        boolean viaSeries = dataset.isCounts() || dataset.isRatio();
        list.add(new Distribusi("SDMX-CSV", "application/vnd.sdmx.data+csv;version=2.0.0", sdmxUrl(dataset, stored, base),
                viaSeries ? "GET /api/v1/series" : "GET /api/v1/statistics/" + dataset.id(),
                viaSeries ? new Text("Deret waktu SDMX-CSV 2.0, seluruh cakupan", "SDMX-CSV 2.0 time series, whole coverage")
                        : year("SDMX-CSV 2.0", "SDMX-CSV 2.0", lastYear)));
        return list;
    }

    /**
     * A by-region dataset is served one row per region by {@code .../by-region} (provinces, and
     * the regencies of a province), and as SDMX-CSV one region at a time by the statistics read
     * with {@code region=}: the URLs name the last year with regional counts and the first
     * province with any (without regional counts, the national dataset's last year and the first
     * province of the list).
     */
    private List<Distribusi> regionalDistributions(Dataset dataset, Coverage stored, String base, Integer regionalYear) {
        List<Distribusi> list = new ArrayList<>();
        Integer lastYear = regionalYear != null ? regionalYear : nationalYear(dataset, stored);
        if (lastYear == null) {
            return list;
        }
        String indicator = statisticsName(dataset);
        String byRegion = base + "/api/v1/statistics/" + indicator + "/by-region?year=" + lastYear;
        String operation = "GET /api/v1/statistics/" + indicator + "/by-region";
        String province = firstProvince(dataset, stored);
        list.add(new Distribusi("JSON", "application/json", byRegion + "&level=province", operation,
                year("Per provinsi", "By province", lastYear)));
        list.add(new Distribusi("CSV", "text/csv", byRegion + "&level=province&format=csv", operation,
                year("Per provinsi", "By province", lastYear)));
        list.add(new Distribusi("JSON", "application/json", byRegion + "&level=regency&parent=" + province, operation,
                year("Per kabupaten/kota provinsi " + province, "By regency/city of province " + province, lastYear)));
        list.add(new Distribusi("SDMX-CSV", "application/vnd.sdmx.data+csv;version=2.0.0", sdmxUrl(dataset, stored, base),
                "GET /api/v1/statistics/" + indicator, year("SDMX-CSV 2.0, REF_AREA " + province + " (satu wilayah per permintaan:"
                        + " region=)", "SDMX-CSV 2.0, REF_AREA " + province + " (one region a request: region=)", lastYear)));
        return list;
    }

    /**
     * An IPK table is served by its read for one place and period: the breakdown (JSON, CSV, SDMX-CSV)
     * of the last month with parts along its first dimension (parts stored along it and another are
     * added up over the other), the register balance (JSON, CSV) or the mismatch table (JSON, CSV,
     * SDMX-CSV) of the last year or month covered; while nothing is stored, of this year.
     */
    private List<Distribusi> tableDistributions(Dataset dataset, Coverage stored, String base, CakupanWaktu time) {
        List<Distribusi> list = new ArrayList<>();
        Period period = tablePeriod(time);
        String url = tableUrl(dataset, period, base);
        String operation = "GET " + url.substring(base.length(), url.indexOf('?'));
        Text title = new Text("Periode " + period.id(), "Period " + period.id());
        list.add(new Distribusi("JSON", "application/json", url, operation, title));
        list.add(new Distribusi("CSV", "text/csv", url + "&format=csv", operation, title));
        if (dataset.publishedAsSdmx()) {
            String sdmx = sdmxUrl(dataset, stored, base);
            list.add(new Distribusi("SDMX-CSV", "application/vnd.sdmx.data+csv;version=2.0.0", sdmx,
                    "GET " + sdmx.substring(base.length(), sdmx.indexOf('?')), dataset.kind() == Dataset.Kind.REGISTER
                            ? new Text("Deret waktu bulanan SDMX-CSV 2.0, seluruh cakupan", "Monthly SDMX-CSV 2.0 series, whole coverage")
                            : title));
        }
        return list;
    }

    /** The period an IPK table's URLs name: the last month it covers, or while nothing is stored, this year. */
    private static Period tablePeriod(CakupanWaktu time) {
        return time == null ? Period.year(RegionDirectory.today().getYear())
                : Period.of(time.periodeAkhir()).map(last -> Period.month(last.year(), last.month())).orElseThrow();
    }

    /** The read of an IPK table over {@code period}, a month or a year (JSON; a format parameter may follow). */
    private static String tableUrl(Dataset dataset, Period period, String base) {
        String when = "year=" + period.year() + (period.interval() == Interval.MONTH ? "&month=" + period.month() : "");
        return switch (dataset.kind()) {
            case PARTS -> base + "/api/v1/statistics/breakdown?measure=" + dataset.categories().iterator().next().name() + "&"
                    + when + "&by=" + dataset.dimensions().get(0).parameter();
            case REGISTER -> base + "/api/v1/statistics/register-balance?registerId="
                    + (dataset == Dataset.REGISTER_JOB_SEEKERS ? "job-seekers" : "vacancies") + "&year=" + period.year();
            case MISMATCH -> base + "/api/v1/statistics/education-mismatch?" + when;
            case WHOLE -> throw new IllegalArgumentException(dataset + " is not an IPK table");
        };
    }

    /** The statistics read of a by-region dataset's indicator: /api/v1/statistics/{name}. */
    private static String statisticsName(Dataset dataset) {
        return dataset.indicator() == Indicator.FACILITATED_WORKERS ? Dataset.FACILITATED_WORKERS.id() : Dataset.SERVICE_USERS.id();
    }

    private static Integer nationalYear(Dataset dataset, Coverage stored) {
        return dataset.categories().stream().map(stored.counts()::get).filter(Objects::nonNull).map(span -> span.last().year())
                .max(Integer::compare).orElse(null);
    }

    /** The lowest province code with a regional count of the dataset's categories, or the first province of the list. */
    private String firstProvince(Dataset dataset, Coverage stored) {
        return dataset.categories().stream().map(stored.regional().firstRegion()::get).filter(Objects::nonNull)
                .map(code -> code.substring(0, 2)).min(Comparator.naturalOrder())
                .orElseGet(() -> regions.list(RegionLevel.PROVINCE, null, RegionDirectory.today()).get(0).code());
    }

    /** The SDMX-CSV URL of a dataset; null for the report, which is not published as SDMX. */
    String sdmxUrl(Dataset dataset, Coverage stored, String base) {
        if (!dataset.publishedAsSdmx()) {
            return null;
        }
        CakupanWaktu time = temporal(dataset, stored);
        if (dataset.kind() == Dataset.Kind.PARTS || dataset.kind() == Dataset.Kind.MISMATCH) {
            return tableUrl(dataset, tablePeriod(time), base) + "&format=sdmx-csv";
        }
        if (dataset.kind() == Dataset.Kind.REGISTER) {
            // the flows and the stock month by month, as series of the four categories (a stock's month is its own)
            return base + "/api/v1/series?category=" + String.join(",", categoryCodes(dataset)) + "&"
                    + (time == null ? "last=12" : "from=" + time.tanggalAwal().getYear() + "&to=" + time.tanggalAkhir().getYear())
                    + "&interval=month&format=sdmx-csv";
        }
        if (dataset.byRegion()) {
            Integer year = time != null ? Integer.valueOf(time.tanggalAkhir().getYear()) : nationalYear(dataset, stored);
            String indicator = statisticsName(dataset);
            return year == null ? null : base + "/api/v1/statistics/" + indicator + "?year=" + year + "&region="
                    + firstProvince(dataset, stored) + "&format=sdmx-csv";
        }
        if (dataset.isCounts() || dataset.isRatio() || time == null) {
            return seriesUrl(dataset, time, base) + "&format=sdmx-csv";
        }
        return base + "/api/v1/statistics/" + dataset.id() + "?year=" + time.tanggalAkhir().getYear() + "&format=sdmx-csv";
    }

    /** The series of the dataset over its whole coverage (the last 12 periods when nothing is stored yet). */
    private static String seriesUrl(Dataset dataset, CakupanWaktu time, String base) {
        String subject = (dataset.isCounts() ? "category=" : "indicator=") + dataset.seriesCode();
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
}
