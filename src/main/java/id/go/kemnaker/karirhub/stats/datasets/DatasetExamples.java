package id.go.kemnaker.karirhub.stats.datasets;

/**
 * OpenAPI examples of the dataset metadata, cut from real answers on the 2021 data; the by-region
 * ones after two regional counts of Kota Bandung (32.73), in the first and the last week of 2021.
 */
final class DatasetExamples {

    /** GET /api/v1/datasets/facilitated-workers on the 2021 data. */
    static final String FACILITATED_WORKERS = """
            {"id":"facilitated-workers","url":"http://localhost:8080/api/v1/datasets/facilitated-workers",\
            "judul":{"id":"IKK 5: Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",\
            "en":"IKK 5: Workers facilitated by labour-market services"},\
            "standarData":{"konsep":{"id":"Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",\
            "en":"Workers facilitated by labour-market services"},\
            "definisi":{"id":"Jumlah data Tenaga Kerja yang Difasilitasi Layanan Pasar Kerja selama satu tahun melalui \
            aplikasi KarirHub, dirinci sebagai Pencari Kerja Aktif per minggu (Minggu I-IV) setiap bulan.",\
            "en":"The number of workers facilitated by labour-market services during one year through the KarirHub \
            application, detailed as active job seekers per reporting week (I-IV) of each month."},\
            "sumberDefinisi":"LAKIP 2021 Pusat Pasar Kerja, BAB III.B, Indikator Kinerja Kegiatan 5; Tabel 3.3; target \
            pada Tabel 2.1","klasifikasi":[{"id":"Kategori: Pencari Kerja Aktif","en":"Category: Active job seekers"},\
            {"id":"Periode: minggu pelaporan (Minggu I-IV), bulan, triwulan, tahun",\
            "en":"Period: reporting week (I-IV), month, quarter, year"},{"id":"Wilayah: nasional (ID)",\
            "en":"Area: national (ID)"}],"ukuran":{"id":"Jumlah, dibandingkan dengan target tahunan (persen capaian = \
            realisasi / target x 100)","en":"Count, against the yearly target (achievement percent = realisation / target \
            x 100)"},"satuan":{"id":"Orang","en":"Persons"},\
            "sumberSatuan":"Tabel 2.1 dan Tabel 3.1: '2.000.000 Orang', '1.040.746 Orang'"},\
            "metadata":{"produsenData":{"id":"Pusat Pasar Kerja, Kementerian Ketenagakerjaan RI",\
            "en":"Pusat Pasar Kerja (Labour Market Centre), Ministry of Manpower of the Republic of Indonesia"},\
            "walidata":{"nama":null,"catatan":{"id":"Sumber (LAKIP 2021) tidak menyebut walidata. Sumber menyebut Pusat \
            Data dan Teknologi Informasi (Pusdatik), Badan Perencanaan dan Pengembangan Ketenagakerjaan, sebagai mitra \
            Pusat Pasar Kerja untuk Satu Data Ketenagakerjaan dan SISNAKER (BAB III.B, Persentase Penyalahgunaan Data).",\
            "en":"The source (LAKIP 2021) names no data steward (walidata). It names Pusdatik, the ministry's data and IT \
            centre, as Pusat Pasar Kerja's partner for Satu Data Ketenagakerjaan and SISNAKER."}},\
            "frekuensi":{"kode":"mingguan","nama":{"id":"Mingguan: Minggu I-IV setiap bulan (Tabel 3.3)",\
            "en":"Weekly: reporting weeks I-IV of each month (Table 3.3)"},"sdmx":"W",\
            "dcat":"http://publications.europa.eu/resource/authority/frequency/WEEKLY"},\
            "cakupanWaktu":{"periodeAwal":"2021-01-W1","tanggalAwal":"2021-01-01","periodeAkhir":"2021-12-W4",\
            "tanggalAkhir":"2021-12-31"},"cakupanWilayah":{"kode":"ID","nama":{"id":"Nasional (Indonesia)",\
            "en":"National (Indonesia)"},"catatan":{"id":"Angka nasional, kode ID (ISO 3166-1 alpha-2), dari jumlah \
            nasional yang disimpan. Rincian per provinsi dan kabupaten/kota ada pada dataset -by-region.",\
            "en":"National figures, code ID (ISO 3166-1 alpha-2), from the stored national counts. The breakdown by \
            province and regency/city is in the -by-region datasets."},"tingkat":["nasional"],"daftarKode":null},\
            "tanggalDibuat":"2026-11-30T06:11:39.384960Z","tanggalDiperbarui":"2026-11-30T06:11:39.384960Z",\
            "lisensi":{"nama":"Creative Commons Attribution 4.0 International (CC BY 4.0)",\
            "url":"https://creativecommons.org/licenses/by/4.0/",\
            "catatan":{"id":"Sumber (LAKIP 2021) tidak menyebut lisensi; ini lisensi yang dikonfigurasi untuk layanan \
            (karirhub.satudata.license-name).","en":"The source (LAKIP 2021) names no licence; this is the licence \
            configured for the service (karirhub.satudata.license-name)."}}},\
            "kodeReferensi":[{"kode":"CL_KARIRHUB_INDICATOR","nama":{"id":"Indikator Kinerja Kegiatan",\
            "en":"Performance indicators"},"versi":"1.0.0","url":"http://localhost:8080/api/v1/indicators",\
            "catatan":null,"sumber":null},{"kode":"CL_KARIRHUB_CATEGORY","nama":{"id":"Kategori KarirHub",\
            "en":"KarirHub categories"},"versi":"1.0.0","url":"http://localhost:8080/api/v1/categories",\
            "catatan":null,"sumber":null},{"kode":"CL_FREQ","nama":{"id":"Frekuensi","en":"Frequency"},"versi":"1.0.0",\
            "url":"http://localhost:8080/api/v1/datasets/facilitated-workers/structure",\
            "catatan":{"id":"Kode dari code list SDMX CL_FREQ (A, Q, M, W).",\
            "en":"Codes of the SDMX code list CL_FREQ (A, Q, M, W)."},"sumber":null},{"kode":"CL_OBS_STATUS",\
            "nama":{"id":"Status observasi","en":"Observation status"},"versi":"1.0.0",\
            "url":"http://localhost:8080/api/v1/datasets/facilitated-workers/structure",\
            "catatan":{"id":"Kode dari code list SDMX CL_OBS_STATUS (A, M).",\
            "en":"Codes of the SDMX code list CL_OBS_STATUS (A, M)."},"sumber":null},{"kode":"CL_AREA",\
            "nama":{"id":"Wilayah: ISO 3166-1 alpha-2","en":"Area: ISO 3166-1 alpha-2"},"versi":"ISO 3166-1",\
            "url":"http://localhost:8080/api/v1/datasets/facilitated-workers/structure",\
            "catatan":{"id":"Hanya ID (Indonesia) untuk angka nasional.",\
            "en":"Only ID (Indonesia), for national figures."},"sumber":null},{"kode":"KEMENDAGRI_WILAYAH",\
            "nama":{"id":"Kode wilayah Kemendagri","en":"Kemendagri region codes"},"versi":"ec3a8c5a3cc53040",\
            "url":"http://localhost:8080/api/v1/regions",\
            "catatan":{"id":"Angka nasional (REF_AREA ID); dengan region= (satu kode) REF_AREA adalah kode ini. Versi: \
            sidik jari daftar.","en":"National figures (REF_AREA ID); with region= (one code) REF_AREA is this code. \
            Version: a fingerprint of the list."},"sumber":"Kepmendagri No 300.2.2-2138 Tahun 2025 (kode berlaku); \
            Permendagri No 58 Tahun 2021 (kode 2021, termasuk kode lama di Papua dengan masa berlakunya)"}],\
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
            "url":"http://localhost:8080/api/v1/series?indicator=FACILITATED_WORKERS&from=2021&to=2021&interval=week&forma\
            t=csv","operasi":"GET /api/v1/series","judul":{"id":"Deret waktu, seluruh cakupan",\
            "en":"Time series, whole coverage"}},{"format":"SDMX-CSV",\
            "mediaType":"application/vnd.sdmx.data+csv;version=2.0.0",\
            "url":"http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021&format=sdmx-csv",\
            "operasi":"GET /api/v1/statistics/facilitated-workers","judul":{"id":"SDMX-CSV 2.0 2021",\
            "en":"SDMX-CSV 2.0 2021"}}],"openApi":"http://localhost:8080/q/openapi",\
            "strukturSdmx":"http://localhost:8080/api/v1/datasets/facilitated-workers/structure",\
            "katalogDcat":"http://localhost:8080/api/v1/catalog"},"dataVersion":93}""";

