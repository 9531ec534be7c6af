package io.tollgate.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP pass-through on 127.0.0.1 in front of PostgreSQL that a test can break: refuse (every connection dropped, new
 * ones closed at once), stall (connections stay open but nothing more gets through, as behind a dead network), and
 * forward again (stalled connections stay stalled for good, as a real partition leaves them).
 */
final class TcpProxy implements AutoCloseable {

    private enum Mode { FORWARD, REFUSE, STALL }

    private final class Link {
        final Socket client;
        final Socket server;
        volatile boolean stalled;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(InputStream from, OutputStream to) {
            byte[] buffer = new byte[16 * 1024];
            try (from; to) {
                for (int n; (n = from.read(buffer)) > 0; ) {
                    if (!stalled) {
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException closed) {
                // one side went away
            } finally {
                close();
            }
        }

        void close() {
            links.remove(this);
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.FORWARD;

    TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Drops every connection and closes new ones at once: the database is down. */
    void refuse() {
        mode = Mode.REFUSE;
        links.forEach(Link::close);
    }

    /** Keeps every connection open but lets nothing more through, new ones included: the database stopped answering. */
    void stall() {
        mode = Mode.STALL;
        links.forEach(link -> link.stalled = true);
    }

    /** New connections get through again; stalled ones stay stalled. */
    void forward() {
        mode = Mode.FORWARD;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (mode == Mode.REFUSE) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                Link link = new Link(client, server);
                link.stalled = mode == Mode.STALL;
                links.add(link);
                InputStream fromClient = client.getInputStream();
                OutputStream toServer = server.getOutputStream();
                InputStream fromServer = server.getInputStream();
                OutputStream toClient = client.getOutputStream();
                Thread.ofVirtual().start(() -> link.pump(fromClient, toServer));
                Thread.ofVirtual().start(() -> link.pump(fromServer, toClient));
            } catch (IOException stopped) {
                // the listener closed, or the database refused this one connection
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        links.forEach(Link::close);
    }
}
