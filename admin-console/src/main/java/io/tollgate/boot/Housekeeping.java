package io.tollgate.boot;

import io.tollgate.application.account.RenewCredentials;
import io.tollgate.application.account.SendReminders;
import io.tollgate.application.relay.usage.ForgetOldCounts;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background chores on a timer of their own: renewing OAuth access tokens before they expire (every minute), and
 * every ten minutes dropping usage counters no limit reads any more, authorizations nobody finished and sign-in
 * attempts whose window ended, and rolling usage records past their retention up into daily totals; and, when a
 * webhook is configured, sending reminders (every TOLLGATE_REMINDER_EVERY).
 */
final class Housekeeping implements AutoCloseable {

    static final Duration EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tollgate-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    static final Duration RENEW_EVERY = Duration.ofMinutes(1);

    Housekeeping(ForgetOldCounts forgetOldCounts, RenewCredentials renewal, IntSupplier forgetUnfinishedAuthorizations,
                 IntSupplier forgetEndedSignInAttempts, Optional<SendReminders> reminders, Duration reminderEvery,
                 IntSupplier rollUpOldUsage) {
        timer.scheduleWithFixedDelay(() -> {
            forget(forgetOldCounts);
            guarded("dropping unfinished authorizations", forgetUnfinishedAuthorizations::getAsInt);
            guarded("dropping ended sign-in attempt counts", forgetEndedSignInAttempts::getAsInt);
            guarded("rolling up old usage records", () -> {
                int rolled = rollUpOldUsage.getAsInt();
                if (rolled > 0) {
                    LOG.info("Rolled {} usage record(s) past their retention up into daily totals", rolled);
                }
            });
        }, 1, EVERY.toMinutes(), TimeUnit.MINUTES);
        reminders.ifPresent(send -> timer.scheduleWithFixedDelay(() -> guarded("sending reminders", send::run),
                Math.min(reminderEvery.toMillis(), 60_000), reminderEvery.toMillis(), TimeUnit.MILLISECONDS));
        timer.scheduleWithFixedDelay(() -> guarded("renewing access tokens", () -> {
            int renewed = renewal.renewDue();
            if (renewed > 0) {
                LOG.info("Renewed {} OAuth access token(s) ahead of expiry", renewed);
            }
        }), RENEW_EVERY.toSeconds(), RENEW_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    /** A failed round (the database or a platform away for a moment) must not end the schedule. */
    private static void guarded(String chore, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException failed) {
            LOG.warn("{} failed; trying again next round", chore, failed);
        }
    }

    static void forget(ForgetOldCounts forgetOldCounts) {
        // A failed round (the database away for a moment) must not end the schedule: the next one tries again.
        try {
            ForgetOldCounts.Forgotten gone = forgetOldCounts.run();
            if (gone.minuteWindows() + gone.publicDays() + gone.lapsedHolds() > 0) {
                LOG.info("Dropped {} old per-key minute windows, {} old public-model day counts and {} lapsed balance holds",
                        gone.minuteWindows(), gone.publicDays(), gone.lapsedHolds());
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
