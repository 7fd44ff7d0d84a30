package id.go.kemnaker.karirhub.stats.datasets;

/** OpenAPI examples of the dataset metadata, cut from real answers on the 2021 data. */
final class DatasetExamples {

    /** GET /api/v1/datasets/facilitated-workers on the 2021 data. */
    static final String FACILITATED_WORKERS = """
            {"id":"facilitated-workers","url":"http://localhost:8080/api/v1/datasets/facilitated-workers",\
            "judul":{"id":"IKK 5: Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",\
            "en":"IKK 5: Workers facilitated by labour-market services"},\
            "standarData":{"konsep":{"id":"Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",\
            "en":"Workers facilitated by labour-market services"},\
            "definisi":{"id":"Jumlah data Tenaga Kerja yang Difasilitasi Layanan Pasar Kerja selama satu tahun melalui aplikasi KarirHub, dirinci sebagai Pencari Kerja Aktif per minggu (Minggu I-IV) setiap bulan.",\
            "en":"The number of workers facilitated by labour-market services during one year through the KarirHub application, detailed as active job seekers per reporting week (I-IV) of each month."},\
            "sumberDefinisi":"LAKIP 2021 Pusat Pasar Kerja, BAB III.B, Indikator Kinerja Kegiatan 5; Tabel 3.3; target pada Tabel 2.1",\
            "klasifikasi":[{"id":"Kategori: Pencari Kerja Aktif","en":"Category: Active job seekers"},\
            {"id":"Periode: minggu pelaporan (Minggu I-IV), bulan, triwulan, tahun",\
            "en":"Period: reporting week (I-IV), month, quarter, year"},{"id":"Wilayah: nasional (ID)",\
            "en":"Area: national (ID)"}],\
            "ukuran":{"id":"Jumlah, dibandingkan dengan target tahunan (persen capaian = realisasi / target x 100)",\
            "en":"Count, against the yearly target (achievement percent = realisation / target x 100)"},\
            "satuan":{"id":"Orang","en":"Persons"},\
            "sumberSatuan":"Tabel 2.1 dan Tabel 3.1: '2.000.000 Orang', '1.040.746 Orang'"},\
            "metadata":{"produsenData":{"id":"Pusat Pasar Kerja, Kementerian Ketenagakerjaan RI",\
            "en":"Pusat Pasar Kerja (Labour Market Centre), Ministry of Manpower of the Republic of Indonesia"},\
            "walidata":{"nama":null,\
            "catatan":{"id":"Sumber (LAKIP 2021) tidak menyebut walidata. Sumber menyebut Pusat Data dan Teknologi Informasi (Pusdatik), Badan Perencanaan dan Pengembangan Ketenagakerjaan, sebagai mitra Pusat Pasar Kerja untuk Satu Data Ketenagakerjaan dan SISNAKER (BAB III.B, Persentase Penyalahgunaan Data).",\
            "en":"The source (LAKIP 2021) names no data steward (walidata). It names Pusdatik, the ministry's data and IT centre, as Pusat Pasar Kerja's partner for Satu Data Ketenagakerjaan and SISNAKER."}},\
            "frekuensi":{"kode":"mingguan","nama":{"id":"Mingguan: Minggu I-IV setiap bulan (Tabel 3.3)",\
            "en":"Weekly: reporting weeks I-IV of each month (Table 3.3)"},"sdmx":"W",\
            "dcat":"http://publications.europa.eu/resource/authority/frequency/WEEKLY"},\
            "cakupanWaktu":{"periodeAwal":"2021-01-W1","tanggalAwal":"2021-01-01","periodeAkhir":"2021-12-W4",\
            "tanggalAkhir":"2021-12-31"},"cakupanWilayah":{"kode":"ID","nama":{"id":"Nasional (Indonesia)",\
            "en":"National (Indonesia)"},\
            "catatan":{"id":"Angka nasional, kode ID (ISO 3166-1 alpha-2). Rincian per wilayah dengan kode wilayah Kemendagri belum tersedia.",\
            "en":"National figures, code ID (ISO 3166-1 alpha-2). A breakdown by region with Kemendagri region codes is not available yet."}},\
            "tanggalDibuat":"2026-11-27T22:39:27.768300Z","tanggalDiperbarui":"2026-11-27T22:39:27.768300Z",\
            "lisensi":{"nama":"Open data (statistics are public)","url":"https://data.go.id",\
            "catatan":{"id":"Sumber (LAKIP 2021) tidak menyebut lisensi; ini lisensi yang dikonfigurasi untuk layanan (karirhub.satudata.license-name).",\
            "en":"The source (LAKIP 2021) names no licence; this is the licence configured for the service (karirhub.satudata.license-name)."}}},\
            "kodeReferensi":[{"kode":"CL_KARIRHUB_INDICATOR","nama":{"id":"Indikator Kinerja Kegiatan",\
            "en":"Performance indicators"},"versi":"1.0.0","url":"http://localhost:8080/api/v1/indicators",\
            "catatan":null},{"kode":"CL_KARIRHUB_CATEGORY","nama":{"id":"Kategori KarirHub",\
            "en":"KarirHub categories"},"versi":"1.0.0","url":"http://localhost:8080/api/v1/categories",\
            "catatan":null},{"kode":"CL_FREQ","nama":{"id":"Frekuensi","en":"Frequency"},"versi":"1.0.0",\
            "url":"http://localhost:8080/api/v1/datasets/facilitated-workers/structure",\
            "catatan":{"id":"Kode dari code list SDMX CL_FREQ (A, Q, M, W).",\
            "en":"Codes of the SDMX code list CL_FREQ (A, Q, M, W)."}},{"kode":"CL_OBS_STATUS",\
            "nama":{"id":"Status observasi","en":"Observation status"},"versi":"1.0.0",\
            "url":"http://localhost:8080/api/v1/datasets/facilitated-workers/structure",\
            "catatan":{"id":"Kode dari code list SDMX CL_OBS_STATUS (A, M).",\
            "en":"Codes of the SDMX code list CL_OBS_STATUS (A, M)."}},{"kode":"CL_AREA",\
            "nama":{"id":"Wilayah: ISO 3166-1 alpha-2","en":"Area: ISO 3166-1 alpha-2"},"versi":"ISO 3166-1",\
            "url":"http://localhost:8080/api/v1/datasets/facilitated-workers/structure",\
            "catatan":{"id":"Hanya ID (Indonesia) untuk angka nasional.",\
            "en":"Only ID (Indonesia), for national figures."}},{"kode":"KEMENDAGRI_WILAYAH",\
            "nama":{"id":"Kode wilayah Kemendagri","en":"Kemendagri region codes"},"versi":"Kepmendagri 300.2.2-2138/2025",\
            "url":"http://localhost:8080/api/v1/regions","catatan":{"id":"Daftar provinsi dan kabupaten/kota beserta masa \
            berlakunya (kode 2021 menurut Permendagri 58/2021); angka per wilayah belum diterbitkan, sehingga REF_AREA masih ID.",\
            "en":"Provinces and regencies/cities with their validity (2021 codes per Permendagri 58/2021); no figure is \
            published by region yet, so REF_AREA is still ID."}}],\
            "interoperabilitas":{"distribusi":[{"format":"JSON","mediaType":"application/json",\
            "url":"http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021",\
            "operasi":"GET /api/v1/statistics/facilitated-workers","judul":{"id":"Statistik 2021",\
            "en":"Statistics 2021"}},{"format":"CSV","mediaType":"text/csv",\
            "url":"http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021&format=csv",\
            "operasi":"GET /api/v1/statistics/facilitated-workers","judul":{"id":"Statistik 2021",\
            "en":"Statistics 2021"}},{"format":"JSON","mediaType":"application/json",\
            "url":"http://localhost:8080/api/v1/series?indicator=FACILITATED_WORKERS&from=2021&to=2021&interval=week",\
            "operasi":"GET /api/v1/series","judul":{"id":"Deret waktu, seluruh cakupan",\
            "en":"Time series, whole coverage"}},{"format":"CSV","mediaType":"text/csv",\
            "url":"http://localhost:8080/api/v1/series?indicator=FACILITATED_WORKERS&from=2021&to=2021&interval=week&format=csv",\
            "operasi":"GET /api/v1/series","judul":{"id":"Deret waktu, seluruh cakupan",\
            "en":"Time series, whole coverage"}},{"format":"SDMX-CSV",\
            "mediaType":"application/vnd.sdmx.data+csv;version=2.0.0",\
            "url":"http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021&format=sdmx-csv",\
            "operasi":"GET /api/v1/statistics/facilitated-workers","judul":{"id":"SDMX-CSV 2.0 2021",\
            "en":"SDMX-CSV 2.0 2021"}}],"openApi":"http://localhost:8080/q/openapi",\
            "strukturSdmx":"http://localhost:8080/api/v1/datasets/facilitated-workers/structure",\
            "katalogDcat":"http://localhost:8080/api/v1/catalog"},"dataVersion":93}""";

