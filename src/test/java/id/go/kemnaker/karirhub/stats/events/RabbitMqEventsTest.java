package id.go.kemnaker.karirhub.stats.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The broker's way in, against the RabbitMQ on 127.0.0.1:5672 (guest/guest): events published to
 * the topic exchange karirhub.events are counted exactly once (a message delivered twice, or the
 * same event posted over HTTP afterwards, counts nothing more), poison messages land in the
 * dead-letter queue with their reason, and the queue the service declares is a quorum queue. Its
 * queues have names of their own per run, so that nothing a run leaves in them reaches the next.
 *
 * <p>Skipped where no broker answers, unless {@code KARIRHUB_REQUIRE_BROKER=true} (what .ci/run sets):
 * then a missing broker fails it.
 */
@QuarkusTest
@TestProfile(RabbitMqEventsTest.WithBroker.class)
@OwnsYears({2070})
class RabbitMqEventsTest {

    private static final int YEAR = TestYears.of(RabbitMqEventsTest.class)[0];
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String QUEUE = "karirhub-stats.events.test-" + RUN;
    private static final String DEAD_LETTER_EXCHANGE = "karirhub-stats.events.dlx.test-" + RUN;
    private static final String DEAD_LETTERS = "karirhub-stats.events.dead.test-" + RUN;

