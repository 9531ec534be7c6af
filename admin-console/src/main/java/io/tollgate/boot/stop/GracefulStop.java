package io.tollgate.boot.stop;

import io.tollgate.adapter.http.HttpDrain;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order Tollgate stops in, so that nothing charged goes unanswered and nothing queued is lost: new requests
 * refused and those in flight answered (up to the grace), then the rest, whose last step flushes queued
 * settlements before the pool and the embedded server close.
 */
public final class GracefulStop {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);

    private GracefulStop() {}

    /** Drains {@code drain} for up to {@code grace}, then runs {@code rest}; logs a line before and one after. */
    public static HttpDrain.Report run(HttpDrain drain, Duration grace, Runnable rest) {
        long start = System.nanoTime();
        LOG.info("Stopping: refusing new requests, waiting up to {} for {} call(s) in flight", grace, drain.inFlight());
        HttpDrain.Report report;
        try {
            report = drain.drain(grace);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            report = new HttpDrain.Report(drain.inFlight(), drain.inFlight(), 0, Duration.ofNanos(System.nanoTime() - start));
        }
        rest.run();
        LOG.info("Stopped in {} ms: {} call(s) in flight finished, {} cut at the end of the grace, {} refused while draining",
                Duration.ofNanos(System.nanoTime() - start).toMillis(), report.finished(), report.cut(), report.refused());
        return report;
    }
}