    /** GET /api/v1/datasets/facilitated-workers-by-region after regional counts of 32.73 in 2021-01-W1 and 2021-12-W4. */
    static final String FACILITATED_WORKERS_BY_REGION = """
            {"id":"facilitated-workers-by-region","url":"http://localhost:8080/api/v1/datasets/facilitated-workers-by-regi\
            on","judul":{"id":"IKK 5 menurut wilayah: Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja per \
            provinsi dan kabupaten/kota","en":"IKK 5 by region: workers facilitated by labour-market services per \
            province and regency/city"},"standarData":{"konsep":{"id":"Jumlah Tenaga Kerja yang difasilitasi layanan \
            pasar kerja, menurut wilayah","en":"Workers facilitated by labour-market services, by region"},\
            "definisi":{"id":"Definisi IKK 5 (Jumlah data Tenaga Kerja yang Difasilitasi Layanan Pasar Kerja selama satu \
            tahun melalui aplikasi KarirHub), dirinci menurut provinsi dan kabupaten/kota dengan kode wilayah Kemendagri. \
            Sumber tidak memuat angka per wilayah; rincian ini adalah bagian dari angka nasional, selisihnya dilaporkan \
            sebagai 'unallocated'.","en":"The definition of IKK 5 (workers facilitated by labour-market services during \
            one year through KarirHub), broken down by province and regency/city under the Kemendagri region codes. The \
            source has no figures by region; the breakdown is part of the national figure, the difference is reported as \
            'unallocated'."},"sumberDefinisi":"LAKIP 2021 Pusat Pasar Kerja, BAB III.B, Indikator Kinerja Kegiatan 5; \
            Tabel 3.3 (tanpa rincian wilayah)","klasifikasi":[{"id":"Kategori: Pencari Kerja Aktif",\
            "en":"Category: Active job seekers"},{"id":"Periode: minggu pelaporan (Minggu I-IV), bulan, triwulan, tahun",\
            "en":"Period: reporting week (I-IV), month, quarter, year"},\
            {"id":"Wilayah: provinsi dan kabupaten/kota (kode wilayah Kemendagri)",\
            "en":"Area: province and regency/city (Kemendagri region codes)"}],\
            "ukuran":{"id":"Jumlah per wilayah; bagian dari angka nasional",\
            "en":"Count per region; a part of the national figure"},"satuan":{"id":"Orang","en":"Persons"},\
            "sumberSatuan":"Tabel 2.1 dan Tabel 3.1: '2.000.000 Orang', '1.040.746 Orang'"},\
            "metadata":{"produsenData":{"id":"Pusat Pasar Kerja, Kementerian Ketenagakerjaan RI",\
            "en":"Pusat Pasar Kerja (Labour Market Centre), Ministry of Manpower of the Republic of Indonesia"},\
            "walidata":{"nama":null,"catatan":{"id":"Sumber (LAKIP 2021) tidak menyebut walidata. Sumber menyebut Pusat \
            Data dan Teknologi Informasi (Pusdatik), Badan Perencanaan dan Pengembangan Ketenagakerjaan, sebagai mitra \
            Pusat Pasar Kerja untuk Satu Data Ketenagakerjaan dan SISNAKER (BAB III.B, Persentase Penyalahgunaan Data).",\
            "en":"The source (LAKIP 2021) names no data steward (walidata). It names Pusdatik, the ministry's data and IT \
            centre, as Pusat Pasar Kerja's partner for Satu Data Ketenagakerjaan and SISNAKER."}},\
            "frekuensi":{"kode":"mingguan","nama":{"id":"Mingguan: Minggu I-IV setiap bulan (Tabel 3.3)",\
            "en":"Weekly: reporting weeks I-IV of each month (Table 3.3)"},"sdmx":"W",\
            "dcat":"http://publications.europa.eu/resource/authority/frequency/WEEKLY"},\
            "cakupanWaktu":{"periodeAwal":"2021-01-W1","tanggalAwal":"2021-01-01","periodeAkhir":"2021-12-W4",\
            "tanggalAkhir":"2021-12-31"},"cakupanWilayah":{"kode":"KEMENDAGRI_WILAYAH",\
            "nama":{"id":"Provinsi dan kabupaten/kota di Indonesia (kode wilayah Kemendagri)",\
            "en":"Provinces and regencies/cities of Indonesia (Kemendagri region codes)"},\
            "catatan":{"id":"REF_AREA adalah kode wilayah Kemendagri: provinsi NN (32), kabupaten/kota NN.NN (32.73), \
            yang berlaku pada periodenya. Tingkat: tingkat wilayah yang memiliki jumlah tersimpan; provinsi tanpa jumlah \
            sendiri adalah jumlah kabupaten/kotanya. Daftar kode di /api/v1/regions.",\
            "en":"REF_AREA is the Kemendagri region code: province NN (32), regency/city NN.NN (32.73), valid in the \
            period. Levels: the levels with stored counts; a province without a count of its own adds up its \
            regencies/cities. The codes are listed at /api/v1/regions."},"tingkat":["provinsi","kabupaten/kota"],\
            "daftarKode":"http://localhost:8080/api/v1/regions"},"tanggalDibuat":"2026-11-30T06:14:52.314957Z",\
            "tanggalDiperbarui":"2026-11-30T06:14:52.476203Z","lisensi":{"nama":"Creative Commons Attribution 4.0 International (CC BY 4.0)",\
            "url":"https://creativecommons.org/licenses/by/4.0/","catatan":{"id":"Sumber (LAKIP 2021) tidak menyebut lisensi; ini lisensi yang \
            dikonfigurasi untuk layanan (karirhub.satudata.license-name).",\
            "en":"The source (LAKIP 2021) names no licence; this is the licence configured for the service \
            (karirhub.satudata.license-name)."}}},"kodeReferensi":[{"kode":"CL_KARIRHUB_INDICATOR",\
            "nama":{"id":"Indikator Kinerja Kegiatan","en":"Performance indicators"},"versi":"1.0.0",\
            "url":"http://localhost:8080/api/v1/indicators","catatan":null,"sumber":null},{"kode":"CL_KARIRHUB_CATEGORY",\
            "nama":{"id":"Kategori KarirHub","en":"KarirHub categories"},"versi":"1.0.0",\
            "url":"http://localhost:8080/api/v1/categories","catatan":null,"sumber":null},{"kode":"CL_FREQ",\
            "nama":{"id":"Frekuensi","en":"Frequency"},"versi":"1.0.0",\
            "url":"http://localhost:8080/api/v1/datasets/facilitated-workers-by-region/structure",\
            "catatan":{"id":"Kode dari code list SDMX CL_FREQ (A, Q, M, W).",\
            "en":"Codes of the SDMX code list CL_FREQ (A, Q, M, W)."},"sumber":null},{"kode":"CL_OBS_STATUS",\
            "nama":{"id":"Status observasi","en":"Observation status"},"versi":"1.0.0",\
            "url":"http://localhost:8080/api/v1/datasets/facilitated-workers-by-region/structure",\
            "catatan":{"id":"Kode dari code list SDMX CL_OBS_STATUS (A, M).",\
            "en":"Codes of the SDMX code list CL_OBS_STATUS (A, M)."},"sumber":null},{"kode":"KEMENDAGRI_WILAYAH",\
            "nama":{"id":"Kode wilayah Kemendagri","en":"Kemendagri region codes"},"versi":"ec3a8c5a3cc53040",\
            "url":"http://localhost:8080/api/v1/regions",\
            "catatan":{"id":"REF_AREA dataset ini: provinsi dan kabupaten/kota beserta masa berlakunya (kode 2021 menurut \
            Permendagri 58/2021). Versi: sidik jari daftar, berubah hanya bila migrasi mengubahnya.",\
            "en":"This dataset's REF_AREA: provinces and regencies/cities with their validity (2021 codes per Permendagri \
            58/2021). Version: a fingerprint of the list, changing only when a migration changes it."},\
            "sumber":"Kepmendagri No 300.2.2-2138 Tahun 2025 (kode berlaku); Permendagri No 58 Tahun 2021 (kode 2021, \
            termasuk kode lama di Papua dengan masa berlakunya)"}],"interoperabilitas":{"distribusi":[{"format":"JSON",\
            "mediaType":"application/json","url":"http://localhost:8080/api/v1/statistics/facilitated-workers/by-region?ye\
            ar=2021&level=province","operasi":"GET /api/v1/statistics/facilitated-workers/by-region",\
            "judul":{"id":"Per provinsi 2021","en":"By province 2021"}},{"format":"CSV","mediaType":"text/csv",\
            "url":"http://localhost:8080/api/v1/statistics/facilitated-workers/by-region?year=2021&level=province&format=c\
            sv","operasi":"GET /api/v1/statistics/facilitated-workers/by-region","judul":{"id":"Per provinsi 2021",\
            "en":"By province 2021"}},{"format":"JSON","mediaType":"application/json",\
            "url":"http://localhost:8080/api/v1/statistics/facilitated-workers/by-region?year=2021&level=regency&parent=32\
            ","operasi":"GET /api/v1/statistics/facilitated-workers/by-region",\
            "judul":{"id":"Per kabupaten/kota provinsi 32 2021","en":"By regency/city of province 32 2021"}},\
            {"format":"SDMX-CSV","mediaType":"application/vnd.sdmx.data+csv;version=2.0.0",\
            "url":"http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021&region=32&format=sdmx-csv",\
            "operasi":"GET /api/v1/statistics/facilitated-workers",\
            "judul":{"id":"SDMX-CSV 2.0, REF_AREA 32 (satu wilayah per permintaan: region=) 2021",\
            "en":"SDMX-CSV 2.0, REF_AREA 32 (one region a request: region=) 2021"}}],\
            "openApi":"http://localhost:8080/q/openapi",\
            "strukturSdmx":"http://localhost:8080/api/v1/datasets/facilitated-workers-by-region/structure",\
            "katalogDcat":"http://localhost:8080/api/v1/catalog"},"dataVersion":95}""";

