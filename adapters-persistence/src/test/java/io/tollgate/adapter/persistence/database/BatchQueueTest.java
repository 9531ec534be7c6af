package io.tollgate.adapter.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

class BatchQueueTest {

    private record Item(int number, CompletableFuture<Integer> outcome) {}

    @Test
    void aCallerStopsWaitingAfterItsPatienceWhileTheBatchIsKeptAndWrittenOnceTheStoreIsBack() throws Exception {
        AtomicBoolean storeUp = new AtomicBoolean(false);
        AtomicInteger tries = new AtomicInteger();
        List<Integer> written = new CopyOnWriteArrayList<>();
        try (BatchQueue<Item> queue = new BatchQueue<>("test-retrying", batch -> {
            tries.incrementAndGet();
            if (!storeUp.get()) {
                return false;
            }
            batch.forEach(item -> {
                written.add(item.number());
                item.outcome().complete(item.number());
            });
            return true;
        }, Duration.ofMillis(20))) {
            Item first = new Item(1, new CompletableFuture<>());
            queue.add(first);

            long start = System.nanoTime();
            Optional<Integer> answered = BatchQueue.awaitWithin(first.outcome(), Duration.ofMillis(300));
            long waited = (System.nanoTime() - start) / 1_000_000;
            System.out.println("the caller waited " + waited + " ms for an item the store could not take (patience 300 ms)");

            assertTrue(answered.isEmpty());
            assertTrue(waited < 2_000, "bounded: " + waited);
            Item second = new Item(2, new CompletableFuture<>());
            queue.add(second);
            storeUp.set(true);
            assertEquals(1, first.outcome().get());
            assertEquals(2, second.outcome().get());
        }
        assertTrue(tries.get() > 2, "tried again while the store was away: " + tries.get());
        assertEquals(List.of(1, 2), written, "each item written once, in order");
    }

    @Test
    void anAnswerWithinThePatienceIsReturnedAndAFailureIsThrownAsByJoin() {
        assertEquals(Optional.of(7), BatchQueue.awaitWithin(CompletableFuture.completedFuture(7), Duration.ofMillis(10)));
        CompletableFuture<Integer> failed = CompletableFuture.failedFuture(new IllegalStateException("no"));
        CompletionException thrown = assertThrows(CompletionException.class, () -> BatchQueue.awaitWithin(failed, Duration.ofMillis(10)));
        assertEquals("no", thrown.getCause().getMessage());

        CompletableFuture<Integer> failsLater = new CompletableFuture<>();
        CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(() -> failsLater.completeExceptionally(new IllegalStateException("later")));
        CompletionException later = assertThrows(CompletionException.class, () -> BatchQueue.awaitWithin(failsLater, Duration.ofSeconds(1)));
        assertEquals(IllegalStateException.class, later.getCause().getClass());
        assertEquals("later", later.getCause().getMessage());
    }

    @Test
    void aWaitAnsweredWithinItsPatienceParksWithoutATimerAndIsLetGoOfAfterwards() throws Exception {
        Path dump = Files.createTempFile("parks", ".jfr");
        try (Recording parks = new Recording()) {
            parks.enable("jdk.ThreadPark").withThreshold(Duration.ZERO);
            parks.start();
            CompletableFuture<Integer> outcome = new CompletableFuture<>();
            CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS).execute(() -> outcome.complete(7));
            assertEquals(Optional.of(7), BatchQueue.awaitWithin(outcome, Duration.ofSeconds(1)));
            parks.stop();
            parks.dump(dump);
        }
        List<Long> timeouts = RecordingFile.readAllEvents(dump).stream()
                .filter(event -> event.getThread() != null && event.getThread().getJavaThreadId() == Thread.currentThread().threadId())
                .filter(event -> event.getClass("parkedClass").getName().startsWith(CompletableFuture.class.getName()))
                .map(event -> event.getLong("timeout")).toList();
        Files.delete(dump);
        // A timed park (the old get(patience)) records its patience in nanoseconds; an untimed one records Long.MIN_VALUE.
        assertTrue(!timeouts.isEmpty() && timeouts.stream().allMatch(timeout -> timeout == Long.MIN_VALUE), "parks: " + timeouts);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (BoundedWaits.held() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(0, BoundedWaits.held(), "an answered wait is let go of within a tick");
    }

    @Test
    void aLingeringQueueHandsOverInOneBatchWhatCameWithinItsLingerAfterTheFirst() throws Exception {
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        try (BatchQueue<Integer> queue = new BatchQueue<>("test-linger", batch -> sizes.add(batch.size()), Duration.ZERO,
                Duration.ofMillis(400))) {
            for (int i = 0; i < 5; i++) {
                queue.add(i);
                Thread.sleep(20);
            }
        }
        assertEquals(List.of(5), sizes, "items 20 ms apart, all within the 400 ms after the first");
    }

    @Test
    void thePlainQueueStillHandsEachBatchOverOnceAndFinishesOnClose() {
        List<Integer> handled = new CopyOnWriteArrayList<>();
        BatchQueue<Integer> queue = new BatchQueue<>("test-plain", handled::addAll);
        for (int i = 0; i < 100; i++) {
            queue.add(i);
        }
        queue.close();
        assertEquals(100, handled.size());
        assertThrows(IllegalStateException.class, () -> queue.add(1));
    }
}
