import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Opens N change streams (GET /api/v1/stream) on one instance, waits until every one has its hello,
 * publishes one event over HTTP, and measures when the change reached each stream: for
 * bench/events.sh ("1,000 open stream clients, a change reaching all within 1 s").
 *
 *   java bench/StreamClients.java BASE_URL N PUBLISHER_TOKEN
 * Prints: clients, connected, reached, and the delay from the publish to the first, median, 99th
 * percentile and last arrival, in ms.
 */
public class StreamClients {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = Integer.parseInt(args[1]);
        String token = args[2];
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch hello = new CountDownLatch(n);
        CountDownLatch changed = new CountDownLatch(n);
        AtomicLongArray arrived = new AtomicLongArray(n);
        for (int i = 0; i < n; i++) {
            int client = i;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/stream?duration=120"))
                    .header("Accept", "text/event-stream").build();
            http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                private boolean seen;

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    if (line.startsWith("event:hello") || line.startsWith("event: hello")) {
                        hello.countDown();
                    } else if (!seen && (line.startsWith("event:change") || line.startsWith("event: change"))) {
                        seen = true;
                        arrived.set(client, System.nanoTime());
                        changed.countDown();
                    }
                }

                @Override
                public void onError(Throwable throwable) {
                }

                @Override
                public void onComplete() {
                }
            }));
        }
        boolean allConnected = hello.await(60, TimeUnit.SECONDS);
        long connected = n - hello.getCount();
        String event = "[{\"eventId\":\"stream-bench-" + System.currentTimeMillis() + "\",\"type\":\"EMPLOYER_REGISTERED\",\"occurredAt\":\""
                + OffsetDateTime.now(ZoneOffset.ofHours(7)) + "\"}]";
        long published = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.ofString());
        changed.await(30, TimeUnit.SECONDS);
        long[] delays = new long[n];
        int reached = 0;
        for (int i = 0; i < n; i++) {
            if (arrived.get(i) != 0) {
                delays[reached++] = arrived.get(i) - published;
            }
        }
        long[] got = Arrays.copyOf(delays, reached);
        Arrays.sort(got);
        System.out.printf("clients %d connected %d%s publish %d reached %d first %.1f median %.1f p99 %.1f last %.1f ms%n", n, connected,
                allConnected ? "" : " (not all within 60 s)", answer.statusCode(), reached, ms(got, 0.0), ms(got, 0.5), ms(got, 0.99),
                ms(got, 1.0));
        System.exit(0);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - (quantile == 0 ? 0 : 1));
        return sorted[Math.max(0, index)] / 1e6;
    }
}
