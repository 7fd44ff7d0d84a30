package id.go.kemnaker.karirhub.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay between a service and its PostgreSQL, for a database outage on demand: {@link #cut}
 * drops every open connection and refuses new ones (as a dead host or a network cut would),
 * {@link #restore} lets connections through again. The service is never restarted.
 */
public final class TcpProxy implements AutoCloseable {

    private static final Pattern JDBC_HOST_PORT = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?(/.*)$");

    private final ServerSocket server;
    private final String host;
    private final int targetPort;
    private final String path;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private TcpProxy(String host, int targetPort, String path) throws IOException {
        this.host = host;
        this.targetPort = targetPort;
        this.path = path;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tcp-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A relay to the server of {@code jdbcUrl}; {@link #jdbcUrl()} is the URL that goes through it. */
    public static TcpProxy forJdbcUrl(String jdbcUrl) throws IOException {
        Matcher url = JDBC_HOST_PORT.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL with a host: " + jdbcUrl);
        }
        return new TcpProxy(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)), url.group(3));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + path;
    }

    /** Drops every relayed connection and refuses (accepts and closes at once) new ones until {@link #restore}. */
    public void cut() {
        cut = true;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    public void restore() {
        cut = false;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            if (cut) {
                closeQuietly(client);
                continue;
            }
            try {
                Socket upstream = new Socket(host, targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side or cut() closed it
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
