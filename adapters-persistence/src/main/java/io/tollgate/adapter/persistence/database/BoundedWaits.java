package io.tollgate.adapter.persistence.database;

import java.time.Duration;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for an outcome at most a given patience without a timed park. A timed park on a virtual thread arms one of the
 * JDK's timers and disarms it when the answer comes, waking the timer's thread both times: on a relayed call that was
 * a tenth of the gateway's CPU. Here the caller parks untimed, and one thread looks every {@link #TICK} for waits past
 * their deadline, so a wait answered in time wakes nothing but its caller.
 */
final class BoundedWaits {

    /** How late past its patience a wait may end. */
    static final Duration TICK = Duration.ofMillis(50);

    private static final TimeoutException EXPIRED = new TimeoutException("past its patience");
    private static final Queue<Wait> WAITING = new ConcurrentLinkedQueue<>();

    private record Wait(CompletableFuture<?> bounded, long deadline) {}

    static {
        ScheduledThreadPoolExecutor ticker = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "tollgate-patience");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(BoundedWaits::endExpired, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private BoundedWaits() {}

    /** The outcome, as {@link CompletableFuture#get()} gives it, or {@link TimeoutException} once {@code patience} has passed. */
    static <R> R await(CompletableFuture<R> outcome, Duration patience)
            throws TimeoutException, ExecutionException, InterruptedException {
        if (outcome.isDone()) {
            return outcome.get();
        }
        // Ending the copy, not the outcome, lets the work still finish for whoever else holds it.
        CompletableFuture<R> bounded = outcome.copy();
        WAITING.add(new Wait(bounded, System.nanoTime() + patience.toNanos()));
        try {
            return bounded.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() == EXPIRED) {
                throw new TimeoutException("no outcome within " + patience.toMillis() + " ms");
            }
            throw failed;
        }
    }

    /** How many waits the ticker still holds: for tests. */
    static int held() {
        return WAITING.size();
    }

    private static void endExpired() {
        long now = System.nanoTime();
        for (Iterator<Wait> waits = WAITING.iterator(); waits.hasNext(); ) {
            Wait wait = waits.next();
            if (wait.bounded().isDone()) {
                waits.remove();
            } else if (now - wait.deadline() >= 0) {
                waits.remove();
                try {
                    wait.bounded().completeExceptionally(EXPIRED);
                } catch (RuntimeException bug) {
                    // A scheduled task that throws is never run again, and every later wait would then be endless.
                }
            }
        }
    }
}
