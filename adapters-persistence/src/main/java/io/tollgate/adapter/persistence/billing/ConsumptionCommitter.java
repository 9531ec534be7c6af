package io.tollgate.adapter.persistence.billing;

import io.tollgate.adapter.persistence.database.BatchQueue;
import io.tollgate.adapter.persistence.database.Unreachable;
import io.tollgate.domain.billing.ChargeResult;
import io.tollgate.domain.billing.ConsumptionRequest;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Charges ShareAuth finishes in groups: callers queue and wait; one thread takes everything pending and applies it
 * in one transaction, so a busy user's finishes share one lock and one disk flush instead of queueing on the row.
 * A caller waits at most {@link #PATIENCE}, then fails as the database being away (a 503): a charge whose caller gave
 * up before its turn is never applied, and one already in its transaction may be, which the retry (same retry key)
 * then finds instead of charging again.
 */
final class ConsumptionCommitter implements AutoCloseable {

    /** How long a caller waits for its charge: a database that is away or stopped answering fails the call, not blocks it. */
    static final Duration PATIENCE = Duration.ofMillis(1500);
    private static final Logger LOG = LoggerFactory.getLogger(ConsumptionCommitter.class);

    private record Pending(ConsumptionRequest request, CompletableFuture<ChargeResult> result) {}

    private final Jdbi jdbi;
    private final AtomicLong transactions = new AtomicLong();
    private final BatchQueue<Pending> queue;

    ConsumptionCommitter(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.queue = new BatchQueue<>("tollgate-consumptions", this::commit);
    }

    /** Queues the charge and waits until its batch has committed (or failed), at most {@link #PATIENCE}. */
    ChargeResult charge(ConsumptionRequest request) {
        Pending pending = new Pending(request, new CompletableFuture<>());
        queue.add(pending);
        try {
            Optional<ChargeResult> decided = BatchQueue.awaitWithin(pending.result(), PATIENCE);
            if (decided.isEmpty() && giveUp(pending)) {
                throw new IllegalStateException("the database did not take the charge within " + PATIENCE.toMillis() + "ms",
                        new SQLTimeoutException("no answer within " + PATIENCE.toMillis() + "ms"));
            }
            return decided.orElseGet(() -> pending.result().join());
        } catch (CompletionException failed) {
            // A fresh exception per caller: several callers may share one failure.
            throw new IllegalStateException("the charge failed: " + failed.getCause().getMessage(), failed.getCause());
        }
    }

    /** False when the charge was decided just now, as its caller was giving up: then the caller takes that outcome. */
    private static boolean giveUp(Pending pending) {
        return pending.result().completeExceptionally(new SQLTimeoutException("the caller gave up"));
    }

    /** Transactions begun: fewer than charges when they were grouped. */
    long transactions() {
        return transactions.get();
    }

    private void commit(List<Pending> all) {
        // Callers that gave up before their turn were told the charge failed: it is not applied.
        List<Pending> batch = all.stream().filter(pending -> !pending.result().isDone()).toList();
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<ChargeResult> results = inOneTransaction(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (Throwable failure) {
            if (Unreachable.is(failure)) {
                // Trying each charge alone would only keep every caller waiting on the database once more.
                LOG.warn("{} charge(s) not applied, the database is away: {}", batch.size(), failure.toString());
                batch.forEach(pending -> pending.result().completeExceptionally(failure));
                return;
            }
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
