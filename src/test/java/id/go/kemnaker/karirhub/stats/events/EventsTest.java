package id.go.kemnaker.karirhub.stats.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
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
 * POST /api/v1/events and the live-reconciliation read: each event counted once, in the
 * reporting week of its moment in Jakarta time, refusals named by index and field. The test
 * profile judges events against 2060-07-01 (karirhub.events.now), so they fall in this class's year.
 */
@QuarkusTest
@OwnsYears({2060})
class EventsTest {

    private static final int YEAR = TestYears.of(EventsTest.class)[0];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() throws SQLException {
        new CountsTable(dataSource, EventsTest.class).deleteOwnedYears();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM live_event WHERE year = " + YEAR);
            statement.execute("DELETE FROM live_count WHERE year = " + YEAR);
        }
    }

    private static RequestSpecification publisher() {
        return given().header("Authorization", Tokens.bearer(Roles.EVENT_PUBLISHER)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> event(String id, String type, String occurredAt) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventId", id);
        event.put("type", type);
        event.put("occurredAt", occurredAt);
        return event;
    }

    private static Map<String, Object> with(Map<String, Object> event, String field, Object value) {
        event.put(field, value);
        return event;
    }

    @Test
    void countsEachEventOnceInTheReportingWeekOfItsJakartaDay() {
        List<Map<String, Object>> events = List.of(
                with(with(event("js-1", "JOB_SEEKER_REGISTERED", YEAR + "-03-09T10:15:00+07:00"), "region", "32.73"), "sex", "P"),
                with(event("js-2", "JOB_SEEKER_REGISTERED", YEAR + "-03-10T08:00:00+07:00"), "region", "32"),
                event("js-3", "JOB_SEEKER_REGISTERED", YEAR + "-03-14T20:00:00+07:00"),
                // 2060-03-14T17:30Z is 00:30 on the 15th in Jakarta: week 3, not week 2
                event("js-4", "JOB_SEEKER_REGISTERED", YEAR + "-03-14T17:30:00Z"),
                event("js-1", "JOB_SEEKER_REGISTERED", YEAR + "-03-09T10:15:00+07:00"),
                with(with(event("v-1", "VACANCY_POSTED", YEAR + "-03-09T09:00:00+07:00"), "openings", 3), "region", "32.73"),
                with(event("t-1", "TRAINING_ENROLLED", YEAR + "-03-09T09:00:00+07:00"), "program", "PRAKERJA"));
        publisher().body(events).when().post("/api/v1/events")
                .then().statusCode(200).body("counted", equalTo(6)).body("duplicates", equalTo(1)).body("refused", empty());
        // delivered again, in another order: nothing more is counted
        List<Map<String, Object>> again = new ArrayList<>(events);
        java.util.Collections.reverse(again);
        publisher().body(again).when().post("/api/v1/events")
                .then().statusCode(200).body("counted", equalTo(0)).body("duplicates", equalTo(7));

        given().when().get("/api/v1/statistics/live-reconciliation?category=JOB_SEEKER&year={year}", YEAR)
                .then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("weeks", hasSize(48)).body("months", hasSize(12))
                .body("weeks[9].period", equalTo(YEAR + "-03-W2")).body("weeks[9].live", equalTo(3))
                .body("weeks[10].live", equalTo(1)).body("weeks[8].live", nullValue())
                .body("months[2].live", equalTo(4)).body("months[2].reported", nullValue());
        // a province counts its own events and its regencies'; a regency only its own
        given().when().get("/api/v1/statistics/live-reconciliation?category=JOB_SEEKER&year={year}&region=32", YEAR)
                .then().statusCode(200).body("region", equalTo("32")).body("weeks[9].live", equalTo(2));
        given().when().get("/api/v1/statistics/live-reconciliation?category=JOB_SEEKER&year={year}&region=32.73", YEAR)
                .then().statusCode(200).body("weeks[9].live", equalTo(1));
        given().when().get("/api/v1/statistics/live-reconciliation?category=VACANCY&year={year}&region=32.73", YEAR)
                .then().statusCode(200).body("weeks[9].live", equalTo(3));
        given().when().get("/api/v1/statistics/live-reconciliation?category=PRAKERJA_TRAINING&year={year}", YEAR)
                .then().statusCode(200).body("weeks[9].live", equalTo(1));
    }

    @Test
    void reconcilesLiveWithReportedWeeks() {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(Map.of("category", "EMPLOYER", "year", YEAR, "month", 5, "week", 1, "count", 10)))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            events.add(event("emp-" + i, "EMPLOYER_REGISTERED", YEAR + "-05-0" + (1 + i % 7) + "T12:00:00+07:00"));
        }
        publisher().body(events).when().post("/api/v1/events").then().statusCode(200).body("counted", equalTo(12));
        given().when().get("/api/v1/statistics/live-reconciliation?category=EMPLOYER&year={year}", YEAR)
                .then().statusCode(200)
                .body("weeks[16].period", equalTo(YEAR + "-05-W1"))
                .body("weeks[16].reported", equalTo(10)).body("weeks[16].reportedComplete", equalTo(true))
                .body("weeks[16].live", equalTo(12)).body("weeks[16].difference", equalTo(2))
                .body("months[4].reported", equalTo(10)).body("months[4].reportedComplete", equalTo(false))
                .body("months[4].live", equalTo(12)).body("months[4].difference", equalTo(2));
    }

    @Test
    void refusesEachBadEventByIndexAndCountsTheRest() {
        List<Object> events = List.of(
                with(event("ok-1", "JOB_SEEKER_REGISTERED", YEAR + "-04-01T08:00:00+07:00"), "education", "SMK"),
                with(event("pd-1", "JOB_SEEKER_REGISTERED", YEAR + "-04-01T08:00:00+07:00"), "nik", "3273012345670001"),
                event("ty-1", "JOB_SEEKER_HIRED", YEAR + "-04-01T08:00:00+07:00"),
                event("fu-1", "EMPLOYER_REGISTERED", YEAR + "-07-02T08:00:00+07:00"),
                event("old-1", "EMPLOYER_REGISTERED", (YEAR - 2) + "-12-31T08:00:00+07:00"),
                with(event("rg-1", "EMPLOYER_REGISTERED", YEAR + "-04-01T08:00:00+07:00"), "region", "99.99"),
                with(event("ag-1", "JOB_SEEKER_REGISTERED", YEAR + "-04-01T08:00:00+07:00"), "ageGroup", "15-24"),
                with(event("op-1", "JOB_SEEKER_REGISTERED", YEAR + "-04-01T08:00:00+07:00"), "openings", 2),
                event("pr-1", "TRAINING_ENROLLED", YEAR + "-04-01T08:00:00+07:00"),
                "not an object",
                event("tz-1", "EMPLOYER_REGISTERED", YEAR + "-04-01T08:00:00"),
                with(event("vo-1", "VACANCY_POSTED", YEAR + "-04-01T08:00:00+07:00"), "openings", 0),
                event("bad id with spaces", "EMPLOYER_REGISTERED", YEAR + "-04-01T08:00:00+07:00"),
                event("far-1", "EMPLOYER_REGISTERED", "-999999999-01-01T00:00:00+18:00"),
                with(event("key-1", "EMPLOYER_REGISTERED", YEAR + "-04-01T08:00:00+07:00"), "budi@example.com", true));
        publisher().body(events).when().post("/api/v1/events")
                .then().statusCode(200).body("counted", equalTo(1)).body("duplicates", equalTo(0))
                .body("refused.index", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)))
                .body("refused.field", equalTo(List.of("nik", "type", "occurredAt", "occurredAt", "region", "ageGroup",
                        "openings", "program", "$", "occurredAt", "openings", "eventId", "occurredAt", "$")))
                .body("refused[13].reason", containsString("no personal data"))
                .body("refused[13].reason", not(containsString("budi")))
                .body("refused[0].reason", containsString("no personal data"))
                .body("refused[0].reason", not(containsString("3273012345670001")))
                .body("refused[2].reason", containsString("is in the future"))
                .body("refused[3].reason", containsString("too old"))
                .body("refused[5].reason", containsString("15-19"));
        given().when().get("/api/v1/statistics/live-reconciliation?category=JOB_SEEKER&year={year}", YEAR)
                .then().body("months[3].live", equalTo(1));
    }

    @Test
    void refusesWholeRequestsThatAreNotAListOfEventsOrNotAllowed() {
        publisher().body(Map.of("eventId", "x")).when().post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(List.of()).when().post("/api/v1/events")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON).body(List.of())
                .when().post("/api/v1/events").then().statusCode(403).contentType("application/problem+json");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= EventResource.MAX_EVENTS; i++) {
            tooMany.add(event("many-" + i, "EMPLOYER_REGISTERED", YEAR + "-04-01T08:00:00+07:00"));
        }
        publisher().body(tooMany).when().post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("10000"));
        given().when().get("/api/v1/statistics/live-reconciliation?category=VACANCIES_REMAINING&year={year}", YEAR)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("category"));
    }

    @Test
    void answersOnTheBasisAskedForAndMarksLiveFiguresProvisional() {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(Map.of("category", "JOB_SEEKER", "year", YEAR, "month", 3, "week", 1, "count", 100)))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // week 1 of March: reported, so best keeps the 100
            events.add(event("b1-" + i, "JOB_SEEKER_REGISTERED", YEAR + "-03-0" + (1 + i) + "T09:00:00+07:00"));
        }
        for (int i = 0; i < 7; i++) { // week 2: not reported, so best shows the 7, provisional
            events.add(event("b2-" + i, "JOB_SEEKER_REGISTERED", YEAR + "-03-" + (8 + i < 10 ? "0" : "") + (8 + i) + "T09:00:00+07:00"));
        }
        publisher().body(events).when().post("/api/v1/events").then().statusCode(200).body("counted", equalTo(12));

        String etag = given().when().get("/api/v1/statistics/facilitated-workers?year={year}", YEAR)
                .then().statusCode(200)
                .body("months[2].weeks[0].count", equalTo(100)).body("months[2].weeks[0]", not(hasKey("status")))
                .body("months[2].weeks[1].count", equalTo(7)).body("months[2].weeks[1].status", equalTo("provisional"))
                .body("months[2].total", equalTo(107)).body("months[2].status", equalTo("provisional"))
                .body("months[1]", not(hasKey("status")))
                .body("total", equalTo(107)).body("status", equalTo("provisional"))
                .extract().header("ETag");
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}&basis=official", YEAR)
                .then().statusCode(200).body("months[2].total", equalTo(100)).body("months[2].weeks[1].count", nullValue())
                .body("$", not(hasKey("status")));
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}&basis=live", YEAR)
                .then().statusCode(200).body("months[2].weeks[0].count", equalTo(5)).body("months[2].weeks[1].count", equalTo(7))
                .body("total", equalTo(12)).body("status", equalTo("provisional"));
        given().when().get("/api/v1/statistics/service-users?year={year}", YEAR)
                .then().statusCode(200).body("months[2].byCategory.JOB_SEEKER", equalTo(107)).body("status", equalTo("provisional"));

        // one more event: the cached answer and its ETag move with it
        publisher().body(List.of(event("b2-late", "JOB_SEEKER_REGISTERED", YEAR + "-03-09T18:00:00+07:00")))
                .when().post("/api/v1/events").then().statusCode(200).body("counted", equalTo(1));
        String after = given().header("If-None-Match", etag).when().get("/api/v1/statistics/facilitated-workers?year={year}", YEAR)
                .then().statusCode(200).body("months[2].weeks[1].count", equalTo(8)).extract().header("ETag");
        given().header("If-None-Match", after).when().get("/api/v1/statistics/facilitated-workers?year={year}", YEAR)
                .then().statusCode(304);

        given().when().get("/api/v1/statistics/facilitated-workers?year={year}&format=sdmx-csv", YEAR)
                .then().statusCode(200)
                .body(containsString(",FACILITATED_WORKERS,_T,_T,_T,_T,_T," + YEAR + "-03-08/P7D,8,P,"))
                .body(containsString(",FACILITATED_WORKERS,_T,_T,_T,_T,_T," + YEAR + "-03-01/P7D,100,A,"));
        given().when().get("/api/v1/series?indicator=FACILITATED_WORKERS&from={from}&to={to}&interval=week", YEAR + "-03",
                YEAR + "-03")
                .then().statusCode(200).body("series[0].points.value", equalTo(java.util.Arrays.asList(100, 8, null, null)))
                .body("series[0].points[0]", not(hasKey("status"))).body("series[0].points[1].status", equalTo("provisional"));
        given().when().get("/api/v1/statistics/headline?year={year}", YEAR)
                .then().statusCode(200).body("jobSeekers", equalTo(108)).body("status", equalTo("provisional"))
                .body("facilitatedWorkers.status", equalTo("provisional"));
        given().when().get("/api/v1/statistics/facilitated-workers?year={year}&basis=lively", YEAR)
                .then().statusCode(400).body("errors[0].field", equalTo("basis"));
    }

    @Test
    void readsLiveFiguresRegionByRegionByDimensionAndAsCounts() {
        // reported: week 1 of April in Kota Bandung (32.73), 20 job seekers and 4 vacancies; nothing nationally
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(Map.of("category", "JOB_SEEKER", "year", YEAR, "month", 4, "week", 1, "region", "32.73", "count", 20),
                        Map.of("category", "VACANCY", "year", YEAR, "month", 4, "week", 1, "region", "32.73", "count", 4)))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        String week1 = YEAR + "-04-03T09:00:00+07:00";
        String week2 = YEAR + "-04-09T09:00:00+07:00";
        List<Map<String, Object>> events = List.of(
                with(with(event("d-1", "JOB_SEEKER_REGISTERED", week1), "region", "32.73"), "sex", "P"),
                with(with(event("d-2", "JOB_SEEKER_REGISTERED", week1), "region", "32.73"), "sex", "P"),
                with(with(event("d-3", "JOB_SEEKER_REGISTERED", week1), "region", "32.73"), "sex", "L"),
                // born in 2040: 20 in 2060, so age group 20-24
                with(with(with(with(event("d-4", "JOB_SEEKER_REGISTERED", week2), "region", "32.73"), "sex", "L"), "education", "SMK"),
                        "birthYear", YEAR - 20),
                with(event("d-5", "JOB_SEEKER_REGISTERED", week2), "region", "32.73"),
                with(with(event("d-6", "JOB_SEEKER_REGISTERED", week2), "region", "31.71"), "sex", "P"),
                with(event("d-7", "JOB_SEEKER_REGISTERED", week2), "sex", "P"),
                with(with(event("d-8", "VACANCY_POSTED", week2), "region", "32.73"), "openings", 5),
                with(event("d-9", "JOB_SEEKER_REGISTERED", week2), "birthYear", YEAR - 10),
                with(with(event("d-10", "JOB_SEEKER_REGISTERED", week2), "birthYear", YEAR - 20), "ageGroup", "25-29"),
                with(event("d-11", "JOB_SEEKER_REGISTERED", week2), "birthYear", Integer.MIN_VALUE));
        publisher().body(events).when().post("/api/v1/events").then().statusCode(200).body("counted", equalTo(8))
                .body("refused.field", equalTo(List.of("birthYear", "birthYear", "birthYear")))
                .body("refused[0].reason", containsString("gives an age of 10 in " + YEAR))
                .body("refused[1].reason", containsString("age group 20-24, not 25-29"))
                // 2060 - (-2147483648) = 2147485708, which an int age would have wrapped to a negative number
                .body("refused[2].reason", containsString("gives an age of 2147485708 in " + YEAR));

        // region by region: Jawa Barat is its reported week 1 (20) and its live week 2 (2); DKI Jakarta only live (1);
        // the nation 20 + 4 live in week 2, one of them without a region, so unallocated
        String byProvince = "/api/v1/statistics/facilitated-workers/by-region?year={year}&month=4";
        given().when().get(byProvince, YEAR).then().statusCode(200)
                .body("total", equalTo(24)).body("unallocated", equalTo(1)).body("status", equalTo("provisional"))
                .body("rows.find { it.region == '32' }.total", equalTo(22))
                .body("rows.find { it.region == '32' }.status", equalTo("provisional"))
                .body("rows.find { it.region == '31' }.total", equalTo(1))
                .body("rows.find { it.region == '11' }.total", nullValue())
                .body("rows.find { it.region == '11' }", not(hasKey("status")));
        given().when().get(byProvince + "&basis=official", YEAR).then().statusCode(200)
                .body("total", equalTo(20)).body("$", not(hasKey("status")))
                .body("rows.find { it.region == '32' }.total", equalTo(20)).body("rows.find { it.region == '31' }.total", nullValue());
        given().when().get(byProvince + "&basis=live", YEAR).then().statusCode(200)
                .body("total", equalTo(7)).body("unallocated", equalTo(1))
                .body("rows.find { it.region == '32' }.total", equalTo(5));
        given().when().get("/api/v1/statistics/facilitated-workers/by-region?year={year}&level=regency&parent=32&basis=live", YEAR)
                .then().statusCode(200).body("total", equalTo(5)).body("rows.find { it.region == '32.73' }.total", equalTo(5));

        // supply against demand: 9 vacancies (4 reported, 5 live) for 24 job seekers: 37.50 per 100
        given().when().get("/api/v1/statistics/labour-market?year={year}&month=4", YEAR).then().statusCode(200)
                .body("yearTotal.jobSeekers", equalTo(24)).body("yearTotal.vacancies", equalTo(9))
                .body("yearTotal.vacanciesPer100JobSeekers", equalTo(37.5f)).body("yearTotal.status", equalTo("provisional"))
                .body("months[0].status", equalTo("provisional"));
        given().when().get("/api/v1/statistics/labour-market?year={year}&month=4&by=region", YEAR).then().statusCode(200)
                .body("rows.find { it.region == '32' }.jobSeekers", equalTo(22))
                .body("rows.find { it.region == '32' }.vacancies", equalTo(9))
                .body("rows.find { it.region == '32' }.vacanciesPer100JobSeekers", equalTo(40.91f))
                .body("rows.find { it.region == '32' }.status", equalTo("provisional"));
        given().when().get("/api/v1/statistics/labour-market?year={year}&month=4&basis=official", YEAR).then().statusCode(200)
                .body("yearTotal.jobSeekers", equalTo(20)).body("yearTotal", not(hasKey("status")));

        // by sex, live: an event counts in the cell of the sex it names (L 1 + 1, P 2 + 2); one names none
        String bySex = "/api/v1/statistics/breakdown?measure=JOB_SEEKER&year={year}&month=4&by=sex";
        given().when().get(bySex + "&basis=live", YEAR).then().statusCode(200)
                .body("total", equalTo(7)).body("allocated", equalTo(6)).body("unallocated", equalTo(1))
                .body("cells.find { it.sex.code == 'L' }.count", equalTo(2))
                .body("cells.find { it.sex.code == 'P' }.count", equalTo(4))
                .body("cells.find { it.sex.code == 'P' }.status", equalTo("provisional")).body("status", equalTo("provisional"));
        // best: week 1 was reported whole (20) without parts, so only week 2's events are parts: L 1, P 2
        given().when().get(bySex, YEAR).then().statusCode(200)
                .body("total", equalTo(24)).body("allocated", equalTo(3)).body("unallocated", equalTo(21))
                .body("cells.find { it.sex.code == 'L' }.count", equalTo(1))
                .body("cells.find { it.sex.code == 'P' }.count", equalTo(2));
        given().when().get(bySex + "&basis=official", YEAR).then().statusCode(200)
                .body("total", equalTo(20)).body("allocated", nullValue()).body("$", not(hasKey("status")));
        given().when().get("/api/v1/statistics/breakdown?measure=JOB_SEEKER&year={year}&month=4&region=32.73&by=sex,ageGroup"
                + "&basis=live", YEAR).then().statusCode(200)
                .body("total", equalTo(5)).body("allocated", equalTo(1))
                .body("cells.find { it.sex.code == 'L' && it.ageGroup.code == '20-24' }.count", equalTo(1))
                .body("margins.find { it.dimension == 'SEX' && it.code == 'L' }.reported", equalTo(2));

        // the list of counts: official by default (what was stored), live or best on request
        String counts = "/api/v1/counts?category=JOB_SEEKER&year={year}&month=4&region=32.73";
        given().when().get(counts, YEAR).then().statusCode(200)
                .body("count", equalTo(List.of(20))).body("[0]", not(hasKey("status")));
        given().when().get(counts + "&basis=live", YEAR).then().statusCode(200)
                .body("week", equalTo(List.of(1, 2))).body("count", equalTo(List.of(3, 2)))
                .body("status", equalTo(List.of("provisional", "provisional")));
        given().when().get(counts + "&basis=best", YEAR).then().statusCode(200)
                .body("count", equalTo(List.of(20, 2))).body("[0]", not(hasKey("status"))).body("[1].status", equalTo("provisional"));
        given().when().get("/api/v1/counts?category=JOB_SEEKER&year={year}&basis=live", YEAR).then().statusCode(200)
                .body("week", equalTo(List.of(1, 2))).body("count", equalTo(List.of(3, 4))).body("region", equalTo(java.util.Arrays.asList(null, null)));
    }

    @Test
    void leavesEveryAnswerOfAYearWithoutEventsAsItWas() {
        String best = given().when().get("/api/v1/statistics/facilitated-workers?year=2021").then().statusCode(200)
                .body("total", equalTo(1040746)).body("$", not(hasKey("status"))).extract().asString();
        String official = given().when().get("/api/v1/statistics/facilitated-workers?year=2021&basis=official").then()
                .statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(official, best, "2021 has no events: best is the reported figures");
        given().when().get("/api/v1/statistics/facilitated-workers?year=2021&basis=live").then().statusCode(200)
                .body("total", nullValue());
        for (String read : List.of("/api/v1/statistics/facilitated-workers/by-region?year=2021",
                "/api/v1/statistics/service-users/by-region?year=2021&month=10", "/api/v1/statistics/labour-market?year=2021",
                "/api/v1/statistics/labour-market?year=2021&by=region", "/api/v1/counts?year=2021")) {
            String asIs = given().when().get(read).then().statusCode(200).extract().asString();
            String reported = given().when().get(read + "&basis=" + (read.contains("counts") ? "best" : "official")).then()
                    .statusCode(200).extract().asString();
            org.junit.jupiter.api.Assertions.assertEquals(reported, asIs, read + ": 2021 has no events");
            org.junit.jupiter.api.Assertions.assertFalse(asIs.contains("provisional"), read);
        }
    }


    @Test
    void pushesEveryChangeOnTheStream() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CompletableFuture<?> done = http.sendAsync(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/stream?duration=4"))
                        .header("Accept", "text/event-stream").build(),
                java.net.http.HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (!lines.contains("event:hello") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        org.junit.jupiter.api.Assertions.assertTrue(lines.contains("event:hello"), "no hello: " + lines);
        publisher().body(List.of(event("s-1", "EMPLOYER_REGISTERED", YEAR + "-06-02T09:00:00+07:00")))
                .when().post("/api/v1/events").then().statusCode(200).body("counted", equalTo(1));
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType(ContentType.JSON)
                .body(List.of(Map.of("category", "VACANCY", "year", YEAR, "month", 6, "count", 40)))
                .when().post("/api/v1/counts/batch").then().statusCode(200);
        done.get(10, java.util.concurrent.TimeUnit.SECONDS); // the stream ends after its duration
        List<String> data = lines.stream().filter(line -> line.startsWith("data:")).toList();
        org.junit.jupiter.api.Assertions.assertTrue(data.stream().anyMatch(line -> line.contains("\"basis\":\"live\"")
                && line.contains("\"measures\":[\"EMPLOYER\"]") && line.contains("\"years\":[" + YEAR + "]")), "live: " + lines);
        org.junit.jupiter.api.Assertions.assertTrue(data.stream().anyMatch(line -> line.contains("\"basis\":\"official\"")
                && line.contains("\"measures\":[\"VACANCY\"]") && line.contains("\"years\":[" + YEAR + "]")), "official: " + lines);
        given().when().get("/api/v1/stream?duration=0").then().statusCode(400).body("errors[0].field", equalTo("duration"));
    }


    @Test
    void readinessSaysThereIsNoBrokerAndStaysUp() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'KarirHub events broker' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'KarirHub events broker' }.data.broker", containsString("not configured"));
    }

}
