package id.go.kemnaker.karirhub.stats.datasets;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/**
 * The published datasets and their data standard (Standar Data): concept, definition, measure,
 * unit and frequency. Every definition is taken from the seed document, LAKIP 2021 of Pusat
 * Pasar Kerja, with the table or section it comes from; where the document is silent, the
 * definition says so instead of supplying one. English texts are translations of it.
 *
 * <p>The {@code -by-region} datasets break IKK 5 and IKK 6 down by province and regency/city; the
 * ratio of vacancies to job seekers is this service's own computation, which the definition says.
 * The IPK tables (issue 22: job seekers by characteristics, vacancies by occupation, the two
 * registers and the education mismatch) name the IPK standard as their source; the LAKIP gives
 * no such table, which their definitions say.
 */
public enum Dataset {

    COUNTS_JOB_SEEKER("counts-job-seeker", Set.of(Category.JOB_SEEKER), null, Interval.WEEK,
            new Text("Jumlah Pencari Kerja Aktif KarirHub", "KarirHub active job seekers"),
            new Text("Pencari Kerja Aktif", "Active job seekers"),
            new Text("Pencari Kerja adalah masyarakat yang sedang mencari pekerjaan. Sumber tidak mendefinisikan kapan "
                    + "pencari kerja disebut aktif.",
                    "Job seekers are members of the public who are looking for work. The source does not define when a job "
                            + "seeker counts as active."),
            "LAKIP 2021 Pusat Pasar Kerja, BAB III.B, Indikator Kinerja Kegiatan 3 (jenis responden survei); kolom "
                    + "'Pencari Kerja Aktif' pada Tabel 3.3 dan Tabel 3.4",
            new Text("Jumlah", "Count"),
            new Text("Orang", "Persons"),
            "Tabel 3.3: 'Jumlah Tenaga Kerja yang Difasilitasi ... 1.040.746 ORANG'"),
    COUNTS_EMPLOYER("counts-employer", Set.of(Category.EMPLOYER), null, Interval.MONTH,
            new Text("Jumlah Pemberi Kerja KarirHub", "KarirHub employers"),
            new Text("Pemberi Kerja", "Employers"),
            new Text("Sumber tidak mendefinisikan Pemberi Kerja; Tabel 3.4 hanya memuat judul kolomnya. Definisi terdekat di "
                    + "sumber adalah untuk Perusahaan: dunia usaha dan industri atau Badan Usaha yang memberikan lowongan "
                    + "pekerjaan sesuai kompetensi yang dibutuhkan.",
                    "The source does not define employers (Pemberi Kerja); Table 3.4 only names the column. Its nearest "
                            + "definition is of companies (Perusahaan): business and industry, or business entities, that offer "
                            + "vacancies for the competences they need."),
            "LAKIP 2021 Pusat Pasar Kerja, Tabel 3.4 (kolom 'Pemberi Kerja'); BAB III.B, Indikator Kinerja Kegiatan 3 "
                    + "(jenis responden survei: Perusahaan)",
            new Text("Jumlah", "Count"),
            new Text("Pengguna", "Users"),
            "Tabel 3.4 menjumlahkan setiap kolom sebagai pengguna ('1.602.957 PENGGUNA'); sumber tidak menyebut satuan "
                    + "Perusahaan"),
    COUNTS_PBK_TRAINING("counts-pbk-training", Set.of(Category.PBK_TRAINING), null, Interval.MONTH,
            new Text("Jumlah Peserta Pelatihan PBK melalui KarirHub", "KarirHub PBK training participants"),
            new Text("Pelatihan PBK", "PBK training"),
            new Text("Sumber tidak mendefinisikan Pelatihan PBK maupun singkatan PBK; Tabel 3.4 hanya memuat judul kolomnya.",
                    "The source defines neither 'Pelatihan PBK' nor the abbreviation PBK; Table 3.4 only names the column."),
            "LAKIP 2021 Pusat Pasar Kerja, Tabel 3.4 (kolom 'Pelatihan PBK')",
            new Text("Jumlah", "Count"),
            new Text("Pengguna", "Users"),
            "Tabel 3.4 menjumlahkan setiap kolom sebagai pengguna ('1.602.957 PENGGUNA')"),
    COUNTS_PRAKERJA_TRAINING("counts-prakerja-training", Set.of(Category.PRAKERJA_TRAINING), null, Interval.MONTH,
            new Text("Jumlah Peserta Pelatihan Pra Kerja melalui KarirHub", "KarirHub Pra Kerja training participants"),
            new Text("Pelatihan Pra Kerja", "Pra Kerja training"),
            new Text("Sumber tidak mendefinisikan Pelatihan Pra Kerja; Tabel 3.4 hanya memuat judul kolomnya. Bulan bertanda "
                    + "'-' tidak dilaporkan.",
                    "The source does not define 'Pelatihan Pra Kerja'; Table 3.4 only names the column. Months marked '-' were "
                            + "not reported."),
            "LAKIP 2021 Pusat Pasar Kerja, Tabel 3.4 (kolom 'Pelatihan Pra Kerja')",
            new Text("Jumlah", "Count"),
            new Text("Pengguna", "Users"),
            "Tabel 3.4 menjumlahkan setiap kolom sebagai pengguna ('1.602.957 PENGGUNA')"),
    COUNTS_VACANCY("counts-vacancy", Set.of(Category.VACANCY), null, Interval.WEEK,
            new Text("Jumlah Lowongan Kerja KarirHub", "KarirHub job vacancies"),
            new Text("Lowongan Kerja", "Job vacancies"),
            new Text("Sumber tidak mendefinisikan lowongan kerja. Sumber hanya menyebut lowongan sebagai yang diberikan "
                    + "Perusahaan sesuai kompetensi yang dibutuhkan (BAB III.B, IKK 3) dan menampilkan '5.051 Total Lowongan' "
                    + "pada beranda KarirHub (Gambar 3.11); tidak ada tabel bulanan lowongan pada sumber.",
                    "The source does not define job vacancies. It only mentions vacancies as what companies offer for the "
                            + "competences they need (BAB III.B, IKK 3) and shows '5.051 Total Lowongan' on the KarirHub home "
                            + "page (Figure 3.11); it has no monthly table of vacancies."),
            "LAKIP 2021 Pusat Pasar Kerja, BAB III.B, Indikator Kinerja Kegiatan 3 (jenis responden survei: Perusahaan) dan "
                    + "Indikator Kinerja Kegiatan 6, Gambar 3.11 ('Total Lowongan')",
            new Text("Jumlah", "Count"),
            new Text("Lowongan", "Vacancies"),
            "Gambar 3.11: '5.051 Total Lowongan'; sumber tidak menyebut satuan lain"),
    FACILITATED_WORKERS("facilitated-workers", Set.of(Category.JOB_SEEKER), Indicator.FACILITATED_WORKERS, Interval.WEEK,
            new Text("IKK 5: Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",
                    "IKK 5: Workers facilitated by labour-market services"),
            new Text("Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja", "Workers facilitated by labour-market services"),
            new Text("Jumlah data Tenaga Kerja yang Difasilitasi Layanan Pasar Kerja selama satu tahun melalui aplikasi "
                    + "KarirHub, dirinci sebagai Pencari Kerja Aktif per minggu (Minggu I-IV) setiap bulan.",
                    "The number of workers facilitated by labour-market services during one year through the KarirHub "
                            + "application, detailed as active job seekers per reporting week (I-IV) of each month."),
            "LAKIP 2021 Pusat Pasar Kerja, BAB III.B, Indikator Kinerja Kegiatan 5; Tabel 3.3; target pada Tabel 2.1",
            new Text("Jumlah, dibandingkan dengan target tahunan (persen capaian = realisasi / target x 100)",
                    "Count, against the yearly target (achievement percent = realisation / target x 100)"),
            new Text("Orang", "Persons"),
            "Tabel 2.1 dan Tabel 3.1: '2.000.000 Orang', '1.040.746 Orang'"),
    FACILITATED_WORKERS_BY_REGION("facilitated-workers-by-region", Set.of(Category.JOB_SEEKER), Indicator.FACILITATED_WORKERS,
            Interval.WEEK, true,
            new Text("IKK 5 menurut wilayah: Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja per provinsi dan "
                    + "kabupaten/kota", "IKK 5 by region: workers facilitated by labour-market services per province and "
                    + "regency/city"),
            new Text("Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja, menurut wilayah",
                    "Workers facilitated by labour-market services, by region"),
            new Text("Definisi IKK 5 (Jumlah data Tenaga Kerja yang Difasilitasi Layanan Pasar Kerja selama satu tahun melalui "
                    + "aplikasi KarirHub), dirinci menurut provinsi dan kabupaten/kota dengan kode wilayah Kemendagri. Sumber "
                    + "tidak memuat angka per wilayah; rincian ini adalah bagian dari angka nasional, selisihnya dilaporkan "
                    + "sebagai 'unallocated'.",
                    "The definition of IKK 5 (workers facilitated by labour-market services during one year through KarirHub), "
                            + "broken down by province and regency/city under the Kemendagri region codes. The source has no "
                            + "figures by region; the breakdown is part of the national figure, the difference is reported as "
                            + "'unallocated'."),
            "LAKIP 2021 Pusat Pasar Kerja, BAB III.B, Indikator Kinerja Kegiatan 5; Tabel 3.3 (tanpa rincian wilayah)",
            new Text("Jumlah per wilayah; bagian dari angka nasional", "Count per region; a part of the national figure"),
            new Text("Orang", "Persons"),
            "Tabel 2.1 dan Tabel 3.1: '2.000.000 Orang', '1.040.746 Orang'"),
    SERVICE_USERS("service-users", Category.serviceUsers(), Indicator.SERVICE_USERS, Interval.MONTH,
            new Text("IKK 6: Jumlah Pengguna Layanan Pasar Kerja", "IKK 6: Labour-market service users"),
            new Text("Jumlah Pengguna Layanan Pasar Kerja", "Labour-market service users"),
            new Text("Hasil rekapan jumlah data pengguna layanan pasar kerja selama satu tahun melalui aplikasi KarirHub: "
                    + "Pencari Kerja Aktif, Pemberi Kerja, Pelatihan PBK dan Pelatihan Pra Kerja per bulan.",
                    "The yearly total of labour-market service users recorded through the KarirHub application: active job "
                            + "seekers, employers, PBK training and Pra Kerja training participants per month."),
            "LAKIP 2021 Pusat Pasar Kerja, BAB III.B, Indikator Kinerja Kegiatan 6; Tabel 3.4; target pada Tabel 2.1",
            new Text("Jumlah, dibandingkan dengan target tahunan (persen capaian = realisasi / target x 100)",
                    "Count, against the yearly target (achievement percent = realisation / target x 100)"),
            new Text("Pengguna", "Users"),
            "Tabel 2.1 dan Tabel 3.1: '2.200.000 Pengguna', '1.602.957 Pengguna'"),
    SERVICE_USERS_BY_REGION("service-users-by-region", Category.serviceUsers(), Indicator.SERVICE_USERS, Interval.MONTH, true,
            new Text("IKK 6 menurut wilayah: Jumlah Pengguna Layanan Pasar Kerja per provinsi dan kabupaten/kota",
                    "IKK 6 by region: labour-market service users per province and regency/city"),
            new Text("Jumlah Pengguna Layanan Pasar Kerja, menurut wilayah", "Labour-market service users, by region"),
            new Text("Definisi IKK 6 (hasil rekapan jumlah data pengguna layanan pasar kerja melalui aplikasi KarirHub: "
                    + "Pencari Kerja Aktif, Pemberi Kerja, Pelatihan PBK dan Pelatihan Pra Kerja), dirinci menurut provinsi dan "
                    + "kabupaten/kota dengan kode wilayah Kemendagri. Sumber tidak memuat angka per wilayah; rincian ini adalah "
                    + "bagian dari angka nasional, selisihnya dilaporkan sebagai 'unallocated'.",
                    "The definition of IKK 6 (labour-market service users recorded through KarirHub: active job seekers, "
                            + "employers, PBK and Pra Kerja training participants), broken down by province and regency/city "
                            + "under the Kemendagri region codes. The source has no figures by region; the breakdown is part of "
                            + "the national figure, the difference is reported as 'unallocated'."),
            "LAKIP 2021 Pusat Pasar Kerja, BAB III.B, Indikator Kinerja Kegiatan 6; Tabel 3.4 (tanpa rincian wilayah)",
            new Text("Jumlah per wilayah; bagian dari angka nasional", "Count per region; a part of the national figure"),
            new Text("Pengguna", "Users"),
            "Tabel 2.1 dan Tabel 3.1: '2.200.000 Pengguna', '1.602.957 Pengguna'"),
    VACANCIES_PER_100_JOB_SEEKERS("vacancies-per-100-job-seekers", Set.of(Category.VACANCY, Category.JOB_SEEKER), null,
            Interval.MONTH,
            new Text("Lowongan Kerja per 100 Pencari Kerja Aktif KarirHub", "KarirHub job vacancies per 100 active job seekers"),
            new Text("Rasio lowongan kerja terhadap pencari kerja aktif", "Job vacancies against active job seekers"),
            new Text("Sumber tidak memuat rasio ini maupun definisinya. Rasio dihitung oleh layanan ini dari dua jumlah yang "
                    + "disimpan: lowongan kerja dibagi pencari kerja aktif dikali 100, per periode (rasio jumlah periode, bukan "
                    + "rata-rata rasio), dibulatkan HALF_UP ke 2 desimal.",
                    "The source has neither this ratio nor a definition of it. This service computes it from two stored counts: "
                            + "job vacancies divided by active job seekers times 100, per period (the ratio of the period's sums, "
                            + "not an average of ratios), rounded HALF_UP to 2 decimals."),
            "LAKIP 2021 Pusat Pasar Kerja: tidak ada (rasio layanan ini); pencari kerja aktif dari Tabel 3.3 dan Tabel 3.4, "
                    + "lowongan dari Gambar 3.11",
            new Text("Rasio per 100 (2 desimal)", "Ratio per 100 (2 decimals)"),
            new Text("Lowongan per 100 pencari kerja", "Vacancies per 100 job seekers"),
            "Sumber tidak menyebut satuan rasio; satuan ini mengikuti rumusnya"),
    JOB_SEEKERS_BY_CHARACTERISTICS("job-seekers-by-characteristics", Set.of(Category.JOB_SEEKER), Kind.PARTS,
            List.of(Dimension.SEX, Dimension.AGE_GROUP, Dimension.EDUCATION),
            new Text("Pencari Kerja Aktif KarirHub menurut jenis kelamin, kelompok umur dan pendidikan",
                    "KarirHub active job seekers by sex, age group and education"),
            new Text("Pencari kerja menurut karakteristik (IPK)", "Job seekers by characteristics (IPK)"),
            new Text("Bagian dari jumlah Pencari Kerja Aktif menurut jenis kelamin, kelompok umur lima tahunan dan pendidikan "
                    + "tertinggi yang ditamatkan, satu atau dua dimensi sekaligus, seperti tabel IPK. Bagian boleh kurang dari "
                    + "jumlah keseluruhan (sisanya 'unallocated'), tidak pernah lebih.",
                    "Parts of the count of active job seekers by sex, five-year age group and highest level of education "
                            + "completed, along one or two dimensions at once, as the IPK tables give them. Parts may add up to "
                            + "less than the whole (the rest is 'unallocated'), never more."),
            "Standar Informasi Pasar Kerja (IPK): Kepdirjen Binapenta No. KEP.268/PPTK/XII/2012, di bawah Permenakertrans PER.07/MEN/IV/2008; LAKIP 2021 Pusat Pasar Kerja menyebut IPK sebagai yang diperkuat KarirHub; daftar kode di /api/v1/code-lists",
            new Text("Jumlah per kode; bagian dari jumlah keseluruhan", "Count per code; a part of the whole"),
            new Text("Orang", "Persons"),
            "Tabel 3.3: satuan Pencari Kerja Aktif 'ORANG'"),
    VACANCIES_BY_OCCUPATION("vacancies-by-occupation", Set.of(Category.VACANCY), Kind.PARTS,
            List.of(Dimension.OCCUPATION, Dimension.EDUCATION),
            new Text("Lowongan Kerja KarirHub menurut jabatan dan pendidikan", "KarirHub job vacancies by occupation and education"),
            new Text("Lowongan menurut jabatan dan pendidikan (IPK)", "Vacancies by occupation and education (IPK)"),
            new Text("Bagian dari jumlah lowongan kerja menurut golongan pokok jabatan (KBJI 2014) dan pendidikan yang diminta, "
                    + "seperti tabel IPK. Bagian boleh kurang dari jumlah keseluruhan (sisanya 'unallocated'), tidak pernah lebih.",
                    "Parts of the count of job vacancies by occupation major group (KBJI 2014) and the education asked for, as "
                            + "the IPK tables give them. Parts may add up to less than the whole (the rest is 'unallocated'), "
                            + "never more."),
            "Standar Informasi Pasar Kerja (IPK): Kepdirjen Binapenta No. KEP.268/PPTK/XII/2012, di bawah Permenakertrans PER.07/MEN/IV/2008; LAKIP 2021 Pusat Pasar Kerja menyebut IPK sebagai yang diperkuat KarirHub; KBJI 2014 (BPS), selaras dengan ISCO-08",
            new Text("Jumlah per kode; bagian dari jumlah keseluruhan", "Count per code; a part of the whole"),
            new Text("Lowongan", "Vacancies"),
            "Gambar 3.11: '5.051 Total Lowongan'"),
    REGISTER_JOB_SEEKERS("register-job-seekers", Set.of(Category.JOB_SEEKER, Category.JOB_SEEKER_PLACED,
            Category.JOB_SEEKER_REMOVED, Category.JOB_SEEKERS_REMAINING), Kind.REGISTER, List.of(),
            new Text("Neraca pencari kerja KarirHub: terdaftar, ditempatkan, dihapus dan sisa",
                    "KarirHub register of job seekers: registered, placed, removed and remaining"),
            new Text("Neraca pencari kerja (IPK)", "Register of job seekers (IPK)"),
            new Text("Per bulan: sisa awal (sisa akhir bulan sebelumnya), terdaftar, ditempatkan, dihapus (kartu AK/1 habis masa "
                    + "berlakunya atau ditarik) dan sisa akhir bulan, dengan pemeriksaan identitas sisa awal + terdaftar - "
                    + "ditempatkan - dihapus = sisa akhir. Laporan yang tidak seimbang ditandai, tidak dikoreksi.",
                    "Per month: opening stock (the previous month's closing), registered, placed, removed (the AK/1 card "
                            + "lapsed or was withdrawn) and the closing stock, with the identity opening + registered - placed - "
                            + "removed = closing checked. Reports that disagree are flagged, never corrected."),
            "Standar Informasi Pasar Kerja (IPK): Kepdirjen Binapenta No. KEP.268/PPTK/XII/2012, di bawah Permenakertrans PER.07/MEN/IV/2008; LAKIP 2021 Pusat Pasar Kerja menyebut IPK sebagai yang diperkuat KarirHub",
            new Text("Arus (jumlah per bulan) dan stok (akhir bulan)", "Flows (counts per month) and stocks (end of month)"),
            new Text("Orang", "Persons"),
            "Tabel 3.3: satuan Pencari Kerja Aktif 'ORANG'"),
    REGISTER_VACANCIES("register-vacancies", Set.of(Category.VACANCY, Category.VACANCY_FILLED, Category.VACANCY_REMOVED,
            Category.VACANCIES_REMAINING), Kind.REGISTER, List.of(),
            new Text("Neraca lowongan kerja KarirHub: terdaftar, dipenuhi, dihapus dan sisa",
                    "KarirHub register of vacancies: registered, filled, removed and remaining"),
            new Text("Neraca lowongan kerja (IPK)", "Register of vacancies (IPK)"),
            new Text("Per bulan: sisa awal, lowongan terdaftar, dipenuhi, dihapus dan sisa akhir bulan, dengan pemeriksaan "
                    + "identitas yang sama dengan neraca pencari kerja.",
                    "Per month: opening stock, vacancies registered, filled, removed and the closing stock, with the same "
                            + "identity checked as for job seekers."),
            "Standar Informasi Pasar Kerja (IPK): Kepdirjen Binapenta No. KEP.268/PPTK/XII/2012, di bawah Permenakertrans PER.07/MEN/IV/2008; LAKIP 2021 Pusat Pasar Kerja menyebut IPK sebagai yang diperkuat KarirHub",
            new Text("Arus (jumlah per bulan) dan stok (akhir bulan)", "Flows (counts per month) and stocks (end of month)"),
            new Text("Lowongan", "Vacancies"),
            "Gambar 3.11: '5.051 Total Lowongan'"),
    EDUCATION_MISMATCH("education-mismatch", Set.of(Category.JOB_SEEKER, Category.JOB_SEEKERS_REMAINING, Category.VACANCY,
            Category.VACANCIES_REMAINING), Kind.MISMATCH, List.of(Dimension.EDUCATION),
            new Text("Penawaran dan permintaan tenaga kerja KarirHub menurut pendidikan",
                    "KarirHub labour supply against demand by education"),
            new Text("Pencari kerja dan lowongan menurut pendidikan (IPK)", "Job seekers and vacancies by education (IPK)"),
            new Text("Per tingkat pendidikan: pencari kerja (terdaftar dan sisa) dan lowongan (terdaftar dan sisa), dengan "
                    + "lowongan per 100 pencari kerja (HALF_UP, 2 desimal): tabel ketidaksesuaian yang diminta perencana. "
                    + "Sumber (LAKIP 2021, IKK 1) menyebut data penawaran dan permintaan tenaga kerja.",
                    "Per level of education: job seekers (registered and remaining) and vacancies (registered and remaining), "
                            + "with vacancies per 100 job seekers (HALF_UP, 2 decimals): the mismatch table planners ask for. "
                            + "The source (LAKIP 2021, IKK 1) names data on labour supply and demand."),
            "Standar Informasi Pasar Kerja (IPK): Kepdirjen Binapenta No. KEP.268/PPTK/XII/2012, di bawah Permenakertrans PER.07/MEN/IV/2008; LAKIP 2021 Pusat Pasar Kerja menyebut IPK sebagai yang diperkuat KarirHub",
            new Text("Jumlah per tingkat pendidikan dan rasio per 100", "Count per level of education and a ratio per 100"),
            new Text("Orang dan lowongan", "Persons and vacancies"),
            "Tabel 3.3 ('ORANG') dan Gambar 3.11 ('Total Lowongan')"),
    PERFORMANCE_REPORT("performance-report", Category.serviceUsers(), null, Interval.YEAR,
            new Text("Pengukuran Indikator Kinerja Pusat Pasar Kerja (Tabel 3.1)",
                    "Performance indicators of Pusat Pasar Kerja (LAKIP Table 3.1)"),
            new Text("Pengukuran Indikator Kinerja Pusat Pasar Kerja", "Measurement of the performance indicators"),
            new Text("Pengukuran tingkat capaian kinerja dilakukan dengan metode perbandingan antara target dengan realisasi "
                    + "masing-masing indikator kinerja kegiatan.",
                    "The level of achievement is measured by comparing the target with the realisation of each activity "
                            + "performance indicator (IKK)."),
            "LAKIP 2021 Pusat Pasar Kerja, BAB III.A; Tabel 3.1; target pada Tabel 2.1",
            new Text("Target, realisasi dan persen capaian per indikator", "Target, realisation and achievement percent per indicator"),
            new Text("Menurut indikator: Indeks, Persen, Orang, Pengguna, Laporan",
                    "By indicator: index, percent, persons, users, reports"),
            "Tabel 2.1 dan Tabel 3.1 (satuan tiap indikator); IKK 7: '0 (NOL) LAPORAN'");

