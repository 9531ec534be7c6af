import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The least an HTTP/1.1 exchange can do: a pooled keep-alive socket, one write, a Content-Length reply read. */
final class RawClient {
    private record Conn(Socket socket, BufferedInputStream in, OutputStream out) {}
    private final ConcurrentLinkedQueue<Conn> pool = new ConcurrentLinkedQueue<>();
    private final String host;
    private final int port;
    private final String path;

    RawClient(String url) {
        java.net.URI uri = java.net.URI.create(url);
        host = uri.getHost();
        port = uri.getPort();
        path = uri.getPath();
    }

    byte[] post(byte[] body) throws IOException {
        Conn conn = pool.poll();
        if (conn == null) {
            Socket socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            conn = new Conn(socket, new BufferedInputStream(socket.getInputStream(), 16384), socket.getOutputStream());
        }
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer sk-test\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        conn.out().write(request);
        conn.out().flush();
        int length = -1;
        String line;
        while (!(line = readLine(conn.in())).isEmpty()) {
            if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        byte[] reply = conn.in().readNBytes(length);
        pool.offer(conn);
        return reply;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) throw new IOException("closed");
            if (b != '\r') line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
