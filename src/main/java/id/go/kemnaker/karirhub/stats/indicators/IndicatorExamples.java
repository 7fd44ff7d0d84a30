package id.go.kemnaker.karirhub.stats.indicators;

/** Example bodies for the OpenAPI documentation, from LAKIP 2021 Table 3.1. */
final class IndicatorExamples {

    static final String CATALOG = """
            [{"code":"DATA_UTILITY_INDEX","nameId":"Indeks Kemanfaatan Data dan Informasi persediaan dan permintaan tenaga kerja \
            secara real time","nameEn":"Usefulness index of real-time data and information on labour supply and demand",\
            "unit":"index","polarity":"higher-is-better","source":"reported"},\
            {"code":"OPERATIONAL_POC_PERCENT","nameId":"Persentase Point Of Contact yang operasional terhadap total Point Of \
            Contact","nameEn":"Operational points of contact as a percentage of all points of contact","unit":"percent",\
            "polarity":"higher-is-better","source":"reported"},\
            {"code":"USER_SATISFACTION_INDEX","nameId":"Indeks Kepuasan Pengguna Layanan Pasar Kerja",\
            "nameEn":"Satisfaction index of labour-market service users","unit":"index","polarity":"higher-is-better",\
            "source":"reported"},\
            {"code":"SERVICE_QUALITY_INDEX","nameId":"Indeks Kualitas Layanan Pasar Kerja",\
            "nameEn":"Quality index of labour-market services","unit":"index","polarity":"higher-is-better","source":"reported"},\
            {"code":"FACILITATED_WORKERS","nameId":"Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",\
            "nameEn":"Workers facilitated by labour-market services","unit":"persons","polarity":"higher-is-better",\
            "source":"computed"},\
            {"code":"SERVICE_USERS","nameId":"Jumlah Pengguna Layanan Pasar Kerja","nameEn":"Labour-market service users",\
            "unit":"users","polarity":"higher-is-better","source":"computed"},\
            {"code":"DATA_BREACH_PERCENT","nameId":"Persentase Penyalahgunaan Data (Zero Based Data Breach)",\
            "nameEn":"Data misuse (zero data breach): reported data breaches","unit":"reports","polarity":"lower-is-better",\
            "source":"reported"}]""";

    static final String REALISATION_REPORTED = """
            {"indicator":"DATA_UTILITY_INDEX","year":2021,"realisation":50,\
            "evidence":"Survey of 400 respondents, Krejcie-Morgan, 5% error","source":"reported"}""";

    static final String REALISATION_COMPUTED = """
            {"indicator":"FACILITATED_WORKERS","year":2021,"realisation":1040746,"evidence":null,"source":"computed"}""";

    static final String REALISATION_CREATED = """
            {"indicator":"USER_SATISFACTION_INDEX","year":2022,"realisation":86.35,\
            "evidence":"Survey of 210 respondents in 74 regencies and cities","source":"reported"}""";

    private IndicatorExamples() {
    }
}