    /** The list holds the seven datasets; the example shows one of them. */
    static final String LIST = "[" + FACILITATED_WORKERS + "]";

    /** GET /api/v1/datasets/facilitated-workers/structure. */
    static final String STRUCTURE = """
            {"agency":"KEMNAKER","dataStructure":"KEMNAKER:DSD_KARIRHUB(1.0.0)",\
            "dataflow":"KEMNAKER:DF_KARIRHUB(1.0.0)","mediaType":"application/vnd.sdmx.data+csv;version=2.0.0",\
            "data":"http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021&format=sdmx-csv",\
            "dimensions":[{"id":"FREQ","nameId":"Frekuensi","nameEn":"Frequency","format":"Coded",\
            "codeList":"CL_FREQ","codes":[{"id":"A","nameId":"Tahunan","nameEn":"Annual"},{"id":"Q",\
            "nameId":"Triwulanan","nameEn":"Quarterly"},{"id":"M","nameId":"Bulanan","nameEn":"Monthly"},{"id":"W",\
            "nameId":"Mingguan (Minggu I-IV dalam bulan)","nameEn":"Weekly (reporting weeks I-IV of the month)"}]},\
            {"id":"REF_AREA","nameId":"Wilayah","nameEn":"Reference area","format":"Coded","codeList":"CL_AREA",\
            "codes":[{"id":"ID","nameId":"Indonesia (nasional)","nameEn":"Indonesia (national)"}]},{"id":"INDICATOR",\
            "nameId":"Indikator Kinerja Kegiatan","nameEn":"Performance indicator","format":"Coded",\
            "codeList":"CL_KARIRHUB_INDICATOR","codes":[{"id":"FACILITATED_WORKERS",\
            "nameId":"Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",\
            "nameEn":"Workers facilitated by labour-market services"}]},{"id":"CATEGORY","nameId":"Kategori",\
            "nameEn":"Category","format":"Coded","codeList":"CL_KARIRHUB_CATEGORY","codes":[{"id":"_T",\
            "nameId":"Total semua kategori indikator","nameEn":"Total of the indicator's categories"}]},\
            {"id":"TIME_PERIOD","nameId":"Periode waktu","nameEn":"Time period",\
            "format":"SDMX time period: 2021 (year), 2021-Q4 (quarter), 2021-10 (month); a reporting week (Minggu I-IV, not an ISO week) as a time range start/duration: 2021-10-15/P7D, the fourth week to the end of the month (P7D to P10D)",\
            "codeList":null,"codes":null}],"measures":[{"id":"OBS_VALUE","nameId":"Nilai observasi",\
            "nameEn":"Observation value","format":"Whole number (Orang / Pengguna); empty when not reported",\
            "codeList":null,"codes":null}],"attributes":[{"id":"OBS_STATUS","nameId":"Status observasi",\
            "nameEn":"Observation status","format":"Coded","codeList":"CL_OBS_STATUS","codes":[{"id":"A",\
            "nameId":"Nilai normal","nameEn":"Normal value"},{"id":"M","nameId":"Tidak dilaporkan (nilai kosong)",\
            "nameEn":"Missing: not reported (empty OBS_VALUE)"}]},{"id":"COMPLETE","nameId":"Lengkap",\
            "nameEn":"Complete",\
            "format":"true when every week and category inside the period was reported; false when the value adds up only what was reported",\
            "codeList":null,"codes":null}]}""";

    static final String NOT_FOUND = """
            {"type":"urn:karirhub:problem:not-found","title":"Not found","status":404,\
            "detail":"No dataset 'nope'; the datasets are counts-job-seeker, counts-employer, counts-pbk-training, \
            counts-prakerja-training, facilitated-workers, service-users, performance-report","instance":"/api/v1/datasets/nope"}""";

    private DatasetExamples() {
    }
}
