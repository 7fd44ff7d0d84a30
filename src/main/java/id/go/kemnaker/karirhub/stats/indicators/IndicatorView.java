package id.go.kemnaker.karirhub.stats.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "One performance indicator (Indikator Kinerja Kegiatan, IKK) of Pusat Pasar Kerja.")
public record IndicatorView(
        @Schema(description = "Code used everywhere in the API", example = "FACILITATED_WORKERS") Indicator code,
        @Schema(description = "Indonesian name, as in LAKIP 2021 Table 3.1",
                example = "Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja") String nameId,
        @Schema(description = "English name", example = "Workers facilitated by labour-market services") String nameEn,
        @Schema(description = "What targets and realisations count; persons, users and reports are whole numbers",
                enumeration = { "index", "percent", "persons", "users", "reports" }, example = "persons") String unit,
        @Schema(description = "Which way is good; it decides how the achievement is computed",
                enumeration = { "higher-is-better", "lower-is-better" }, example = "higher-is-better") String polarity,
        @Schema(description = "computed: the realisation is the sum of the KarirHub counts; reported: the planning team "
                + "enters it", enumeration = { "computed", "reported" }, example = "computed") String source) {

    static IndicatorView of(Indicator indicator) {
        return new IndicatorView(indicator, indicator.nameId(), indicator.nameEn(), indicator.unit().code(),
                indicator.polarity().code(), indicator.source().code());
    }
}