    /** What a dataset holds: figures of wholes (counts, indicators, the ratio, the report), or the IPK tables. */
    public enum Kind {
        /** Counts of whole categories, an indicator, the ratio or the report. */
        WHOLE,
        /** Parts of a category's counts along dimensions, served by the breakdown. */
        PARTS,
        /** A register's flows and stocks, served by the register balance. */
        REGISTER,
        /** Supply against demand by education. */
        MISMATCH
    }

    private final String id;
    private final Kind kind;
    private final List<Dimension> dimensions;
    private final Set<Category> categories;
    private final Indicator indicator;
    private final Interval frequency;
    private final boolean byRegion;
    private final Text title;
    private final Text concept;
    private final Text definition;
    private final String definitionSource;
    private final Text measure;
    private final Text unit;
    private final String unitSource;

    Dataset(String id, Set<Category> categories, Indicator indicator, Interval frequency, Text title, Text concept,
            Text definition, String definitionSource, Text measure, Text unit, String unitSource) {
        this(id, categories, indicator, frequency, false, title, concept, definition, definitionSource, measure, unit, unitSource);
    }

    /** An IPK table: monthly, national or by region ({@code region=}), along {@code dimensions}. */
    Dataset(String id, Set<Category> categories, Kind kind, List<Dimension> dimensions, Text title, Text concept, Text definition,
            String definitionSource, Text measure, Text unit, String unitSource) {
        this(id, categories, null, Interval.MONTH, false, kind, dimensions, title, concept, definition, definitionSource, measure,
                unit, unitSource);
    }

