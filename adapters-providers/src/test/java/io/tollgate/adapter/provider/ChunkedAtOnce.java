package io.tollgate.adapter.provider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A platform on 127.0.0.1 that answers one call with an event stream whose events are each their own HTTP chunk, as
 * real platforms send them, and puts the whole answer on the wire in a single write: the chunks arrive together.
 */
public final class ChunkedAtOnce implements AutoCloseable {

    private final ServerSocket server;
    private final Thread serving;

    public ChunkedAtOnce(String... events) throws IOException {
        this((answer(events) + "0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the events, then only the start of a next chunk's size line, and goes quiet. */
    public static ChunkedAtOnce quietInsideASizeLineAfter(String... events) throws IOException {
        return new ChunkedAtOnce((answer(events) + "1f\r").getBytes(StandardCharsets.UTF_8));
    }

    private ChunkedAtOnce(byte[] answer) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        serving = Thread.ofVirtual().start(() -> {
            try (Socket socket = server.accept()) {
                skipRequest(socket.getInputStream());
                socket.getOutputStream().write(answer);
                socket.getOutputStream().flush();
                socket.getInputStream().read();
            } catch (IOException closed) {
                // the test is over
            }
        });
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    private static String answer(String... events) {
        StringBuilder text = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (String event : events) {
            text.append(Integer.toHexString(event.getBytes(StandardCharsets.UTF_8).length)).append("\r\n").append(event).append("\r\n");
        }
        return text.toString();
    }

    /** Reads the request's head and its body (by its Content-Length). */
    private static void skipRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                return;
            }
            head.write(next);
        }
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).strip()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        serving.interrupt();
    }
}
