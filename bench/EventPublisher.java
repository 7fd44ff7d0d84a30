import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * Publishes KarirHub events to the topic exchange karirhub.events of the RabbitMQ on 127.0.0.1:5672
 * (guest/guest), persistent, with publisher confirms, for bench/events.sh. Each event is
 * JOB_SEEKER_REGISTERED on a day of DATE's month up to DATE (Jakarta time), in one of a few regions
 * or none, with a sex; ids are PREFIX-<n>.
 *
 *   java -cp <amqp-client and slf4j-api jars> bench/EventPublisher.java backlog N DATE PREFIX [FROM]
 *        N events (ids FROM..FROM+N-1), as fast as the broker confirms them
 *   ... steady RATE SECONDS PREFIX    RATE events a second for SECONDS, occurredAt = the moment sent
 *   ... poison N PREFIX                N events the service must refuse: a third not JSON, a third with a
 *                                      personal-data field, a third of an unknown type
 * Prints how many it published and how long it took.
 */
public class EventPublisher {

    private static final String[] REGIONS = { "32.73", "31.71", "35.78", "32", null };

    public static void main(String[] args) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("guest");
        factory.setPassword("guest");
        try (Connection connection = factory.newConnection("karirhub bench publisher"); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare("karirhub.events", "topic", true);
            channel.confirmSelect();
            long started = System.nanoTime();
            long sent = switch (args[0]) {
                case "backlog" -> backlog(channel, Long.parseLong(args[1]), LocalDate.parse(args[2]), args[3],
                        args.length > 4 ? Long.parseLong(args[4]) : 0);
                case "steady" -> steady(channel, Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3]);
                case "poison" -> poison(channel, Integer.parseInt(args[1]), args[2]);
                default -> throw new IllegalArgumentException("backlog, steady or poison");
            };
            channel.waitForConfirmsOrDie(120_000);
            System.out.printf("published %d in %.1f s%n", sent, (System.nanoTime() - started) / 1e9);
        }
    }

    private static long backlog(Channel channel, long n, LocalDate date, String prefix, long from) throws Exception {
        int days = date.getDayOfMonth();
        for (long i = from; i < from + n; i++) {
            LocalDate day = date.withDayOfMonth(1 + (int) (i % days));
            publish(channel, "JOB_SEEKER_REGISTERED", event(prefix + "-" + i, "JOB_SEEKER_REGISTERED",
                    day.atTime(9, 0).atOffset(ZoneOffset.ofHours(7)).toString(), REGIONS[(int) (i % REGIONS.length)],
                    i % 2 == 0 ? "L" : "P"));
            if ((i - from) % 10_000 == 9_999) {
                channel.waitForConfirmsOrDie(120_000);
            }
        }
        return n;
    }

    private static long steady(Channel channel, int rate, int seconds, String prefix) throws Exception {
        long n = (long) rate * seconds;
        long started = System.nanoTime();
        for (long i = 0; i < n; i++) {
            long due = started + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            publish(channel, "JOB_SEEKER_REGISTERED", event(prefix + "-" + i, "JOB_SEEKER_REGISTERED",
                    OffsetDateTime.now(ZoneOffset.ofHours(7)).toString(), REGIONS[(int) (i % REGIONS.length)], "P"));
        }
        return n;
    }

    private static long poison(Channel channel, int n, String prefix) throws Exception {
        for (int i = 0; i < n; i++) {
            String body = switch (i % 3) {
                case 0 -> "not json " + i;
                case 1 -> "{\"eventId\":\"" + prefix + "-" + i + "\",\"type\":\"JOB_SEEKER_REGISTERED\",\"occurredAt\":\""
                        + OffsetDateTime.now(ZoneOffset.ofHours(7)) + "\",\"nik\":\"3273012345670001\"}";
                default -> event(prefix + "-" + i, "JOB_SEEKER_HIRED", OffsetDateTime.now(ZoneOffset.ofHours(7)).toString(), null, null);
            };
            publish(channel, "JOB_SEEKER_REGISTERED", body);
        }
        return n;
    }

    private static String event(String id, String type, String occurredAt, String region, String sex) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"" + type + "\",\"occurredAt\":\"" + occurredAt + "\""
                + (region == null ? "" : ",\"region\":\"" + region + "\"") + (sex == null ? "" : ",\"sex\":\"" + sex + "\"") + "}";
    }

    private static void publish(Channel channel, String routingKey, String body) throws Exception {
        Map<String, Object> headers = new HashMap<>();
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2)
                .headers(headers).build();
        channel.basicPublish("karirhub.events", routingKey, properties, body.getBytes(StandardCharsets.UTF_8));
    }
}
