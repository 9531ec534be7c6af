package io.tollgate.application.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A reload that waits on the database (away, or slow) holds up only the caller that tries it. */
class ReloadingTest {

    /** A load that answers at once, or, once {@link #hold} is set, blocks until it is opened. */
    private static final class Source implements Supplier<String> {
        final AtomicInteger loads = new AtomicInteger();
        final AtomicReference<CountDownLatch> hold = new AtomicReference<>();
        final CountDownLatch entered = new CountDownLatch(1);
        volatile RuntimeException failure;

        @Override
        public String get() {
            int n = loads.incrementAndGet();
            CountDownLatch gate = hold.get();
            if (gate != null) {
                entered.countDown();
                try {
                    gate.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failure != null) {
                throw failure;
            }
            return "v" + n;
        }
    }

    // Every copy is stale at once: each read wants to reload.
    private final Source source = new Source();
    private final Reloading<String> reloading = new Reloading<>(source, Clock.systemUTC(), Duration.ZERO);

    @Test
    void whileOneCallerReloadsTheOthersReadTheCopyTheyHaveWithoutWaiting() throws Exception {
        assertEquals("v1", reloading.get());
        CountDownLatch gate = new CountDownLatch(1);
        source.hold.set(gate);
        CompletableFuture<String> reloader = CompletableFuture.supplyAsync(reloading::get);
        assertTrue(source.entered.await(5, TimeUnit.SECONDS));

        long start = System.nanoTime();
        String read = reloading.get();
        long waited = (System.nanoTime() - start) / 1_000_000;

        assertEquals("v1", read, "the copy in hand");
        assertTrue(waited < 500, "did not queue behind the reload: " + waited + " ms");
        gate.countDown();
        assertEquals("v2", reloader.get(5, TimeUnit.SECONDS));
        assertEquals(2, source.loads.get(), "one reload, not one per caller");
    }

    @Test
    void aFailedReloadIsThrownToItsCallerKeepsTheCopyAndIsTriedAgainByTheNext() {
        assertEquals("v1", reloading.get());
        source.failure = new IllegalStateException("the database is away");

        assertThrows(IllegalStateException.class, reloading::get);
        assertEquals(Optional.of("v1"), reloading.loaded(), "the copy stays");
        source.failure = null;
        assertEquals("v3", reloading.get(), "the next caller tried again");
    }

    @Test
    void aCallerWithoutAnyCopyWaitsForTheLoadAndLoadedNeverLoads() {
        assertEquals(Optional.empty(), reloading.loaded());
        assertEquals(0, source.loads.get());
        assertEquals("v1", reloading.get());
        reloading.invalidate();
        assertEquals(Optional.empty(), reloading.loaded());
        assertEquals("v2", reloading.get());
    }
}