    /** The list holds every dataset; the example shows two of them. */
    static final String LIST = "[" + FACILITATED_WORKERS + "," + FACILITATED_WORKERS_BY_REGION + "]";

    /** GET /api/v1/datasets/facilitated-workers/structure. */
    static final String STRUCTURE = """
            {"agency":"KEMNAKER","dataStructure":"KEMNAKER:DSD_KARIRHUB(1.0.0)","dataflow":"KEMNAKER:DF_KARIRHUB(1.0.0)",\
            "mediaType":"application/vnd.sdmx.data+csv;version=2.0.0",\
            "data":"http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021&format=sdmx-csv",\
            "dimensions":[{"id":"FREQ","nameId":"Frekuensi","nameEn":"Frequency","format":"Coded","codeList":"CL_FREQ",\
            "codes":[{"id":"A","nameId":"Tahunan","nameEn":"Annual"},{"id":"Q","nameId":"Triwulanan",\
            "nameEn":"Quarterly"},{"id":"M","nameId":"Bulanan","nameEn":"Monthly"},{"id":"W",\
            "nameId":"Mingguan (Minggu I-IV dalam bulan)","nameEn":"Weekly (reporting weeks I-IV of the month)"}],\
            "codeListUrl":null,"codeListVersion":null},{"id":"REF_AREA","nameId":"Wilayah","nameEn":"Reference area",\
            "format":"Coded","codeList":"CL_AREA","codes":[{"id":"ID","nameId":"Indonesia (nasional)",\
            "nameEn":"Indonesia (national)"}],"codeListUrl":null,"codeListVersion":null},{"id":"INDICATOR",\
            "nameId":"Indikator Kinerja Kegiatan","nameEn":"Performance indicator","format":"Coded",\
            "codeList":"CL_KARIRHUB_INDICATOR","codes":[{"id":"FACILITATED_WORKERS",\
            "nameId":"Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",\
            "nameEn":"Workers facilitated by labour-market services"}],"codeListUrl":null,"codeListVersion":null},\
            {"id":"CATEGORY","nameId":"Kategori","nameEn":"Category","format":"Coded","codeList":"CL_KARIRHUB_CATEGORY",\
            "codes":[{"id":"_T","nameId":"Total semua kategori indikator",\
            "nameEn":"Total of the indicator's categories"}],"codeListUrl":null,"codeListVersion":null},\
            {"id":"TIME_PERIOD","nameId":"Periode waktu","nameEn":"Time period",\
            "format":"SDMX time period: 2021 (year), 2021-Q4 (quarter), 2021-10 (month); a reporting week (Minggu I-IV, \
            not an ISO week) as a time range start/duration: 2021-10-15/P7D, the fourth week to the end of the month (P7D \
            to P10D)","codeList":null,"codes":null,"codeListUrl":null,"codeListVersion":null}],\
            "measures":[{"id":"OBS_VALUE","nameId":"Nilai observasi","nameEn":"Observation value",\
            "format":"Whole number (Orang / Pengguna / Lowongan); empty when not reported",\
            "codeList":null,"codes":null,"codeListUrl":null,"codeListVersion":null}],"attributes":[{"id":"OBS_STATUS",\
            "nameId":"Status observasi","nameEn":"Observation status","format":"Coded","codeList":"CL_OBS_STATUS",\
            "codes":[{"id":"A","nameId":"Nilai normal","nameEn":"Normal value"},{"id":"M",\
            "nameId":"Tidak dilaporkan (nilai kosong)","nameEn":"Missing: not reported (empty OBS_VALUE)"}],\
            "codeListUrl":null,"codeListVersion":null},{"id":"COMPLETE","nameId":"Lengkap","nameEn":"Complete",\
            "format":"true when every week and category inside the period was reported; false when the value adds up only \
            what was reported","codeList":null,"codes":null,"codeListUrl":null,"codeListVersion":null}]}""";

