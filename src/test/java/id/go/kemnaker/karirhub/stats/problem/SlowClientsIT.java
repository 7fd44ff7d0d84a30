package id.go.kemnaker.karirhub.stats.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.kemnaker.karirhub.stats.PackagedService;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;

/**
 * Clients that connect and stall, send a body a byte at a time, or never read what they asked
 * for: each is cut off, and the connections one client may hold are capped, so they cannot keep
 * the service from others. The limits are shortened here (3 s instead of 30 s, 40 connections
 * instead of 1000) so the test waits seconds, not minutes; the mechanism is the one configured.
 */
class SlowClientsIT {

    private static final int LIMIT_SECONDS = 3;
    private static final int MAX_CONNECTIONS = 40;

    @TempDir
    Path workDirectory;

    private PackagedService service;
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Socket socket : sockets) {
            socket.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void stalledTricklingAndNonReadingClientsAreCutOff() throws Exception {
        int port = start();
        List<Socket> silent = open(port, 10);
        List<Socket> trickling = open(port, 10);
        List<Socket> notReading = open(port, 5);
        String token = Tokens.bearer(Roles.DATA_OFFICER);
        for (Socket socket : trickling) {
            send(socket, "PUT /api/v1/counts/EMPLOYER/2050/1 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + token + "\r\nContent-Length: 100\r\n\r\n{");
        }
        byte[] pipelined = "GET /api/v1/catalog HTTP/1.1\r\nHost: localhost\r\n\r\n".repeat(300).getBytes(StandardCharsets.US_ASCII);
        for (Socket socket : notReading) {
            socket.setSendBufferSize(pipelined.length);
            socket.getOutputStream().write(pipelined);
        }
        // a byte every half second: each restarts the idle timeout, none completes the body
        long deadline = System.nanoTime() + (LIMIT_SECONDS + 4) * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Socket socket : trickling) {
                try {
                    socket.getOutputStream().write(' ');
                } catch (IOException closed) {
                    // cut off already
                }
            }
            Thread.sleep(500);
        }
        for (Socket socket : silent) {
            assertTrue(closed(socket), "a connection that sends nothing is closed after the idle timeout");
        }
        for (Socket socket : trickling) {
            String answer = readAll(socket);
            assertTrue(answer.startsWith("HTTP/1.1 408"), "a body that does not arrive in time gets a 408: " + answer);
            assertTrue(answer.contains("application/problem+json"), answer);
        }
        for (Socket socket : notReading) {
            int answers = answersBeforeTheEnd(socket);
            assertTrue(answers >= 0 && answers < 300, "a connection that does not read its answers is closed before they "
                    + "are all written (" + answers + " of 300 arrived)");
        }
        given().port(port).when().get("/api/v1/statistics/facilitated-workers?year=2021").then().statusCode(200);
    }

    @Test
    void connectionsBeyondTheCapAreClosedAndTheServiceServesOthersOnceTheyGo() throws Exception {
        int port = start();
        List<Socket> held = open(port, MAX_CONNECTIONS);
        Thread.sleep(500);
        Socket beyond = new Socket("127.0.0.1", port);
        sockets.add(beyond);
        send(beyond, "GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals("", readAll(beyond), "a connection beyond the cap is closed without an answer");
        Thread.sleep((LIMIT_SECONDS + 2) * 1000L); // the idle ones are closed
        for (Socket socket : held) {
            assertTrue(closed(socket));
        }
        given().port(port).when().get("/q/health/ready").then().statusCode(200);
    }

    private int start() throws Exception {
        int port = PackagedService.freePort();
        service = PackagedService.start(workDirectory.resolve("service.log"), port, workDirectory.resolve("postgres"),
                "quarkus.http.idle-timeout=" + LIMIT_SECONDS + "s", "karirhub.http.body-timeout=" + LIMIT_SECONDS + "s",
                "quarkus.http.limits.max-connections=" + MAX_CONNECTIONS,
                "mp.jwt.verify.publickey.location=" + Path.of("dev/jwt/public-key.pem").toAbsolutePath(),
                "mp.jwt.verify.issuer=" + Tokens.ISSUER);
        return port;
    }

    private List<Socket> open(int port, int count) throws IOException {
        List<Socket> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(10_000);
            opened.add(socket);
            sockets.add(socket);
        }
        return opened;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Whether the server has closed the connection: a read ends (or is reset) rather than waiting. */
    private static boolean closed(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketException reset) {
            return true;
        } catch (SocketTimeoutException open) {
            return false;
        }
    }

    /** How many answers arrived before the server closed the connection; -1 if it was still open after 10 s. */
    private static int answersBeforeTheEnd(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[65536];
        try {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                received.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
            }
        } catch (SocketException reset) {
            // closed under our feet: what arrived is what counts
        } catch (SocketTimeoutException open) {
            return -1;
        }
        int answers = 0;
        for (int at = received.indexOf("HTTP/1.1 200"); at >= 0; at = received.indexOf("HTTP/1.1 200", at + 1)) {
            answers++;
        }
        return answers;
    }

    private static String readAll(Socket socket) throws IOException {
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketException reset) {
            return "";
        }
    }
}
