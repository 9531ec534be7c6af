package io.tollgate.adapter.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
