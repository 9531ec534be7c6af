package io.tollgate.adapter.provider.transport;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Cuts off reads which stall: whole bodies past their limit, streams gone idle. A read opens a {@link Watch} and
 * closes it when it returns; one thread looks at the open watches every {@link #TICK} and fires those past their
 * deadline. Opening and closing a watch wakes no thread: a timer task per read (one per stream event) woke the
 * timer thread about five times per streamed call.
 */
public final class Watchdogs implements AutoCloseable {

    /** How late past its deadline a watch may fire. */
    static final Duration TICK = Duration.ofMillis(50);
    // After TICK, which its constructor reads.
    private static final Watchdogs SHARED = new Watchdogs();

    private final Set<Watch> open = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor ticker;

    private Watchdogs() {
        ticker = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "provider-stream-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::fireStalled, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts a watching thread of its own. */
    public static Watchdogs timer() {
        return new Watchdogs();
    }

    /** The process-wide watchdog, for every platform call: its thread wakes every tick, busy or idle, so one is enough. */
    public static Watchdogs shared() {
        return SHARED;
    }

    /** Runs {@code onStall} once, on the watching thread, unless the watch is closed within {@code timeout}. */
    public Watch watch(Duration timeout, Runnable onStall) {
        Watch watch = new Watch(System.nanoTime() + timeout.toNanos(), onStall);
        open.add(watch);
        return watch;
    }

    /** How many watches are open: for tests. */
    int openWatches() {
        return open.size();
    }

    private void fireStalled() {
        long now = System.nanoTime();
        for (Watch watch : open) {
            // Whoever removes the watch decides: its closing read, or this thread, which then fires it.
            if (now - watch.deadline >= 0 && open.remove(watch)) {
                watch.fired = true;
                try {
                    watch.onStall.run();
                } catch (RuntimeException ignored) {
                    // An abort that fails is the stalled read's loss alone; the other watches still count.
                }
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    /** One read being watched; closing it before its deadline means it never fires. */
    public final class Watch implements AutoCloseable {

        private final long deadline;
        private final Runnable onStall;
        private volatile boolean fired;

        private Watch(long deadline, Runnable onStall) {
            this.deadline = deadline;
            this.onStall = onStall;
        }

        @Override
        public void close() {
            open.remove(this);
        }

        /** Whether it passed its deadline and its stall action ran (or is running). */
        public boolean fired() {
            return fired;
        }
    }
}
