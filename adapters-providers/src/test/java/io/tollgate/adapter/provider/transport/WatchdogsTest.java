package io.tollgate.adapter.provider.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WatchdogsTest {

    private final Watchdogs watchdogs = Watchdogs.timer();

    @AfterEach
    void stop() {
        watchdogs.close();
    }

    @Test
    void aWatchLeftOpenFiresOnceAndNotBeforeItsDeadline() throws InterruptedException {
        AtomicInteger fired = new AtomicInteger();
        CountDownLatch firedOnce = new CountDownLatch(1);
        long opened = System.nanoTime();
        long[] firedAfter = new long[1];

        watchdogs.watch(Duration.ofMillis(120), () -> {
            firedAfter[0] = System.nanoTime() - opened;
            fired.incrementAndGet();
            firedOnce.countDown();
        });

        assertTrue(firedOnce.await(5, TimeUnit.SECONDS));
        Thread.sleep(Watchdogs.TICK.multipliedBy(4).toMillis());
        assertEquals(1, fired.get());
        assertTrue(firedAfter[0] >= Duration.ofMillis(120).toNanos(), "fired after " + firedAfter[0] + " ns");
        assertEquals(0, watchdogs.openWatches());
    }

    @Test
    void aWatchClosedBeforeItsDeadlineNeverFires() throws InterruptedException {
        AtomicInteger fired = new AtomicInteger();

        watchdogs.watch(Duration.ofMillis(60), fired::incrementAndGet).close();

        Thread.sleep(Duration.ofMillis(60).plus(Watchdogs.TICK.multipliedBy(4)).toMillis());
        assertEquals(0, fired.get());
    }

    @Test
    void readsThatEndInTimeLeaveNoWatchBehindAndTheOneThatStallsStillFires() throws InterruptedException {
        AtomicInteger fired = new AtomicInteger();
        CountDownLatch stalled = new CountDownLatch(1);
        Watchdogs.Watch stalling = watchdogs.watch(Duration.ofMillis(100), stalled::countDown);

        for (int read = 0; read < 10_000; read++) {
            watchdogs.watch(Duration.ofSeconds(30), fired::incrementAndGet).close();
        }

        assertEquals(1, watchdogs.openWatches());
        assertTrue(stalled.await(5, TimeUnit.SECONDS));
        stalling.close();
        assertEquals(0, watchdogs.openWatches());
        assertEquals(0, fired.get());
    }
}