    /** GET /api/v1/datasets/facilitated-workers-by-region/structure: REF_AREA points at the Kemendagri list. */
    static final String STRUCTURE_BY_REGION = """
            {"agency":"KEMNAKER","dataStructure":"KEMNAKER:DSD_KARIRHUB(1.0.0)","dataflow":"KEMNAKER:DF_KARIRHUB(1.0.0)",\
            "mediaType":"application/vnd.sdmx.data+csv;version=2.0.0",\
            "data":"http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021&region=32&format=sdmx-csv",\
            "dimensions":[{"id":"FREQ","nameId":"Frekuensi","nameEn":"Frequency","format":"Coded","codeList":"CL_FREQ",\
            "codes":[{"id":"A","nameId":"Tahunan","nameEn":"Annual"},{"id":"Q","nameId":"Triwulanan",\
            "nameEn":"Quarterly"},{"id":"M","nameId":"Bulanan","nameEn":"Monthly"},{"id":"W",\
            "nameId":"Mingguan (Minggu I-IV dalam bulan)","nameEn":"Weekly (reporting weeks I-IV of the month)"}],\
            "codeListUrl":null,"codeListVersion":null},{"id":"REF_AREA","nameId":"Wilayah","nameEn":"Reference area",\
            "format":"Coded: Kemendagri region code, province NN (32) or regency/city NN.NN (32.73), valid in the period",\
            "codeList":"KEMENDAGRI_WILAYAH","codes":null,"codeListUrl":"http://localhost:8080/api/v1/regions",\
            "codeListVersion":"ec3a8c5a3cc53040"},{"id":"INDICATOR","nameId":"Indikator Kinerja Kegiatan",\
            "nameEn":"Performance indicator","format":"Coded","codeList":"CL_KARIRHUB_INDICATOR",\
            "codes":[{"id":"FACILITATED_WORKERS","nameId":"Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",\
            "nameEn":"Workers facilitated by labour-market services"}],"codeListUrl":null,"codeListVersion":null},\
            {"id":"CATEGORY","nameId":"Kategori","nameEn":"Category","format":"Coded","codeList":"CL_KARIRHUB_CATEGORY",\
            "codes":[{"id":"_T","nameId":"Total semua kategori indikator",\
            "nameEn":"Total of the indicator's categories"}],"codeListUrl":null,"codeListVersion":null},\
            {"id":"TIME_PERIOD","nameId":"Periode waktu","nameEn":"Time period",\
            "format":"SDMX time period: 2021 (year), 2021-Q4 (quarter), 2021-10 (month); a reporting week (Minggu I-IV, \
            not an ISO week) as a time range start/duration: 2021-10-15/P7D, the fourth week to the end of the month (P7D \
            to P10D)","codeList":null,"codes":null,"codeListUrl":null,"codeListVersion":null}],\
            "measures":[{"id":"OBS_VALUE","nameId":"Nilai observasi","nameEn":"Observation value",\
            "format":"Whole number (Orang / Pengguna / Lowongan); empty when not reported",\
            "codeList":null,"codes":null,"codeListUrl":null,"codeListVersion":null}],"attributes":[{"id":"OBS_STATUS",\
            "nameId":"Status observasi","nameEn":"Observation status","format":"Coded","codeList":"CL_OBS_STATUS",\
            "codes":[{"id":"A","nameId":"Nilai normal","nameEn":"Normal value"},{"id":"M",\
            "nameId":"Tidak dilaporkan (nilai kosong)","nameEn":"Missing: not reported (empty OBS_VALUE)"}],\
            "codeListUrl":null,"codeListVersion":null},{"id":"COMPLETE","nameId":"Lengkap","nameEn":"Complete",\
            "format":"true when every week and category inside the period was reported; false when the value adds up only \
            what was reported","codeList":null,"codes":null,"codeListUrl":null,"codeListVersion":null}]}""";

