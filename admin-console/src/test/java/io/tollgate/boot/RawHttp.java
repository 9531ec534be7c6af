package io.tollgate.boot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** HTTP/1.1 written byte by byte over a plain socket, for requests no HTTP client would send. */
final class RawHttp {

    /** A reply: status, the head's lines, and the body (de-chunked). */
    record Reply(int status, String head, String body) {}

    private RawHttp() {}

    /** Broken requests to {@code path} (and, when {@code bearer} is not null, with that credential). */
    static List<byte[]> brokenRequests(String path, String bearer) {
        String auth = bearer == null ? "" : "Authorization: Bearer " + bearer + "\r\n";
        String head = " HTTP/1.1\r\nHost: localhost\r\n" + auth;
        String post = "POST " + path + head + "Content-Type: application/json\r\n";
        return List.of(
                bytes(post + "Content-Length: abc\r\nConnection: close\r\n\r\n{}"),
                bytes(post + "Content-Length: -5\r\nConnection: close\r\n\r\n{}"),
                bytes(post + "Content-Length: 99999999999999999999999\r\nConnection: close\r\n\r\n{}"),
                bytes(post + "Content-Length: 2\r\nContent-Length: 7\r\nConnection: close\r\n\r\n{}"),
                bytes(post + "Content-Length: 400\r\nConnection: close\r\n\r\n{\"model\":"),
                bytes(post + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
                bytes(post + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n{}\r\n0\r\n\r\n"),
                bytes(post + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}XX0\r\n\r\n"),
                bytes(post + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nFFFFFFFFFFFFFFFFFF\r\n{}\r\n"),
                bytes(post + "Transfer-Encoding: chunked\r\nContent-Length: 2\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n"),
                bytes("GET " + path + "\u0000x" + head + "Connection: close\r\n\r\n"),
                bytes("GET " + path + "%00x" + head + "Connection: close\r\n\r\n"),
                bytes("GET " + path + "/%2e%2e/%00" + head + "Connection: close\r\n\r\n"),
                bytes("GET " + path + head + "X-Big: " + "a".repeat(70_000) + "\r\nConnection: close\r\n\r\n"),
                bytes("GET " + path + head + "X-Nul: a\u0000b\r\nConnection: close\r\n\r\n"),
                bytes("GET " + path + head + "Bad Header Line\r\nConnection: close\r\n\r\n"),
                bytes("GET " + path + " HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
    }

    static Reply send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // the server may reset after answering a request it will not read on; what came before counts
        }
        return out.toByteArray();
    }

    private static Reply parse(byte[] raw) {
        String latin = new String(raw, StandardCharsets.ISO_8859_1);
        int end = latin.indexOf("\r\n\r\n");
        if (!latin.startsWith("HTTP/1.1 ") || end < 0) {
            return new Reply(-1, latin, "");
        }
        String head = latin.substring(0, end);
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunked(body);
        }
        return new Reply(Integer.parseInt(head.substring(9, 12)), head, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunked(byte[] chunked) {
        String latin = new String(chunked, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < latin.length()) {
            int lineEnd = latin.indexOf("\r\n", at);
            int size = lineEnd < 0 ? 0 : Integer.parseInt(latin.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
