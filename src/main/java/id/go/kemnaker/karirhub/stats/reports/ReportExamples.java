package id.go.kemnaker.karirhub.stats.reports;

/** The 2021 report (LAKIP 2021 Table 3.1) in each format, for the OpenAPI documentation. */
final class ReportExamples {

    static final String JSON_2021 = """
            {"year":2021,"objective":"Meningkatnya Pelayanan Pasar Kerja","dataVersion":93,\
            "dataAsOf":"2026-11-27T08:00:00.123456Z","rows":[\
            {"indicator":"DATA_UTILITY_INDEX","name":"Indeks Kemanfaatan Data dan Informasi persediaan dan permintaan tenaga \
            kerja secara real time","unit":"index","target":50,"realisation":50,"achievementPercent":100.00},\
            {"indicator":"OPERATIONAL_POC_PERCENT","name":"Persentase Point Of Contact yang operasional terhadap total Point \
            Of Contact","unit":"percent","target":50,"realisation":50,"achievementPercent":100.00},\
            {"indicator":"USER_SATISFACTION_INDEX","name":"Indeks Kepuasan Pengguna Layanan Pasar Kerja","unit":"index",\
            "target":50,"realisation":50,"achievementPercent":100.00},\
            {"indicator":"SERVICE_QUALITY_INDEX","name":"Indeks Kualitas Layanan Pasar Kerja","unit":"index","target":50,\
            "realisation":50,"achievementPercent":100.00},\
            {"indicator":"FACILITATED_WORKERS","name":"Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",\
            "unit":"persons","target":2000000,"realisation":1040746,"achievementPercent":52.04},\
            {"indicator":"SERVICE_USERS","name":"Jumlah Pengguna Layanan Pasar Kerja","unit":"users","target":2200000,\
            "realisation":1602957,"achievementPercent":72.86},\
            {"indicator":"DATA_BREACH_PERCENT","name":"Persentase Penyalahgunaan Data (Zero Based Data Breach)",\
            "unit":"reports","target":0,"realisation":0,"achievementPercent":100.00}]}""";

    static final String CSV_2021 = """
            year,indicator,name,unit,target,realisation,achievementPercent\r
            2021,DATA_UTILITY_INDEX,Indeks Kemanfaatan Data dan Informasi persediaan dan permintaan tenaga kerja secara real time,index,50,50,100.00\r
            2021,OPERATIONAL_POC_PERCENT,Persentase Point Of Contact yang operasional terhadap total Point Of Contact,percent,50,50,100.00\r
            2021,USER_SATISFACTION_INDEX,Indeks Kepuasan Pengguna Layanan Pasar Kerja,index,50,50,100.00\r
            2021,SERVICE_QUALITY_INDEX,Indeks Kualitas Layanan Pasar Kerja,index,50,50,100.00\r
            2021,FACILITATED_WORKERS,Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja,persons,2000000,1040746,52.04\r
            2021,SERVICE_USERS,Jumlah Pengguna Layanan Pasar Kerja,users,2200000,1602957,72.86\r
            2021,DATA_BREACH_PERCENT,Persentase Penyalahgunaan Data (Zero Based Data Breach),reports,0,0,100.00\r
            """;

    static final String HTML_2021 = """
            <tr data-indicator="FACILITATED_WORKERS">
            <td>Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja</td>
            <td class="figure target"><span class="value">2.000.000</span> <span class="unit">Orang</span></td>
            <td class="figure realisation"><span class="value">1.040.746</span> <span class="unit">Orang</span></td>
            <td class="figure achievement"><span class="value">52,04%</span></td>
            </tr>""";

    private ReportExamples() {
    }
}
