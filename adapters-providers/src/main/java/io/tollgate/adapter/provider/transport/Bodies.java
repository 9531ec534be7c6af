package io.tollgate.adapter.provider.transport;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Reads a response body whole, up to a byte limit and within a time limit, then ends the exchange. */
public final class Bodies {

    public static final int MAX_ERROR_BODY = 64 * 1024;
    public static final int MAX_REPLY = 32 * 1024 * 1024;

    private Bodies() {}

    /** At most {@code max} bytes; whatever follows is dropped with the connection. */
    public static byte[] read(Exchange exchange, int max, Duration timeout, Watchdogs timer) throws IOException {
        Watchdogs.Watch watchdog = timer.watch(timeout, exchange::abort);
        boolean whole = false;
        try {
            byte[] bytes = exchange.body().readNBytes(max);
            // Fewer bytes than asked for means the body ended, so the connection is fit to reuse.
            whole = bytes.length < max;
            if (watchdog.fired()) {
                throw new SocketTimeoutException("the body did not arrive within " + timeout.toMillis() + " ms");
            }
            return bytes;
        } catch (IOException broken) {
            if (watchdog.fired() && !(broken instanceof SocketTimeoutException)) {
                throw new SocketTimeoutException("the body did not arrive within " + timeout.toMillis() + " ms");
            }
            throw broken;
        } finally {
            watchdog.close();
            exchange.close(whole && !watchdog.fired());
        }
    }
}
