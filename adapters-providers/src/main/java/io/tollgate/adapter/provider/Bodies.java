package io.tollgate.adapter.provider;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Reads a response body whole, up to a byte limit and within a time limit, then closes it. */
final class Bodies {

    private Bodies() {}

    /** At most {@code max} bytes; whatever follows is dropped with the connection. */
    static byte[] read(InputStream in, int max, Duration timeout, ScheduledExecutorService timer) throws IOException {
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = timer.schedule(() -> {
            fired.set(true);
            closeQuietly(in);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (in) {
            byte[] bytes = in.readNBytes(max);
            if (fired.get()) {
                throw new HttpTimeoutException("the body did not arrive within " + timeout.toMillis() + " ms");
            }
            return bytes;
        } catch (IOException broken) {
            if (fired.get() && !(broken instanceof HttpTimeoutException)) {
                throw new HttpTimeoutException("the body did not arrive within " + timeout.toMillis() + " ms");
            }
            throw broken;
        } finally {
            watchdog.cancel(false);
        }
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException alreadyBroken) {
            // nothing left to free
        }
    }
}