    Dataset(String id, Set<Category> categories, Indicator indicator, Interval frequency, boolean byRegion, Text title,
            Text concept, Text definition, String definitionSource, Text measure, Text unit, String unitSource) {
        this(id, categories, indicator, frequency, byRegion, Kind.WHOLE, List.of(), title, concept, definition, definitionSource,
                measure, unit, unitSource);
    }

    Dataset(String id, Set<Category> categories, Indicator indicator, Interval frequency, boolean byRegion, Kind kind,
            List<Dimension> dimensions, Text title, Text concept, Text definition, String definitionSource, Text measure, Text unit,
            String unitSource) {
        this.id = id;
        this.kind = kind;
        this.dimensions = List.copyOf(dimensions);
        this.byRegion = byRegion;
        this.categories = Set.copyOf(categories);
        this.indicator = indicator;
        this.frequency = frequency;
        this.title = title;
        this.concept = concept;
        this.definition = definition;
        this.definitionSource = definitionSource;
        this.measure = measure;
        this.unit = unit;
        this.unitSource = unitSource;
    }

    /** The id in URLs: /api/v1/datasets/facilitated-workers. */
    public String id() {
        return id;
    }

    /** The categories whose counts the dataset holds or adds up. */
    public Set<Category> categories() {
        return categories;
    }

