package io.tollgate.adapter.provider.transport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/** One platform call whose response headers have arrived: its body, and the two ways to end it. */
public final class Exchange {

    private final HttpUriRequestBase request;
    private final ClassicHttpResponse response;
    private final InputStream body;

    Exchange(HttpUriRequestBase request, ClassicHttpResponse response) throws IOException {
        this.request = request;
        this.response = response;
        HttpEntity entity = response.getEntity();
        this.body = entity == null ? InputStream.nullInputStream() : entity.getContent();
    }

    public int status() {
        return response.getCode();
    }

    public Optional<String> header(String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? Optional.empty() : Optional.ofNullable(header.getValue());
    }

    InputStream body() {
        return body;
    }

    /**
     * Drops the connection at once, from any thread: a read blocked on the body fails, the platform sees the
     * connection close, and the connection never goes back to the pool.
     */
    void abort() {
        request.cancel();
    }

    /**
     * Ends the exchange on the reading thread. With {@code reuse}, what is left of the body is read so the
     * connection can go back to the pool (the caller bounds that wait); otherwise the connection is dropped.
     */
    void close(boolean reuse) {
        if (!reuse) {
            abort();
        }
        try {
            response.close();
        } catch (IOException | RuntimeException broken) {
            abort();
        }
    }
}
