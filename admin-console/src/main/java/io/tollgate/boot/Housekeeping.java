package io.tollgate.boot;

import io.tollgate.application.relay.ForgetOldCounts;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background chores on a timer of their own: today, dropping usage counters that no limit reads any more. */
final class Housekeeping implements AutoCloseable {

    static final Duration EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tollgate-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    Housekeeping(ForgetOldCounts forgetOldCounts) {
        timer.scheduleWithFixedDelay(() -> forget(forgetOldCounts), 1, EVERY.toMinutes(), TimeUnit.MINUTES);
    }

    static void forget(ForgetOldCounts forgetOldCounts) {
        // A failed round (the database away for a moment) must not end the schedule: the next one tries again.
        try {
            ForgetOldCounts.Forgotten gone = forgetOldCounts.run();
            if (gone.minuteWindows() + gone.publicDays() > 0) {
                LOG.info("Dropped {} old per-key minute windows and {} old public-model day counts", gone.minuteWindows(), gone.publicDays());
            }
        } catch (RuntimeException failed) {
            LOG.warn("Dropping old usage counters failed; trying again in {} minutes", EVERY.toMinutes(), failed);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
