package io.tollgate.adapter.provider.transport;

import java.io.IOException;
import java.time.Duration;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;

/** Once the response headers are in, bounds each body read by the stream idle timeout instead of the headers timeout. */
final class IdleAfterHeaders extends HttpRequestExecutor {

    private static final String IDLE = "io.tollgate.provider.idle-timeout";

    static void set(HttpContext context, Duration idle) {
        context.setAttribute(IDLE, Timeout.of(idle));
    }

    // The client would keep the headers timeout as the socket timeout for the body, cutting a stream short that
    // pauses longer than it (60 s by default) though its idle timeout (120 s by default) allows the pause.
    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, HttpClientConnection connection,
            HttpResponseInformationCallback informationCallback, HttpContext context) throws IOException, HttpException {
        ClassicHttpResponse response = super.execute(request, connection, informationCallback, context);
        if (context.getAttribute(IDLE) instanceof Timeout idle) {
            connection.setSocketTimeout(idle);
        }
        return response;
    }
}
