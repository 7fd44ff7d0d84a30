package id.go.kemnaker.karirhub.stats.statistics;

/**
 * The 2021 figures as printed in the LAKIP 2021 of Pusat Pasar Kerja, transcribed from the
 * report (not from the migration), so the tests compare the service with the source document.
 */
public final class Lakip2021 {

    /** Table 3.3: active job seekers, [month - 1][week - 1], Minggu I-IV. */
    public static final long[][] JOB_SEEKERS_BY_WEEK = {
            { 3_770, 3_142, 1_985, 2_237 },
            { 1_354, 1_558, 1_993, 2_327 },
            { 4_200, 2_731, 3_636, 5_279 },
            { 2_272, 2_697, 3_973, 9_006 },
            { 6_702, 3_072, 14_723, 24_559 },
            { 19_547, 22_906, 17_865, 19_554 },
            { 10_878, 7_451, 6_096, 12_891 },
            { 9_877, 8_523, 21_909, 39_691 },
            { 33_276, 45_908, 30_414, 49_482 },
            { 53_033, 127_941, 215_280, 30_005 },
            { 40_779, 11_992, 24_125, 30_837 },
            { 10_572, 15_845, 9_508, 13_345 },
    };

    /** Table 3.3 "Total" rows, January to December. */
    public static final long[] JOB_SEEKERS_BY_MONTH = {
            11_134, 7_232, 15_846, 17_948, 49_056, 79_872, 37_316, 80_000, 159_080, 426_259, 107_733, 49_270 };

    /** Table 3.4, Pemberi Kerja. */
    public static final Long[] EMPLOYERS = {
            1_182L, 1_361L, 1_473L, 1_462L, 736L, 1_364L, 889L, 1_215L, 1_790L, 1_471L, 1_454L, 1_070L };

    /** Table 3.4, Pelatihan PBK. */
    public static final Long[] PBK_TRAINING = {
            6_644L, 9_169L, 120_644L, 28_954L, 15_601L, 32_449L, 14_337L, 21_705L, 56_112L, 9_754L, 11_780L, 546L };

    /** Table 3.4, Pelatihan Pra Kerja; "-" (not reported) is null. */
    public static final Long[] PRAKERJA_TRAINING = {
            null, null, 106_978L, 19_285L, 2_953L, 17_035L, 4_053L, 13_211L, 48_699L, 3_465L, 3_370L, null };

    /** Table 3.4 "Total 1 Tahun" per column, and "Jumlah Pengguna Layanan Pasar Kerja". */
    public static final long JOB_SEEKERS_YEAR = 1_040_746;
    public static final long EMPLOYERS_YEAR = 15_467;
    public static final long PBK_TRAINING_YEAR = 327_695;
    public static final long PRAKERJA_TRAINING_YEAR = 219_049;
    public static final long SERVICE_USERS_YEAR = 1_602_957;

    /** Table 2.1 targets and Table 3.1 achievement of IKK 5 and IKK 6. */
    public static final long FACILITATED_WORKERS_TARGET = 2_000_000;
    public static final long SERVICE_USERS_TARGET = 2_200_000;
    public static final String FACILITATED_WORKERS_PERCENT = "52.04";
    public static final String SERVICE_USERS_PERCENT = "72.86";

    private Lakip2021() {
    }
}
