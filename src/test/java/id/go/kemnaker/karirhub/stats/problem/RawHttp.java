package id.go.kemnaker.karirhub.stats.problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a request byte for byte as written, over a plain socket: HTTP client libraries refuse
 * to send what the service must survive (a bad escape such as {@code %zz} in the target, a
 * false Content-Length, a truncated multipart body, an {@code OPTIONS *}).
 */
final class RawHttp {

    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    static Answer send(int port, String method, String target, List<String[]> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            boolean ownHost = headers.stream().anyMatch(header -> header[0].equalsIgnoreCase("Host"));
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n"
                    + (ownHost ? "" : "Host: localhost:" + port + "\r\n") + "Connection: close\r\n");
            boolean hasLength = false;
            for (String[] header : headers) {
                head.append(header[0]).append(": ").append(header[1]).append("\r\n");
                hasLength |= header[0].equalsIgnoreCase("Content-Length") || header[0].equalsIgnoreCase("Transfer-Encoding");
            }
            if (body != null && !hasLength) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            // Read while writing: a server may answer (413) and close before the body is sent.
            InputStream in = socket.getInputStream();
            CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException closedWhileSending) {
                // the answer is what counts
            }
            try {
                return parse(answer.get(30, TimeUnit.SECONDS));
            } catch (ExecutionException | InterruptedException | TimeoutException e) {
                throw new IOException("No answer to " + method + " " + target, e);
            }
        }
    }

    /**
     * Writes {@code requests} (several, one after the other, without waiting) on one connection
     * and returns the status of each answer, in the order they came, once {@code count} arrived
     * or the server closed the connection (or 60 s passed).
     */
    static List<Integer> pipeline(int port, byte[] requests, int count) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            InputStream in = socket.getInputStream();
            CompletableFuture<List<Integer>> statuses = CompletableFuture.supplyAsync(() -> {
                List<Integer> seen = new java.util.ArrayList<>();
                StringBuilder text = new StringBuilder();
                byte[] buffer = new byte[65536];
                int from = 0;
                try {
                    for (int read = in.read(buffer); read != -1 && seen.size() < count; read = in.read(buffer)) {
                        text.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                        for (int at = text.indexOf("HTTP/1.1 ", from); at >= 0; at = text.indexOf("HTTP/1.1 ", from)) {
                            if (at + 12 > text.length()) {
                                break;
                            }
                            seen.add(Integer.parseInt(text.substring(at + 9, at + 12)));
                            from = at + 12;
                        }
                    }
                } catch (IOException closedOrSilent) {
                    // what arrived is what counts
                }
                return seen;
            });
            socket.getOutputStream().write(requests);
            socket.getOutputStream().flush();
            try {
                return statuses.get(90, TimeUnit.SECONDS);
            } catch (ExecutionException | InterruptedException | TimeoutException e) {
                throw new IOException("No answers to the pipelined requests", e);
            }
        }
    }

    private static Answer parse(byte[] all) throws IOException {
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("No complete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }
}
