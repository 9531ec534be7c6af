package io.tollgate.adapter.persistence.relay;

import io.tollgate.adapter.persistence.database.BatchQueue;
import io.tollgate.application.support.Telemetry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles in groups: callers queue and wait; one thread takes everything pending, applies it in one durable
 * transaction, and answers each caller. Under load one disk flush then serves many settlements.
 */
final class GroupCommitter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

    private final Jdbi jdbi;
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong committedVersion = new AtomicLong();
    private final BatchQueue<Settlement> queue;
    private final Telemetry telemetry;

    GroupCommitter(Jdbi jdbi, Telemetry telemetry) {
        this.jdbi = jdbi;
        this.telemetry = telemetry;
        this.queue = new BatchQueue<>("tollgate-settlements", this::commit);
    }

    /** Queues the settlement and waits until its batch has committed (or failed). */
    Settlement.Charged settle(Settlement settlement) {
        long queuedAt = System.nanoTime();
        queue.add(settlement);
        try {
            Settlement.Charged charged = settlement.charged().join();
            telemetry.settled(settlement.record(), Duration.ofNanos(System.nanoTime() - queuedAt));
            return charged;
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause();
            // A fresh exception per caller: several callers may share one batch failure.
            throw cause instanceof IllegalArgumentException
                    ? new IllegalArgumentException(cause.getMessage(), cause)
                    : new IllegalStateException("the settlement failed: " + cause.getMessage(), cause);
        }
    }

    /** Transactions the committer has begun: fewer than settlements when they were grouped. */
    long transactions() {
        return transactions.get();
    }

    private void commit(List<Settlement> batch) {
        try {
            transactions.incrementAndGet();
            long first = committedVersion.get() + 1;
            List<Object> outcomes = jdbi.inTransaction(handle -> SettlementBatch.apply(handle, batch, first));
            committedVersion.set(first + batch.size() - 1);
            telemetry.settlementBatch(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                if (outcomes.get(i) instanceof Settlement.Charged charged) {
                    batch.get(i).charged().complete(charged);
                } else {
                    batch.get(i).charged().completeExceptionally((Throwable) outcomes.get(i));
                }
            }
        } catch (Throwable failure) {
            LOG.warn("a batch of {} settlements failed and was rolled back", batch.size(), failure);
            batch.forEach(settlement -> settlement.charged().completeExceptionally(failure));
        }
    }

    /** Lets every queued settlement finish, then stops the thread. */
    @Override
    public void close() {
        queue.close();
    }
}
