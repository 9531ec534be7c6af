package io.tollgate.adapter.http;

import io.tollgate.adapter.http.support.JettyErrors;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Counts the requests being served until their replies are written; once draining, refuses new ones with a quick
 * 503 {@code shutting_down} (and {@code Connection: close}) and lets the counted ones finish.
 */
public final class HttpDrain extends Handler.Wrapper {

    /** How a drain ended: calls in flight when it began, those still running when the grace ran out, refusals. */
    public record Report(int inFlightAtStart, int cut, long refused, Duration took) {

        public int finished() {
            return inFlightAtStart - cut;
        }
    }

    /** How long no request may have arrived before the server stops. */
    static final Duration QUIET = Duration.ofMillis(250);
    /** The longest the drain waits for that once nothing is in flight. */
    static final Duration MOST_QUIET_WAIT = Duration.ofSeconds(2);

    private final JettyErrors errors;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final Object quiet = new Object();
    private volatile boolean draining;
    private volatile long lastArrival = System.nanoTime();

    public HttpDrain(boolean fastGptMode) {
        this.errors = new JettyErrors(fastGptMode);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        inFlight.incrementAndGet();
        lastArrival = System.nanoTime();
        // Checked after counting, so that a drain that has begun either sees this request or the request sees it.
        if (draining) {
            release();
            refused.incrementAndGet();
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
            errors.refuse(request, response, 503, "shutting_down", "Tollgate is shutting down; retry on another instance or later",
                    callback);
            return true;
        }
        Counted counted = new Counted(callback);
        boolean handled;
        try {
            handled = super.handle(request, response, counted);
        } catch (Throwable failed) {
            counted.once();
            throw failed;
        }
        if (!handled) {
            counted.once();
        }
        return handled;
    }

    /** Requests being served now. */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Refuses new requests from now on and waits up to {@code grace} for those in flight to be answered, then until
     * none arrived for {@link #QUIET} (at most {@link #MOST_QUIET_WAIT}): a request the server accepted just before
     * is then refused with a reply, not cut by the stop.
     */
    public Report drain(Duration grace) throws InterruptedException {
        long start = System.nanoTime();
        draining = true;
        int atStart = inFlight.get();
        long deadline = start + grace.toNanos();
        synchronized (quiet) {
            waitWhile(() -> inFlight.get() > 0, deadline);
            // Refusals are quick; a caller that keeps sending must not hold the stop for the whole grace.
            long quietDeadline = Math.min(deadline, System.nanoTime() + MOST_QUIET_WAIT.toNanos());
            waitWhile(() -> inFlight.get() > 0 || System.nanoTime() - lastArrival < QUIET.toNanos(), quietDeadline);
        }
        return new Report(atStart, inFlight.get(), refused.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    private void waitWhile(java.util.function.BooleanSupplier condition, long deadline) throws InterruptedException {
        long left;
        while (condition.getAsBoolean() && (left = deadline - System.nanoTime()) > 0) {
            quiet.wait(Math.max(1, Math.min(left, QUIET.toNanos()) / 1_000_000));
        }
    }

    private void release() {
        if (inFlight.decrementAndGet() == 0 && draining) {
            synchronized (quiet) {
                quiet.notifyAll();
            }
        }
    }

    /** The request's own callback, which uncounts it once its reply is written or has failed. */
    private final class Counted extends Callback.Nested {

        private final AtomicBoolean released = new AtomicBoolean();

        Counted(Callback callback) {
            super(callback);
        }

        void once() {
            if (released.compareAndSet(false, true)) {
                release();
            }
        }

        @Override
        public void succeeded() {
            try {
                super.succeeded();
            } finally {
                once();
            }
        }

        @Override
        public void failed(Throwable failure) {
            try {
                super.failed(failure);
            } finally {
                once();
            }
        }
    }
}