    /** The indicator the dataset measures; null for the counts of a category and for the report. */
    public Indicator indicator() {
        return indicator;
    }

    /** The finest period it is reported in: weekly (Table 3.3), monthly (Table 3.4) or yearly (Table 3.1). */
    public Interval frequency() {
        return frequency;
    }

    public Text title() {
        return title;
    }

    public Text concept() {
        return concept;
    }

    public Text definition() {
        return definition;
    }

    public String definitionSource() {
        return definitionSource;
    }

    public Text measure() {
        return measure;
    }

    public Text unit() {
        return unit;
    }

    public String unitSource() {
        return unitSource;
    }

    /** A dataset of the counts of one category, outside any indicator. */
    public boolean isCounts() {
        return kind == Kind.WHOLE && indicator == null && this != PERFORMANCE_REPORT && !isRatio();
    }

    public Kind kind() {
        return kind;
    }

    /** The dimensions its parts are broken down by (none for a dataset of wholes or a register). */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** Whether it is served as SDMX-CSV: every dataset but the report. */
    public boolean publishedAsSdmx() {
        return this != PERFORMANCE_REPORT;
    }

    /** The vacancies per 100 job seekers: a ratio of two categories' counts, served as a series and by labour-market. */
    public boolean isRatio() {
        return this == VACANCIES_PER_100_JOB_SEEKERS;
    }

    /**
     * A breakdown by province and regency/city (Kemendagri codes), read from the regional counts;
     * every other dataset holds national figures, read from the national counts only.
     */
    public boolean byRegion() {
        return byRegion;
    }

    /** The code a series names it by ({@code indicator=} or {@code category=}): an indicator, a ratio or a category. */
    public String seriesCode() {
        if (indicator != null) {
            return indicator.name();
        }
        return isRatio() ? name() : categories.iterator().next().name();
    }

    public static Optional<Dataset> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Dataset::id).toList();
    }
}
