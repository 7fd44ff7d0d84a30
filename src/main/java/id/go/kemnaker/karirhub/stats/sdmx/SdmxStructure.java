package id.go.kemnaker.karirhub.stats.sdmx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Dimension;
import id.go.kemnaker.karirhub.stats.dimensions.CodeList;
import id.go.kemnaker.karirhub.stats.dimensions.DimensionCode;
import id.go.kemnaker.karirhub.stats.periods.Interval;
import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/**
 * The data structure behind every SDMX-CSV answer, described as JSON (no SDMX registry): one
 * data structure definition and its dataflow, with the code lists a dataset uses. Regions will
 * are in REF_AREA as Kemendagri codes (served at /api/v1/regions); national figures have the
 * code {@code ID}, Indonesia (ISO 3166-1 alpha-2).
 */
@Schema(name = "SdmxStructure")
public record SdmxStructure(String agency, String dataStructure, String dataflow, String mediaType, String data,
        List<Component> dimensions, List<Component> measures, List<Component> attributes) {

    public static final String AGENCY = "KEMNAKER";
    public static final String DATA_STRUCTURE = AGENCY + ":DSD_KARIRHUB(2.0.0)";
    public static final String DATAFLOW = AGENCY + ":DF_KARIRHUB(2.0.0)";
    /** REF_AREA of national figures: Indonesia, ISO 3166-1 alpha-2. */
    public static final String NATIONAL = "ID";
    /** SDMX code for the total over a dimension: every category the indicator adds up. */
    public static final String TOTAL = "_T";
    /** SDMX code for not applicable: counts of a category, outside any indicator. */
    public static final String NOT_APPLICABLE = "_Z";
    /** INDICATOR of the vacancies ratio (not one of the seven IKK; CATEGORY {@code _Z}). */
    public static final String VACANCY_RATIO = "VACANCIES_PER_100_JOB_SEEKERS";
    /** INDICATOR of the same ratio of what remains at a period's end (the education mismatch table). */
    public static final String REMAINING_VACANCY_RATIO = "REMAINING_VACANCIES_PER_100_JOB_SEEKERS";

    /** A dimension, measure or attribute, in column order; codes null for an uncoded one. */
    @Schema(name = "SdmxComponent")
    public record Component(String id, String nameId, String nameEn, String format, String codeList, List<Code> codes,
            String codeListUrl, String codeListVersion) {

        Component(String id, String nameId, String nameEn, String format, String codeList, List<Code> codes) {
            this(id, nameId, nameEn, format, codeList, codes, null, null);
        }
    }

    @Schema(name = "SdmxCode")
    public record Code(String id, String nameId, String nameEn) {
    }

    /**
     * The structure as far as a dataset uses it: the frequencies it has, its indicators (or
     * {@code _Z}) and its categories (with {@code _T} when it has totals).
     */
    public static SdmxStructure of(String dataUrl, Set<Interval> frequencies, List<String> indicators, List<String> categories) {
        return of(dataUrl, frequencies, nationalArea(), indicators, categories, WHOLE_NUMBER, totalsOnly());
    }

    /** SEX, AGE, EDU and OCU of a dataset of wholes: each only {@code _T}. */
    public static List<Component> totalsOnly() {
        return SdmxDimensions.COLUMNS.stream().map(column -> part(column, List.of())).toList();
    }

    /**
     * SEX, AGE, EDU and OCU of a dataset of parts: along each dimension of {@code lists}, {@code _T},
     * the codes of the list as SDMX-CSV writes them and {@code _U}; along the others {@code _T} only.
     */
    public static List<Component> parts(List<CodeList> lists) {
        List<Component> components = new ArrayList<>(totalsOnly());
        for (CodeList list : lists) {
            List<Code> codes = new ArrayList<>();
            for (DimensionCode code : list.codes()) {
                String international = list.dimension() == Dimension.EDUCATION || list.dimension() == Dimension.OCCUPATION
                        ? code.internationalCode() == null ? "" : " (" + list.internationalScheme() + " " + code.internationalCode() + ")"
                        : "";
                codes.add(new Code(SdmxDimensions.code(list.dimension(), code), code.nameId(), code.nameEn() + international));
            }
            components.set(list.dimension().ordinal(), part(SdmxDimensions.column(list.dimension()), codes));
        }
        return components;
    }

    private static Component part(String column, List<Code> codes) {
        List<Code> all = new ArrayList<>();
        all.add(new Code(TOTAL, "Total", "Total"));
        all.addAll(codes);
        if (!codes.isEmpty()) {
            all.add(new Code(SdmxDimensions.UNALLOCATED, "Tidak terinci (sisa dari jumlah keseluruhan)",
                    "Unallocated: the rest of the whole that no code accounts for"));
        }
        return switch (column) {
            case "SEX" -> new Component(column, "Jenis kelamin", "Sex", "Coded", "CL_SEX", all);
            case "AGE" -> new Component(column, "Kelompok umur", "Age group", "Coded", "CL_AGE", all);
            case "EDU" -> new Component(column, "Pendidikan tertinggi yang ditamatkan", "Highest level of education completed",
                    "Coded", "CL_KARIRHUB_EDUCATION", all);
            default -> new Component(column, "Jabatan (KBJI 2014 golongan pokok)", "Occupation (KBJI 2014 major group)", "Coded",
                    "CL_KARIRHUB_OCCUPATION", all);
        };
    }

    /** REF_AREA of national figures: the one code ID. */
    public static Component nationalArea() {
        return new Component("REF_AREA", "Wilayah", "Reference area", "Coded", "CL_AREA",
                List.of(new Code(NATIONAL, "Indonesia (nasional)", "Indonesia (national)")));
    }

    /**
     * REF_AREA of regional figures: the Kemendagri codes of provinces ({@code 32}) and regencies
     * ({@code 32.73}). The 552 codes and their validity are not repeated here; the component
     * points at /api/v1/regions, which serves them with names, parents and validity, and names
     * the list's version, so a reader can tell when it changed.
     */
    public static Component kemendagriArea(String regionsUrl, String version) {
        return new Component("REF_AREA", "Wilayah", "Reference area",
                "Coded: Kemendagri region code, province NN (32) or regency/city NN.NN (32.73), valid in the period",
                "KEMENDAGRI_WILAYAH", null, regionsUrl, version);
    }

    /** OBS_VALUE of counts. */
    public static final String WHOLE_NUMBER = "Whole number (Orang / Pengguna / Lowongan); empty when not reported";
    /** OBS_VALUE of a ratio per 100. */
    public static final String RATIO = "Decimal number, 2 decimals (HALF_UP), a ratio per 100; empty when not reported or "
            + "when the denominator is 0";
    /** OBS_VALUE of a table of counts and ratios per 100 (the education mismatch). */
    public static final String COUNT_OR_RATIO = "Whole number for a category's count (INDICATOR _Z); decimal number, 2 decimals "
            + "(HALF_UP), for a ratio per 100 (CATEGORY _Z); empty when not reported or when the denominator is 0";

    /**
     * The structure as far as a dataset uses it, with its REF_AREA (national or Kemendagri) and
     * what its OBS_VALUE holds.
     */
    public static SdmxStructure of(String dataUrl, Set<Interval> frequencies, Component refArea, List<String> indicators,
            List<String> categories, String valueFormat, List<Component> parts) {
        List<Code> freq = new ArrayList<>();
        for (Interval interval : List.of(Interval.YEAR, Interval.QUARTER, Interval.MONTH, Interval.WEEK)) {
            if (frequencies.contains(interval)) {
                freq.add(frequencyCode(interval));
            }
        }
        List<Component> dimensions = new ArrayList<>(List.of(
                new Component("FREQ", "Frekuensi", "Frequency", "Coded", "CL_FREQ", freq),
                refArea,
                new Component("INDICATOR", "Indikator Kinerja Kegiatan", "Performance indicator", "Coded", "CL_KARIRHUB_INDICATOR",
                        indicators.stream().map(SdmxStructure::indicatorCode).toList()),
                new Component("CATEGORY", "Kategori", "Category", "Coded", "CL_KARIRHUB_CATEGORY",
                        categories.stream().map(SdmxStructure::categoryCode).toList())));
        dimensions.addAll(parts);
        dimensions.add(new Component("TIME_PERIOD", "Periode waktu", "Time period",
                        "SDMX time period: 2021 (year), 2021-Q4 (quarter), 2021-10 (month); a reporting week (Minggu I-IV, "
                                + "not an ISO week) as a time range start/duration: 2021-10-15/P7D, the fourth week to the end "
                                + "of the month (P7D to P10D)", null, null));
        List<Component> measures = List.of(new Component("OBS_VALUE", "Nilai observasi", "Observation value",
                valueFormat, null, null));
        List<Component> attributes = List.of(
                new Component("OBS_STATUS", "Status observasi", "Observation status", "Coded", "CL_OBS_STATUS", List.of(
                        new Code("A", "Nilai normal", "Normal value"),
                        new Code("M", "Tidak dilaporkan (nilai kosong)", "Missing: not reported (empty OBS_VALUE)"),
                        new Code("P", "Sementara (angka langsung dari peristiwa KarirHub, belum dilaporkan)",
                                "Provisional: a live figure counted from KarirHub's events, not reported yet"))),
                new Component("COMPLETE", "Lengkap", "Complete",
                        "true when every week and category inside the period was reported; false when the value adds up "
                                + "only what was reported", null, null));
        return new SdmxStructure(AGENCY, DATA_STRUCTURE, DATAFLOW, "application/vnd.sdmx.data+csv;version=2.0.0", dataUrl,
                dimensions, measures, attributes);
    }

    private static Code frequencyCode(Interval interval) {
        return switch (interval) {
            case YEAR -> new Code("A", "Tahunan", "Annual");
            case QUARTER -> new Code("Q", "Triwulanan", "Quarterly");
            case MONTH -> new Code("M", "Bulanan", "Monthly");
            case WEEK -> new Code("W", "Mingguan (Minggu I-IV dalam bulan)", "Weekly (reporting weeks I-IV of the month)");
        };
    }

    private static Code indicatorCode(String code) {
        if (code.equals(NOT_APPLICABLE)) {
            return new Code(NOT_APPLICABLE, "Tidak berlaku (jumlah kategori)", "Not applicable (counts of a category)");
        }
        if (code.equals(VACANCY_RATIO)) {
            return new Code(code, "Lowongan kerja per 100 pencari kerja aktif", "Job vacancies per 100 active job seekers");
        }
        if (code.equals(REMAINING_VACANCY_RATIO)) {
            return new Code(code, "Sisa lowongan kerja per 100 sisa pencari kerja (akhir periode)",
                    "Remaining job vacancies per 100 remaining job seekers (end of the period)");
        }
        Indicator indicator = Indicator.valueOf(code);
        return new Code(code, indicator.nameId(), indicator.nameEn());
    }

    private static Code categoryCode(String code) {
        if (code.equals(TOTAL)) {
            return new Code(TOTAL, "Total semua kategori indikator", "Total of the indicator's categories");
        }
        if (code.equals(NOT_APPLICABLE)) {
            return new Code(NOT_APPLICABLE, "Tidak berlaku (rasio dua kategori)", "Not applicable (a ratio of two categories)");
        }
        Category category = Category.valueOf(code);
        return new Code(code, category.labelId(), category.labelEn());
    }
}
