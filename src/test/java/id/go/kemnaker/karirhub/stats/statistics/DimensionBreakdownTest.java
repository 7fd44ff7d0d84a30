package id.go.kemnaker.karirhub.stats.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Counts broken down by sex, age group, education and occupation (issue 22): parts written by
 * batch and by import, the whole beside them and what they leave of it, margins of two
 * dimensions, parts that would exceed their whole refused like regions above their parent, bad
 * codes named, and the 2021 answers unchanged with parts of 2021 stored.
 */
@QuarkusTest
@OwnsYears({2026, 2027, 2048})
class DimensionBreakdownTest {

    private static final int[] YEARS = TestYears.of(DimensionBreakdownTest.class);
    private static final String BREAKDOWN = "/api/v1/statistics/breakdown";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        CountsTable table = new CountsTable(dataSource, DimensionBreakdownTest.class);
        table.deleteOwnedYears();
        table.deletePartsOf2021();
    }

    private static RequestSpecification officer() {
        return given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER));
    }

    /** A batch item: a month total (week null) or a week, national (region null), with dimension fields. */
    private static Map<String, Object> item(String category, int year, int month, Integer week, String region, long count,
            String... dimensions) {
        Map<String, Object> item = new HashMap<>();
        item.put("category", category);
        item.put("year", year);
        item.put("month", month);
        item.put("week", week);
        item.put("region", region);
        item.put("count", count);
        for (int i = 0; i < dimensions.length; i += 2) {
            item.put(dimensions[i], dimensions[i + 1]);
        }
        return item;
    }

    private static void batch(List<Map<String, Object>> items) {
        officer().contentType(ContentType.JSON).body(items).when().post("/api/v1/counts/batch").then().statusCode(200);
    }

    @Test
    void partsAlongOneDimensionLeaveTheRestOfTheWholeUnallocated() {
        int year = YEARS[0];
        batch(List.of(item("JOB_SEEKER", year, 3, null, null, 1000),
                item("JOB_SEEKER", year, 3, null, null, 600, "sex", "Laki-laki"),
                item("JOB_SEEKER", year, 3, null, null, 300, "sex", "P")));
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&month=3&by=sex", year)
                .then().statusCode(200)
                .body("measure", equalTo("JOB_SEEKER")).body("year", equalTo(year)).body("month", equalTo(3))
                .body("week", nullValue()).body("period", equalTo(year + "-03")).body("region", nullValue())
                .body("by", contains("SEX")).body("summedOver", nullValue())
                .body("total", equalTo(1000)).body("totalComplete", equalTo(true))
                .body("allocated", equalTo(900)).body("unallocated", equalTo(100)).body("complete", equalTo(false))
                .body("cells", hasSize(2))
                .body("cells[0].sex.code", equalTo("L")).body("cells[0].sex.nameId", equalTo("Laki-laki"))
                .body("cells[0].count", equalTo(600)).body("cells[0].complete", equalTo(true))
                .body("cells[0].education", nullValue())
                .body("cells[1].sex.code", equalTo("P")).body("cells[1].count", equalTo(300))
                .body("margins", hasSize(0));
        // the year adds up its months, as the whole's does: only March was reported
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&by=sex", year)
                .then().statusCode(200).body("month", nullValue()).body("period", equalTo(String.valueOf(year)))
                .body("total", equalTo(1000)).body("totalComplete", equalTo(false)).body("cells[0].count", equalTo(600))
                .body("cells[0].complete", equalTo(false));
        // the CSV adds up to the whole with its last row
        String csv = given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&month=3&by=sex&format=csv", year)
                .then().statusCode(200).header("Content-Disposition", containsString("karirhub-job-seeker-" + year + "-03-by-sex.csv"))
                .extract().asString();
        assertEquals("sex,sexName,count,complete\r\nL,Laki-laki,600,true\r\nP,Perempuan,300,true\r\n,unallocated,100,\r\n",
                csv.replace("\uFEFF", ""));
        // SDMX-CSV: the whole (_T), each sex by its CL_SEX code, and the rest unallocated (_U)
        String sdmx = given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&month=3&by=sex&format=sdmx-csv", year)
                .then().statusCode(200).contentType(containsString("application/vnd.sdmx.data+csv"))
                .header("Content-Disposition", containsString("karirhub-job-seeker-" + year + "-03-by-sex.sdmx.csv"))
                .extract().asString();
        String row = "dataflow,KEMNAKER:DF_KARIRHUB(2.0.0),I,M,ID,_Z,JOB_SEEKER,";
        assertEquals("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,CATEGORY,SEX,AGE,EDU,OCU,TIME_PERIOD,OBS_VALUE,"
                + "OBS_STATUS,COMPLETE\r\n"
                + row + "_T,_T,_T,_T," + year + "-03,1000,A,true\r\n"
                + row + "M,_T,_T,_T," + year + "-03,600,A,true\r\n"
                + row + "F,_T,_T,_T," + year + "-03,300,A,true\r\n"
                + row + "_U,_T,_T,_T," + year + "-03,100,A,false\r\n", sdmx);
    }

    @Test
    void partsAsOfAMomentAreThoseTheAuditTrailHeldThen() throws InterruptedException {
        int year = YEARS[2];
        batch(List.of(item("JOB_SEEKER", year, 5, null, "32", 500),
                item("JOB_SEEKER", year, 5, null, "32", 200, "sex", "L"),
                item("JOB_SEEKER", year, 5, null, "32", 250, "sex", "P"),
                item("JOB_SEEKER", year, 5, null, null, 1000),
                item("JOB_SEEKER", year, 5, null, null, 400, "sex", "P")));
        Thread.sleep(50);
        java.time.Instant before = java.time.Instant.now();
        Thread.sleep(50);
        batch(List.of(item("JOB_SEEKER", year, 5, null, "32", 220, "sex", "L"),
                item("JOB_SEEKER", year, 5, null, "32", 260, "sex", "P"),
                item("JOB_SEEKER", year, 5, null, null, 450, "sex", "P")));
        String bySex = BREAKDOWN + "?measure=JOB_SEEKER&year={y}&month=5&by=sex";
        given().when().get(bySex + "&region=32", year).then().statusCode(200)
                .body("total", equalTo(500)).body("allocated", equalTo(480)).body("unallocated", equalTo(20));
        given().when().get(bySex + "&region=32&asOf={at}", year, before.toString()).then().statusCode(200)
                .body("total", equalTo(500)).body("cells[0].count", equalTo(200)).body("cells[1].count", equalTo(250))
                .body("allocated", equalTo(450)).body("unallocated", equalTo(50));
        given().when().get(bySex + "&asOf={at}", year, before.toString()).then().statusCode(200)
                .body("total", equalTo(1000)).body("cells[0].count", nullValue()).body("cells[1].count", equalTo(400));
        given().when().get(bySex, year).then().statusCode(200).body("cells[1].count", equalTo(450));
        // before anything was written: nothing, not zero
        given().when().get(bySex + "&region=32&asOf=2000-01-01T00:00:00Z", year).then().statusCode(200)
                .body("total", nullValue()).body("allocated", nullValue());
        given().when().get(bySex + "&asOf=yesterday", year).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void weeksOfAPartAddUpToItsMonthAsTheWholesDo() {
        int year = YEARS[0];
        List<Map<String, Object>> items = new ArrayList<>();
        long[] whole = { 500, 510, 520, 530 };
        long[] women = { 200, 210, 220, 230 };
        for (int week = 1; week <= 4; week++) {
            items.add(item("JOB_SEEKER", year, 5, week, "32", whole[week - 1]));
            items.add(item("JOB_SEEKER", year, 5, week, "32", women[week - 1], "sex", "Perempuan"));
        }
        items.add(item("JOB_SEEKER", year, 5, 1, "32", 250, "sex", "Pria"));
        batch(items);
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&month=5&region=32&by=sex", year)
                .then().statusCode(200).body("region", equalTo("32"))
                .body("total", equalTo(500 + 510 + 520 + 530)).body("totalComplete", equalTo(true))
                .body("cells[0].count", equalTo(250)).body("cells[0].complete", equalTo(false))
                .body("cells[1].count", equalTo(200 + 210 + 220 + 230)).body("cells[1].complete", equalTo(true))
                .body("unallocated", equalTo(2060 - 250 - 860));
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&month=5&week=1&region=32.73&by=sex", year)
                .then().statusCode(200).body("week", equalTo(1)).body("period", equalTo(year + "-05-W1"))
                .body("total", nullValue()).body("allocated", nullValue()).body("unallocated", nullValue());
    }

    @Test
    void partsAboveTheirWholeAreRefusedAsRegionsAboveTheirParent() {
        int year = YEARS[1];
        batch(List.of(item("VACANCY", year, 2, null, null, 100)));
        officer().contentType(ContentType.JSON)
                .body(List.of(item("VACANCY", year, 2, null, null, 60, "occupation", "7"),
                        item("VACANCY", year, 2, null, null, 50, "occupation", "Profesional")))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.item", contains("[0]", "[1]"))
                .body("errors[0].message", equalTo("the occupation codes of VACANCY " + year + "-02 month total add up to 110 "
                        + "(2 given), more than its count 100; a breakdown may be less than its whole (the rest is unallocated), "
                        + "never more"));
        // nothing of the refused batch was stored
        given().when().get(BREAKDOWN + "?measure=VACANCY&year={y}&month=2&by=occupation", year)
                .then().statusCode(200).body("allocated", nullValue()).body("unallocated", nullValue());
        batch(List.of(item("VACANCY", year, 2, null, null, 60, "occupation", "7"),
                item("VACANCY", year, 2, null, null, 40, "occupation", "2")));
        // lowering the whole below its parts is refused too, naming the whole's write
        officer().contentType(ContentType.JSON).body(Map.of("count", 90))
                .when().put("/api/v1/counts/VACANCY/" + year + "/2")
                .then().statusCode(409).body("detail", containsString("add up to 100 (2 given), more than its count 90"));
        // a part along two dimensions stays within its part along one
        batch(List.of(item("VACANCY", year, 2, null, null, 30, "occupation", "7", "education", "SMK")));
        officer().contentType(ContentType.JSON)
                .body(List.of(item("VACANCY", year, 2, null, null, 35, "occupation", "7", "education", "SMA")))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(409).body("errors[0].message", containsString("the education codes of VACANCY " + year
                        + "-02 month total (occupation 7) add up to 65 (2 given), more than that count 60"));
        given().when().get(BREAKDOWN + "?measure=VACANCY&year={y}&month=2&by=occupation", year)
                .then().statusCode(200).body("allocated", equalTo(100)).body("unallocated", equalTo(0))
                .body("complete", equalTo(true)) // the two groups account for the whole; the other eight hold none
                .body("cells.find { it.occupation.code == '7' }.count", equalTo(60))
                .body("cells.find { it.occupation.code == '0' }.count", nullValue());
    }

    @Test
    void anImportOfProvincesBySexByEducationAddsUpToItsMargins() {
        int year = YEARS[2];
        String[] sexes = { "Laki-laki", "Perempuan" };
        String[] sexCodes = { "L", "P" };
        String[] educations = { "SD", "SLTP", "SMA", "SMK", "S1" };
        String[] educationCodes = { "SD", "SMP", "SMA", "SMK", "S1" };
        StringBuilder csv = new StringBuilder("Kategori,Tahun,Bulan,Kode Wilayah,Jenis Kelamin,Pendidikan,Jumlah\n");
        Map<String, Long> cells = new LinkedHashMap<>();
        Map<String, Long> bySex = new HashMap<>();
        Map<String, Long> byEducation = new HashMap<>();
        Map<String, Long> provinceTotal = new HashMap<>();
        for (String province : new String[] { "32", "33" }) {
            long sum = 0;
            for (int s = 0; s < 2; s++) {
                for (int e = 0; e < educations.length; e++) {
                    long count = 100L * (e + 1) + 7L * s + (province.equals("32") ? 11 : 0);
                    csv.append("Pencari Kerja Aktif,").append(year).append(",Juni,").append(province).append(',').append(sexes[s])
                            .append(',').append(educations[e]).append(',').append(count).append('\n');
                    cells.put(province + sexCodes[s] + educationCodes[e], count);
                    bySex.merge(province + sexCodes[s], count, Long::sum);
                    byEducation.merge(province + educationCodes[e], count, Long::sum);
                    sum += count;
                }
            }
            long total = sum + 25; // 25 job seekers of whom neither sex nor education was recorded
            provinceTotal.put(province, total);
            csv.append("Pencari Kerja Aktif,").append(year).append(",Juni,").append(province).append(",Jumlah,Jumlah,").append(total)
                    .append('\n');
        }
        officer().contentType("text/csv").body(csv.toString()).when().post("/api/v1/imports")
                .then().statusCode(200).body("created", equalTo(22));

        // along sex alone: nothing was stored by sex alone, so each sex adds up its educations
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&month=6&region=32&by=sex", year)
                .then().statusCode(200).body("summedOver", equalTo("EDUCATION"))
                .body("total", equalTo(provinceTotal.get("32").intValue()))
                .body("cells[0].count", equalTo(bySex.get("32L").intValue()))
                .body("cells[1].count", equalTo(bySex.get("32P").intValue()))
                .body("unallocated", equalTo(25))
                // the codes without a count (no D1-D3, S2, S3, TIDAK_SD in the file) leave each sex incomplete
                .body("cells[0].complete", equalTo(false));
        // along both: the cells as imported, and the margins they add up to
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&month=6&region=33&by=education,sex", year)
                .then().statusCode(200).body("by", contains("EDUCATION", "SEX")).body("cells", hasSize(11 * 2))
                .body("cells.find { it.education.code == 'SMK' && it.sex.code == 'P' }.count",
                        equalTo(cells.get("33PSMK").intValue()))
                .body("cells.find { it.education.code == 'D3' && it.sex.code == 'L' }.count", nullValue())
                .body("allocated", equalTo((int) (provinceTotal.get("33") - 25))).body("unallocated", equalTo(25))
                .body("margins.find { it.dimension == 'SEX' && it.code == 'P' }.count", equalTo(bySex.get("33P").intValue()))
                .body("margins.find { it.dimension == 'SEX' && it.code == 'P' }.reported", nullValue())
                .body("margins.find { it.dimension == 'EDUCATION' && it.code == 'SMA' }.count",
                        equalTo(byEducation.get("33SMA").intValue()));
        // the audit trail names each part with its codes
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).when().get("/api/v1/audit?year={y}&region=33&limit=100", year)
                .then().statusCode(200)
                .body("entries.findAll { it.subject == 'BREAKDOWN' }", hasSize(10))
                .body("entries.find { it.subject == 'BREAKDOWN' && it.education == 'SMK' && it.sex == 'P' }.newValue",
                        equalTo(cells.get("33PSMK").intValue()))
                .body("entries.find { it.subject == 'COUNT' }.newValue", equalTo(provinceTotal.get("33").intValue()))
                .body("entries.find { it.subject == 'COUNT' }", not(hasKey("sex")));
    }

    @Test
    void partsOfAMonthAreHeldToItsWeeksAndTheOtherWayRound() {
        int year = YEARS[0];
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            weeks.add(item("JOB_SEEKER", year, 9, week, null, 100));
        }
        batch(weeks);
        batch(List.of(item("JOB_SEEKER", year, 9, null, null, 300, "sex", "L")));
        // month totals of the parts against the whole's four weeks (400)
        officer().contentType(ContentType.JSON).body(List.of(item("JOB_SEEKER", year, 9, null, null, 150, "sex", "P")))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(409).body("errors.item", contains("[0]"))
                .body("errors[0].message", equalTo("the sex codes of JOB_SEEKER " + year + "-09 (the whole month) add up to 450 "
                        + "(2 given), more than its count 400; a breakdown may be less than its whole (the rest is unallocated), "
                        + "never more"));
        // the weeks of a part against the whole's month total (400): known once all four are there
        batch(List.of(item("EMPLOYER", year, 9, null, null, 400)));
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int week = 1; week <= 3; week++) {
            parts.add(item("EMPLOYER", year, 9, week, null, 120, "occupation", "1"));
        }
        batch(parts);
        officer().contentType(ContentType.JSON).body(List.of(item("EMPLOYER", year, 9, 4, null, 120, "occupation", "1")))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(409).body("errors.item", contains("[0]"))
                .body("errors[0].message", containsString("add up to 480 (1 given), more than its count 400"));
        batch(List.of(item("EMPLOYER", year, 9, 4, null, 40, "occupation", "1")));
        given().when().get(BREAKDOWN + "?measure=EMPLOYER&year={y}&month=9&by=occupation", year)
                .then().statusCode(200).body("cells[1].count", equalTo(400)).body("unallocated", equalTo(0));
    }

    @Test
    void codesThatNameNothingStorableAreNamedWithTheReason() {
        int year = YEARS[1];
        officer().contentType(ContentType.JSON).body(List.of(item("JOB_SEEKER", year, 1, 1, null, 5, "education", "Magister Hukum")))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("[0].education"))
                .body("errors[0].message", allOf(containsString("'Magister Hukum' is not a code of EDUCATION"),
                        containsString("TIDAK_SD, SD, SMP, SMA, SMK, D1, D2, D3, S1, S2, S3")));
        officer().contentType(ContentType.JSON).body(List.of(item("JOB_SEEKER", year, 1, 1, null, 5, "education", "SD ke bawah")))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(400).body("errors[0].message", containsString("names SD_KEBAWAH, the group of TIDAK_SD, SD"));
        officer().contentType(ContentType.JSON)
                .body(List.of(item("JOB_SEEKER", year, 1, 1, null, 5, "sex", "P", "ageGroup", "20-24", "education", "SMK")))
                .when().post("/api/v1/counts/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("[0].education"))
                .body("errors[0].message", containsString("is a third dimension besides sex and ageGroup"));
        // an import names the line, the column and the value
        officer().contentType("text/csv")
                .body("kategori,tahun,bulan,minggu,jenis kelamin,kelompok umur,jumlah\n"
                        + "JOB_SEEKER," + year + ",1,1,P,20 - 24 tahun,5\n"
                        + "JOB_SEEKER," + year + ",1,1,X,20-24,5\n"
                        + "JOB_SEEKER," + year + ",1,1,,60+,5\n")
                .when().post("/api/v1/imports")
                .then().statusCode(422)
                .body("errors", hasSize(2))
                .body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo("jenis kelamin"))
                .body("errors[0].value", equalTo("X")).body("errors[0].message", containsString("is not a code of SEX"))
                .body("errors[1].line", equalTo(4)).body("errors[1].message", containsString("says 'Jumlah' for the total"));
        // reads name the bad parameter
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}", year)
                .then().statusCode(400).body("errors[0].field", equalTo("by"));
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&by=sex,religion", year)
                .then().statusCode(400).body("errors[0].field", equalTo("by"))
                .body("errors[0].message", containsString("'religion', which is no dimension"));
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&by=sex,SEX", year)
                .then().statusCode(400).body("errors[0].message", containsString("names sex twice"));
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&by=sex,education,ageGroup", year)
                .then().statusCode(400).body("errors[0].message", containsString("names 3 dimensions"));
        given().when().get(BREAKDOWN + "?year={y}&by=sex", year).then().statusCode(400).body("errors[0].field", equalTo("measure"));
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year={y}&week=2&by=sex", year)
                .then().statusCode(400).body("errors[0].field", equalTo("week"));
    }

    @Test
    void aPartHasAPathOfItsOwnLikeEveryCount() {
        int year = YEARS[2];
        String month = "/api/v1/counts/JOB_SEEKER/" + year + "/8";
        officer().contentType(ContentType.JSON).body(Map.of("count", 500)).when().put(month + "?region=32").then().statusCode(201);
        String created = officer().contentType(ContentType.JSON).body(Map.of("count", 120))
                .when().put(month + "?region=32&sex=Wanita&ageGroup=20 - 24 tahun")
                .then().statusCode(201)
                .header("Location", equalTo(month + "?region=32&sex=P&ageGroup=20-24"))
                .body("sex", equalTo("P")).body("ageGroup", equalTo("20-24")).body("count", equalTo(120))
                .body("$", not(hasKey("education")))
                .extract().header("ETag");
        given().when().get(month + "?region=32&sex=P&ageGroup=20-24").then().statusCode(200)
                .header("ETag", equalTo(created)).body("count", equalTo(120));
        // the whole is a count of its own, with no codes
        given().when().get(month + "?region=32").then().statusCode(200).body("count", equalTo(500)).body("$", not(hasKey("sex")));
        officer().contentType(ContentType.JSON).header("If-Match", created).body(Map.of("count", 130))
                .when().put(month + "?region=32&sex=P&ageGroup=20-24").then().statusCode(200).body("count", equalTo(130));
        officer().contentType(ContentType.JSON).header("If-Match", created).body(Map.of("count", 140))
                .when().put(month + "?region=32&sex=P&ageGroup=20-24").then().statusCode(412);
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).when().get(month + "/history?region=32&sex=P&ageGroup=20-24")
                .then().statusCode(200).body("subject", contains("BREAKDOWN", "BREAKDOWN"))
                .body("newValue", contains(120, 130)).body("sex", contains("P", "P"));
        officer().when().delete(month + "?region=32&sex=P&ageGroup=20-24").then().statusCode(204);
        given().when().get(month + "?region=32&sex=P&ageGroup=20-24").then().statusCode(404);
        given().when().get(month + "?region=32").then().statusCode(200).body("count", equalTo(500));
        officer().contentType(ContentType.JSON).body(Map.of("count", 1)).when().put(month + "?sex=X")
                .then().statusCode(400).body("errors[0].field", equalTo("sex"))
                .body("errors[0].message", containsString("'X' is not a code of SEX"));
    }

    @Test
    void aBreakdownIsCachedAndConditionalLikeEveryRead() {
        int year = YEARS[1];
        batch(List.of(item("EMPLOYER", year, 4, null, null, 40), item("EMPLOYER", year, 4, null, null, 10, "occupation", "1")));
        String url = BREAKDOWN + "?measure=EMPLOYER&year=" + year + "&month=4&by=occupation";
        String etag = given().when().get(url).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(url).then().statusCode(304);
        batch(List.of(item("EMPLOYER", year, 4, null, null, 12, "occupation", "1")));
        given().header("If-None-Match", etag).when().get(url).then().statusCode(200).body("cells[1].count", equalTo(12));
    }

    /**
     * Parts of 2021 stored beside the LAKIP figures change none of them: every answer of 2021
     * reads the same before and after, apart from the data version it names (and that version's time).
     */
    @Test
    void the2021AnswersStayAsTheyAreWithPartsOf2021Stored() {
        List<String> reads = List.of("/api/v1/statistics/facilitated-workers?year=2021",
                "/api/v1/statistics/facilitated-workers?year=2021&format=csv",
                "/api/v1/statistics/service-users?year=2021", "/api/v1/statistics/service-users?year=2021&format=csv",
                "/api/v1/statistics/service-users?year=2021&format=sdmx-csv",
                "/api/v1/statistics/service-users/by-region?year=2021&level=province",
                "/api/v1/statistics/labour-market?year=2021", "/api/v1/reports/performance?year=2021",
                "/api/v1/reports/performance?year=2021&format=csv", "/api/v1/counts?year=2021");
        Map<String, String> before = new LinkedHashMap<>();
        reads.forEach(url -> before.put(url, withoutVersion(given().when().get(url).then().statusCode(200).extract().asString())));

        batch(List.of(item("JOB_SEEKER", 2021, 1, 1, null, 2000, "sex", "L"), item("JOB_SEEKER", 2021, 1, 1, null, 1700, "sex", "P"),
                item("JOB_SEEKER", 2021, 1, 1, null, 1000, "sex", "L", "education", "SMA"),
                item("EMPLOYER", 2021, 1, null, null, 900, "occupation", "1"),
                item("JOB_SEEKER", 2021, 1, 1, "32", 400, "sex", "P")));
        given().when().get(BREAKDOWN + "?measure=JOB_SEEKER&year=2021&month=1&week=1&by=sex")
                .then().statusCode(200).body("total", equalTo(3770)).body("allocated", equalTo(3700))
                .body("unallocated", equalTo(70));

        reads.forEach(url -> assertEquals(before.get(url),
                withoutVersion(given().when().get(url).then().statusCode(200).extract().asString()), url));
    }

    private static String withoutVersion(String body) {
        return body.replaceAll("\"dataVersion\":\\d+", "\"dataVersion\":_").replaceAll("\"dataAsOf\":\"[^\"]*\"", "\"dataAsOf\":_");
    }
}
