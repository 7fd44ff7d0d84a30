package id.go.kemnaker.karirhub.stats.datasets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published dataset described the way Satu Data Indonesia portals publish one, in four
 * blocks: Standar Data, Metadata, Kode Referensi and Interoperabilitas. Keys are the Indonesian
 * names of the fields; every text is given in Indonesian and English.
 */
@Schema(name = "Dataset", description = "Satu Data metadata of a published dataset")
public record DatasetView(
        @Schema(example = "facilitated-workers") String id,
        @Schema(example = "http://localhost:8080/api/v1/datasets/facilitated-workers") String url,
        Text judul,
        @Schema(description = "Standar Data: concept, definition, classification, measure, unit") StandarData standarData,
        @Schema(description = "Metadata: producer, walidata, frequency, coverage, dates, licence") Metadata metadata,
        @Schema(description = "Kode Referensi: the code lists used, each dereferenceable") List<KodeReferensi> kodeReferensi,
        @Schema(description = "Interoperabilitas: where and how the data is served") Interoperabilitas interoperabilitas,
        @Schema(example = "93", description = "The data version (last audit entry id) the coverage and dates reflect")
        long dataVersion) {

    @Schema(name = "DatasetStandard")
    public record StandarData(
            @Schema(description = "Concept (konsep)") Text konsep,
            @Schema(description = "Definition (definisi), from the seed document or saying that it is silent") Text definisi,
            @Schema(description = "Where in the seed document the definition comes from",
                    example = "LAKIP 2021 Pusat Pasar Kerja, BAB III.B, Indikator Kinerja Kegiatan 5; Tabel 3.3; target pada Tabel 2.1")
            String sumberDefinisi,
            @Schema(description = "Classifications (klasifikasi) the figures are broken down by") List<Text> klasifikasi,
            @Schema(description = "Measure (ukuran)") Text ukuran,
            @Schema(description = "Unit (satuan)") Text satuan,
            @Schema(description = "Where the unit comes from") String sumberSatuan) {
    }

    @Schema(name = "DatasetMetadata")
    public record Metadata(
            @Schema(description = "Data producer (produsen data)") Text produsenData,
            @Schema(description = "Data steward (walidata)") Walidata walidata,
            @Schema(description = "Frequency (frekuensi)") Frekuensi frekuensi,
            @Schema(description = "Temporal coverage from the stored data; null when nothing is stored", nullable = true)
            CakupanWaktu cakupanWaktu,
            @Schema(description = "Spatial coverage (cakupan wilayah)") CakupanWilayah cakupanWilayah,
            @Schema(description = "Created: the first audit entry of the dataset's figures", nullable = true,
                    example = "2026-11-27T22:39:27.768300Z") Instant tanggalDibuat,
            @Schema(description = "Updated: the last audit entry of the dataset's figures", nullable = true,
                    example = "2026-11-27T22:39:27.768300Z") Instant tanggalDiperbarui,
            @Schema(description = "Licence (lisensi)") Lisensi lisensi) {
    }

    @Schema(name = "DatasetSteward")
    public record Walidata(@Schema(nullable = true, description = "null: the seed names none") String nama, Text catatan) {
    }

    @Schema(name = "DatasetFrequency")
    public record Frekuensi(@Schema(example = "mingguan", enumeration = {"mingguan", "bulanan", "tahunan"}) String kode,
            Text nama, @Schema(example = "W", description = "SDMX CL_FREQ code") String sdmx,
            @Schema(example = "http://publications.europa.eu/resource/authority/frequency/WEEKLY") String dcat) {
    }

    @Schema(name = "DatasetTemporalCoverage")
    public record CakupanWaktu(
            @Schema(example = "2021-01-W1", description = "First reported period (id as in /api/v1/series)") String periodeAwal,
            @Schema(example = "2021-01-01") LocalDate tanggalAwal,
            @Schema(example = "2021-12-W4") String periodeAkhir,
            @Schema(example = "2021-12-31") LocalDate tanggalAkhir) {
    }

    @Schema(name = "DatasetSpatialCoverage")
    public record CakupanWilayah(
            @Schema(example = "ID", description = "REF_AREA: ID (ISO 3166-1 alpha-2 of Indonesia) for national figures; "
                    + "KEMENDAGRI_WILAYAH for the by-region datasets, whose REF_AREA holds Kemendagri region codes") String kode,
            Text nama, Text catatan,
            @Schema(example = "[\"provinsi\", \"kabupaten/kota\"]", description = "The levels with figures: nasional; or provinsi "
                    + "and kabupaten/kota as far as regional counts are stored (empty when none are yet)") List<String> tingkat,
            @Schema(nullable = true, example = "http://localhost:8080/api/v1/regions",
                    description = "Where the region codes are listed; null for national figures") String daftarKode) {
    }

    @Schema(name = "DatasetLicence")
    public record Lisensi(String nama, String url, Text catatan) {
    }

    @Schema(name = "DatasetCodeList")
    public record KodeReferensi(
            @Schema(example = "CL_KARIRHUB_CATEGORY") String kode, Text nama,
            @Schema(example = "1.0.0", nullable = true, description = "Version of the code list; null where none is served yet") String versi,
            @Schema(nullable = true, example = "http://localhost:8080/api/v1/categories") String url,
            @Schema(nullable = true) Text catatan,
            @Schema(nullable = true, description = "The legal or published source of the codes, where there is one",
                    example = "Kepmendagri No 300.2.2-2138 Tahun 2025 (kode berlaku); Permendagri No 58 Tahun 2021 (kode 2021, "
                            + "termasuk kode lama di Papua dengan masa berlakunya)") String sumber) {
    }

    @Schema(name = "DatasetInteroperability")
    public record Interoperabilitas(List<Distribusi> distribusi,
            @Schema(example = "http://localhost:8080/q/openapi") String openApi,
            @Schema(nullable = true, example = "http://localhost:8080/api/v1/datasets/facilitated-workers/structure")
            String strukturSdmx,
            @Schema(example = "http://localhost:8080/api/v1/catalog") String katalogDcat) {
    }

    @Schema(name = "DatasetDistribution")
    public record Distribusi(
            @Schema(example = "SDMX-CSV", enumeration = {"JSON", "CSV", "SDMX-CSV", "HTML"}) String format,
            @Schema(example = "application/vnd.sdmx.data+csv;version=2.0.0") String mediaType,
            @Schema(example = "http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021&format=sdmx-csv") String url,
            @Schema(example = "GET /api/v1/statistics/facilitated-workers", description = "The OpenAPI operation that serves it")
            String operasi,
            Text judul) {
    }
}
