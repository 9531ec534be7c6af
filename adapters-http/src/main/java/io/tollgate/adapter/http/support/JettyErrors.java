package io.tollgate.adapter.http.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before any route runs (a bad Content-Length or chunk, a NUL in the path, oversized
 * headers): JSON in the shape of the route family the path belongs to, instead of Jetty's HTML page.
 */
public final class JettyErrors extends ErrorHandler {

    /** The path Jetty gives a request whose request line it could not read. */
    private static final String BAD_MESSAGE_PATH = "/badMessage";

    private static final HttpField JSON_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");

    private final boolean fastGptMode;

    public JettyErrors(boolean fastGptMode) {
        this.fastGptMode = fastGptMode;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        // an HTTP version Jetty does not speak is the caller's mistake, not the server's failure
        int status = code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ? HttpStatus.BAD_REQUEST_400 : code;
        write(reply(path(request), status, message), response, callback);
    }

    /** A refusal before any route runs, with this code, in the shape of the request's door. */
    public void refuse(Request request, Response response, int status, String code, String message, Callback callback) {
        write(shaped(path(request), status, "service_unavailable", code, message), response, callback);
    }

    private static void write(Reply reply, Response response, Callback callback) {
        byte[] body = Json.write(reply.body()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(reply.status());
        response.getHeaders().put(JSON_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private record Reply(int status, Map<String, Object> body) {}

    private Reply reply(String path, int status, String reason) {
        String code = Failures.code(status);
        String what = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        String message = status < 500 ? "malformed HTTP request: " + what : what;
        return shaped(path, status, "invalid_request_error", code, message);
    }

    private Reply shaped(String path, int status, String type, String code, String message) {
        if (path.startsWith("/shareAuth/")) {
            ShareAuthReply reply = ShareAuthReply.failure(status, code, message).inFastGptMode(fastGptMode);
            return new Reply(reply.status(), reply.body());
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        if (path.startsWith("/v1/")) {
            error.put("type", type);
            error.put("param", null);
        }
        error.put("code", code);
        if (path.startsWith("/")) {
            return new Reply(status, Map.of("error", error));
        }
        // no path was read (a NUL or an unknown version in the request line): a body both shapes' clients understand
        Map<String, Object> both = new LinkedHashMap<>(ShareAuthReply.failure(status, code, message).body());
        both.put("error", error);
        return new Reply(status, both);
    }

    /** The request's path, as sent when Jetty refused to decode it, or empty when the request line was unreadable. */
    private static String path(Request request) {
        HttpURI uri = request.getHttpURI();
        if (uri == null) {
            return "";
        }
        String path;
        try {
            path = uri.getPath();
        } catch (RuntimeException undecodable) {
            path = uri.asString();
        }
        return path == null || path.equals(BAD_MESSAGE_PATH) ? "" : path;
    }
}
