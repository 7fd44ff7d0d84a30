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
@Schema(name = "Dataset")
public record DatasetView(String id, String url, Text judul, StandarData standarData, Metadata metadata,
        List<KodeReferensi> kodeReferensi, Interoperabilitas interoperabilitas, long dataVersion) {

    @Schema(name = "DatasetStandard")
    public record StandarData(Text konsep, Text definisi, String sumberDefinisi, List<Text> klasifikasi, Text ukuran, Text satuan,
            String sumberSatuan) {
    }

    /** The two dates are java.time values: written wholly in META-INF/openapi.yaml (see the README). */
    @Schema(name = "DatasetMetadata")
    public record Metadata(Text produsenData, Walidata walidata, Frekuensi frekuensi,
            @Schema(nullable = true) CakupanWaktu cakupanWaktu, CakupanWilayah cakupanWilayah,
            @Schema(hidden = true) Instant tanggalDibuat, @Schema(hidden = true) Instant tanggalDiperbarui, Lisensi lisensi) {
    }

    @Schema(name = "DatasetSteward")
    public record Walidata(String nama, Text catatan) {
    }

    @Schema(name = "DatasetFrequency")
    public record Frekuensi(String kode, Text nama, String sdmx, String dcat) {
    }

    /** The two dates are java.time values: written wholly in META-INF/openapi.yaml (see the README). */
    @Schema(name = "DatasetTemporalCoverage")
    public record CakupanWaktu(String periodeAwal, @Schema(hidden = true) LocalDate tanggalAwal, String periodeAkhir,
            @Schema(hidden = true) LocalDate tanggalAkhir) {
    }

    @Schema(name = "DatasetSpatialCoverage")
    public record CakupanWilayah(String kode, Text nama, Text catatan, List<String> tingkat, String daftarKode) {
    }

    @Schema(name = "DatasetLicence")
    public record Lisensi(String nama, String url, Text catatan) {
    }

    @Schema(name = "DatasetCodeList")
    public record KodeReferensi(String kode, Text nama, String versi, String url, @Schema(nullable = true) Text catatan,
            String sumber) {
    }

    @Schema(name = "DatasetInteroperability")
    public record Interoperabilitas(List<Distribusi> distribusi, String openApi, String strukturSdmx, String katalogDcat) {
    }

    @Schema(name = "DatasetDistribution")
    public record Distribusi(String format, String mediaType, String url, String operasi, Text judul) {
    }
}
