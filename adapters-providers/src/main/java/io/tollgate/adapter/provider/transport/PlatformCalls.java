package io.tollgate.adapter.provider.transport;

import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.relay.UpstreamResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.Optional;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;

/** Sends one prepared platform request on the shared clients; connection faults come back as transient failures. */
public final class PlatformCalls {

    /** Reads the response; it owns the exchange from then on. */
    public interface Reader {
        UpstreamResult read(Exchange exchange) throws IOException;
    }

    // The response headers are awaited by an untimed socket read, bounded by this watchdog: a timed read on a virtual
    // thread arms and disarms a JDK timer, waking the timer's thread twice per wait.
    private static final Watchdogs HEADER_WAITS = Watchdogs.shared();

    private PlatformCalls() {}

    /** The base URL without trailing slashes; a loop, as a regex would be compiled on every call. */
    public static String withoutTrailingSlashes(String baseUrl) {
        int end = baseUrl.length();
        while (end > 0 && baseUrl.charAt(end - 1) == '/') {
            end--;
        }
        return baseUrl.substring(0, end);
    }

    /** {@code baseUrl} with {@code path} appended, or empty when that is no URI. */
    public static Optional<URI> endpoint(String baseUrl, String path) {
        try {
            return Optional.of(URI.create(withoutTrailingSlashes(baseUrl) + path));
        } catch (IllegalArgumentException badUrl) {
            return Optional.empty();
        }
    }

    /** Sends on the clients whose DNS resolver applies {@code addresses}: a refused host is never connected to. */
    public static UpstreamResult send(HttpUriRequestBase request, Timeouts timeouts, UpstreamAddressRule addresses, Reader reader) {
        if (!HeaderValues.valid(request)) {
            return Failures.failed(FailureClass.AUTH, 401, "the credential is not a valid header value");
        }
        try {
            try {
                return reader.read(new Exchange(request, headersInTime(request, timeouts, addresses)));
            } catch (IOException | RuntimeException failure) {
                // Whatever went wrong, the connection must neither stay leased nor go back to the pool half-read.
                request.cancel();
                throw failure;
            }
        } catch (GuardedDnsResolver.Refused refused) {
            // The account's configuration, not the platform, is at fault: AUTH disables it after a few calls.
            return Failures.failed(FailureClass.AUTH, 502, refused.getMessage());
        } catch (ConnectTimeoutException slowConnect) {
            return Failures.failed(FailureClass.TRANSIENT, 504, "no connection within " + timeouts.connect().toMillis() + " ms");
        } catch (SocketTimeoutException slowHeaders) {
            return Failures.failed(FailureClass.TRANSIENT, 504, "no response within " + timeouts.headers().toMillis() + " ms");
        } catch (ConnectException refused) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform refused the connection");
        } catch (IOException broken) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the connection failed: " + broken.getClass().getSimpleName());
        }
    }

    /** The response once its headers are in, or {@link SocketTimeoutException} when they take longer than the headers timeout. */
    private static ClassicHttpResponse headersInTime(HttpUriRequestBase request, Timeouts timeouts, UpstreamAddressRule addresses)
            throws IOException {
        Watchdogs.Watch wait = HEADER_WAITS.watch(timeouts.headers(), request::cancel);
        ClassicHttpResponse response;
        try {
            response = PlatformClients.client(timeouts.connect(), addresses).executeOpen(null, request, PlatformClients.context());
        } catch (IOException | RuntimeException failure) {
            if (wait.fired() && !(failure instanceof ConnectTimeoutException)) {
                throw new SocketTimeoutException("no response headers in time");
            }
            throw failure;
        } finally {
            wait.close();
        }
        if (wait.fired()) {
            // The headers came as the watchdog fired: the request is cancelled, so the body cannot be read.
            response.close();
            throw new SocketTimeoutException("no response headers in time");
        }
        return response;
    }
}
