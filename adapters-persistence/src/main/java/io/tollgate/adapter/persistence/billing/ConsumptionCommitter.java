package io.tollgate.adapter.persistence.billing;

import io.tollgate.adapter.persistence.database.BatchQueue;
import io.tollgate.domain.billing.ChargeResult;
import io.tollgate.domain.billing.ConsumptionRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Charges ShareAuth finishes in groups: callers queue and wait; one thread takes everything pending and applies it
 * in one transaction, so a busy user's finishes share one lock and one disk flush instead of queueing on the row.
 */
final class ConsumptionCommitter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumptionCommitter.class);

    private record Pending(ConsumptionRequest request, CompletableFuture<ChargeResult> result) {}

    private final Jdbi jdbi;
    private final AtomicLong transactions = new AtomicLong();
    private final BatchQueue<Pending> queue;

    ConsumptionCommitter(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.queue = new BatchQueue<>("tollgate-consumptions", this::commit);
    }

    /** Queues the charge and waits until its batch has committed (or failed). */
    ChargeResult charge(ConsumptionRequest request) {
        Pending pending = new Pending(request, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.result().join();
        } catch (CompletionException failed) {
            // A fresh exception per caller: several callers may share one failure.
            throw new IllegalStateException("the charge failed: " + failed.getCause().getMessage(), failed.getCause());
        }
    }

    /** Transactions begun: fewer than charges when they were grouped. */
    long transactions() {
        return transactions.get();
    }

    private void commit(List<Pending> batch) {
        try {
            List<ChargeResult> results = inOneTransaction(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (Throwable failure) {
            if (batch.size() == 1) {
                LOG.warn("a charge failed and was rolled back", failure);
                batch.getFirst().result().completeExceptionally(failure);
                return;
            }
            // One bad charge must not fail its neighbours: each is tried again on its own.
            batch.forEach(pending -> commit(List.of(pending)));
        }
    }

    private List<ChargeResult> inOneTransaction(List<Pending> batch) {
        transactions.incrementAndGet();
        List<ConsumptionRequest> requests = batch.stream().map(Pending::request).toList();
        return jdbi.inTransaction(handle -> ConsumptionBatch.apply(handle, requests));
    }

    /** Lets every queued charge finish, then stops the thread. */
    @Override
    public void close() {
        queue.close();
    }
}