    static final String BAD_FORMAT = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"format must be one of json, html, got 'csv'","instance":"/api/v1/datasets/facilitated-workers",\
            "errors":[{"field":"format","message":"must be one of json, html, got 'csv'"}]}""";

    /** The start of the landing page of IKK 5 (the whole page has the four blocks and the links). */
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="id">
            <head>
            <meta charset="UTF-8">
            <title>IKK 5: Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja · Satu Data KarirHub</title>
            <link rel="alternate" type="application/json" href="http://localhost:8080/api/v1/datasets/facilitated-workers">
            <link rel="license" href="https://creativecommons.org/licenses/by/4.0/">
            ...
            <h1>IKK 5: Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja</h1>
            <p class="en" lang="en">IKK 5: Workers facilitated by labour-market services</p>
            <h2>Standar Data <span class="en" lang="en">Data standard</span></h2>
            <dl>
            <dt>Konsep <span class="en" lang="en">Concept</span></dt><dd><p>Jumlah Tenaga Kerja yang difasilitasi layanan pasar \
            kerja</p><p class="en" lang="en">Workers facilitated by labour-market services</p></dd>
            ...
            <h2>Interoperabilitas <span class="en" lang="en">Distributions</span></h2>
            <table>
            ...
            <tr><td><a href="http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021&amp;format=sdmx-csv">SDMX-CSV \
            2.0 2021</a><br><span class="en" lang="en">SDMX-CSV 2.0 2021</span></td><td>SDMX-CSV</td>\
            <td>GET /api/v1/statistics/facilitated-workers</td></tr>
            ...""";

    static final String NOT_FOUND = """
            {"type":"urn:karirhub:problem:not-found","title":"Not found",\
            "status":404,"detail":"No dataset 'nope'; the datasets are counts-job-seeker, counts-employer, \
            counts-pbk-training, counts-prakerja-training, counts-vacancy, facilitated-workers, \
            facilitated-workers-by-region, service-users, service-users-by-region, vacancies-per-100-job-seekers, \
            performance-report","instance":"/api/v1/datasets/nope"}""";

    private DatasetExamples() {
    }
}