    /** The broker switched on as in production (KARIRHUB_EVENTS_BROKER), with this run's queues and year. */
    public static class WithBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("karirhub.events.broker", "amqp://guest:guest@127.0.0.1:5672/",
                    "karirhub.events.now", YEAR + "-07-01T12:00:00+07:00",
                    "mp.messaging.incoming.events.queue.name", QUEUE,
                    "mp.messaging.incoming.events.dead-letter-exchange", DEAD_LETTER_EXCHANGE,
                    "mp.messaging.incoming.events.dead-letter-queue-name", DEAD_LETTERS,
                    "mp.messaging.outgoing.events-refused.exchange.name", DEAD_LETTER_EXCHANGE);
        }
    }

    private static Connection broker;
    private static Channel channel;

    @BeforeAll
    static void connect() throws Exception {
        boolean required = Boolean.parseBoolean(System.getenv("KARIRHUB_REQUIRE_BROKER"));
        boolean up = listening();
        if (required) {
            assertTrue(up, "KARIRHUB_REQUIRE_BROKER is set but no RabbitMQ answers on 127.0.0.1:5672");
        }
        Assumptions.assumeTrue(up, "no RabbitMQ on 127.0.0.1:5672: the broker's tests are skipped");
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("guest");
        factory.setPassword("guest");
        broker = factory.newConnection("karirhub-stats tests");
        channel = broker.createChannel();
        channel.confirmSelect();
    }

    @AfterAll
    static void removeQueues() throws Exception {
        if (channel != null) {
            channel.queueDelete(QUEUE);
            channel.queueDelete(DEAD_LETTERS);
            channel.exchangeDelete(DEAD_LETTER_EXCHANGE);
            broker.close();
        }
    }

    private static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void publish(String routingKey, String body) throws Exception {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build();
        channel.basicPublish("karirhub.events", routingKey, properties, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String event(String id, String type, String occurredAt, String region) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"" + type + "\",\"occurredAt\":\"" + occurredAt + "\""
                + (region == null ? "" : ",\"region\":\"" + region + "\"") + "}";
    }

    private static JsonPath reconciliation(String category, String region) {
        return given().when().get("/api/v1/statistics/live-reconciliation?category={category}&year={year}"
                + (region == null ? "" : "&region=" + region), category, YEAR).then().statusCode(200).extract().jsonPath();
    }

    private static void awaitLive(String category, int monthIndex, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Object live = null;
        while (System.nanoTime() < deadline) {
            live = reconciliation(category, null).get("months[" + monthIndex + "].live");
            if (live != null && ((Number) live).longValue() == expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(category + " month " + (monthIndex + 1) + ": expected " + expected + " live, got " + live);
    }

    @Test
    void countsEveryEventOnceAndDeadLettersThePoisonWithItsReason() throws Exception {
        channel.queueDeclarePassive(QUEUE); // the service declared it; its type is checked below
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 196; i++) {
            String id = "amqp-" + RUN + "-" + i;
            ids.add(id);
            // days 1-28 of February, weeks I-IV; every fifth in Kota Bandung (32.73)
            publish("JOB_SEEKER_REGISTERED", event(id, "JOB_SEEKER_REGISTERED",
                    YEAR + "-02-" + String.format("%02d", 1 + i % 28) + "T09:00:00+07:00", i % 5 == 0 ? "32.73" : null));
        }
        for (int i = 0; i < 50; i++) { // delivered again, as an at-least-once publisher would
            publish("JOB_SEEKER_REGISTERED", event(ids.get(i), "JOB_SEEKER_REGISTERED",
                    YEAR + "-02-" + String.format("%02d", 1 + i % 28) + "T09:00:00+07:00", null));
        }
        publish("EMPLOYER_REGISTERED", "this is not JSON: Budi");
        publish("JOB_SEEKER_REGISTERED", "{\"eventId\":\"pd-" + RUN + "\",\"type\":\"JOB_SEEKER_REGISTERED\",\"occurredAt\":\""
                + YEAR + "-02-03T09:00:00+07:00\",\"email\":\"someone@example.org\"}");
        publish("JOB_SEEKER_HIRED", event("ty-" + RUN, "JOB_SEEKER_HIRED", YEAR + "-02-03T09:00:00+07:00", null));
        channel.waitForConfirmsOrDie(10_000);

        awaitLive("JOB_SEEKER", 1, 196);
        JsonPath national = reconciliation("JOB_SEEKER", null);
        // 196 events, 7 on each of days 1-28: 49 in each reporting week
        for (int week = 4; week < 8; week++) {
            assertEquals(49, national.getInt("weeks[" + week + "].live"), "week " + (week - 3) + " of February");
        }
        assertEquals(40, reconciliation("JOB_SEEKER", "32").getInt("months[1].live"));

        // the poison: in the dead-letter queue with its reason, nothing of it counted
        List<String> reasons = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (reasons.size() < 3 && System.nanoTime() < deadline) {
            GetResponse dead = channel.basicGet(DEAD_LETTERS, true);
            if (dead == null) {
                Thread.sleep(100);
                continue;
            }
            reasons.add(String.valueOf(dead.getProps().getHeaders().get(BrokerConsumer.REFUSAL_FIELD_HEADER)) + " | "
                    + dead.getProps().getHeaders().get(BrokerConsumer.REFUSAL_HEADER));
        }
        reasons.sort(null);
        assertEquals(3, reasons.size(), "dead letters: " + reasons);
        assertTrue(reasons.get(0).startsWith("$ | $: is not JSON (at line 1"), reasons.get(0));
        assertTrue(!reasons.get(0).contains("Budi"), "a refusal never quotes the text of a message: " + reasons.get(0));
        assertTrue(reasons.get(1).startsWith("email | email: is not a field of an event"), reasons.get(1));
        assertTrue(!reasons.get(1).contains("someone@example.org"), "a refusal never repeats what an unknown field held");
        assertTrue(reasons.get(2).startsWith("type | type: is not an event type"), reasons.get(2));

        // the same events over HTTP: duplicates, whichever way they arrive
        List<Map<String, Object>> again = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            again.add(Map.of("eventId", ids.get(i), "type", "JOB_SEEKER_REGISTERED",
                    "occurredAt", YEAR + "-02-" + String.format("%02d", 1 + i % 28) + "T09:00:00+07:00"));
        }
        given().header("Authorization", Tokens.bearer(Roles.EVENT_PUBLISHER)).contentType(ContentType.JSON).body(again)
                .when().post("/api/v1/events").then().statusCode(200).body("counted", equalTo(0)).body("duplicates", equalTo(10));
        assertEquals(196, reconciliation("JOB_SEEKER", null).getInt("months[1].live"));
        // readiness names the broker and its channels, up
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'KarirHub events broker' }.data.broker", equalTo("up"));
    }
}
