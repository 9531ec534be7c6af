package io.tollgate.adapter.provider.transport;

import java.util.concurrent.ScheduledThreadPoolExecutor;

/** The timer thread that cuts off reads which stall: whole bodies past their limit, streams gone idle. */
public final class Watchdogs {

    private Watchdogs() {}

    public static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "provider-stream-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        // Most watchdogs are cancelled long before they fire: drop them at once instead of at their deadline.
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
