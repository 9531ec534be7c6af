package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.adapter.persistence.database.BatchQueue;
import io.tollgate.adapter.persistence.database.SettlementDurability;
import io.tollgate.application.support.Telemetry;
import io.tollgate.adapter.persistence.database.Unreachable;
import io.tollgate.adapter.persistence.relay.journal.JournalSegment;
import io.tollgate.adapter.persistence.relay.journal.SettlementJournal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles in groups: callers queue and wait; one thread takes everything pending, applies it in one durable
 * transaction, and answers each caller. Under load one disk flush then serves many settlements. While the database
 * is away a batch is kept and tried again until it is written; its callers stop waiting after {@link #PATIENCE}.
 * With a journal, a caller does not wait at all: its settlement is written to the journal first, and stays there
 * until its batch has committed.
 */
final class GroupCommitter implements AutoCloseable {

    /** How long a caller waits for its settlement before it goes on and leaves the settlement queued. */
    static final Duration PATIENCE = Duration.ofSeconds(1);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    /** How often the journal is forced to disk while settlements come: what a crash of the machine may lose. */
    private static final long SYNC_NANOS = Duration.ofMillis(200).toNanos();
    /**
     * With a journal nobody waits for a batch, so it may gather what comes in this long: fewer, larger statements.
     * 10 ms rather than 2 cut PostgreSQL's CPU per call by a quarter on average in paired probes (9-41 %); a balance
     * then shows a call about this much later.
     */
    static final Duration LINGER = Duration.ofMillis(10);
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

    private final Jdbi jdbi;
    private final SettlementTransaction transaction;
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong committedVersion = new AtomicLong();
    private final BatchQueue<Settlement> queue;
    private final Telemetry telemetry;
    private final Optional<SettlementJournal> journal;
    private long syncedAt = System.nanoTime();
    /** The batch that last failed because the database was away: its commit may have happened unseen. */
    private List<Settlement> unsure;

    GroupCommitter(Jdbi jdbi, ConnectionFactory connections, Telemetry telemetry, SettlementDurability durability) {
        this(jdbi, connections, telemetry, durability, Optional.empty());
    }

    GroupCommitter(Jdbi jdbi, ConnectionFactory connections, Telemetry telemetry, SettlementDurability durability,
                   Optional<SettlementJournal> journal) {
        this.jdbi = jdbi;
        this.journal = journal;
        this.transaction = new SettlementTransaction(connections, durability == SettlementDurability.ASYNC);
        this.telemetry = telemetry;
        this.queue = new BatchQueue<>("tollgate-settlements", this::commit, RETRY_PAUSE,
                journal.isPresent() ? LINGER : Duration.ZERO);
    }

    /**
     * Queues the settlement and waits until its batch has committed (or failed), at most {@link #PATIENCE}: then
     * what it will charge at most, with no balance or version, while it stays queued until the database takes it.
     * With a journal, that at once, once the settlement is in the journal.
     */
    Settlement.Charged settle(Settlement settlement) {
        long queuedAt = System.nanoTime();
        if (journal.isPresent()) {
            JournalSegment segment = journal.get().append(settlement.line());
            settlement.charged().whenComplete((charged, failure) -> {
                journal.get().committed(segment);
                telemetry.settled(settlement.record(), Duration.ofNanos(System.nanoTime() - queuedAt));
            });
            try {
                queue.add(settlement);
            } catch (IllegalStateException closed) {
                // The caller is told its settlement was refused: the next start must not charge it from the journal.
                journal.get().committed(segment);
                throw closed;
            }
            return Settlement.Charged.pending(settlement.record().cost());
        }
        queue.add(settlement);
        try {
            Settlement.Charged charged = BatchQueue.awaitWithin(settlement.charged(), PATIENCE)
                    .orElseGet(() -> Settlement.Charged.pending(settlement.record().cost()));
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

    /** Whether the batch was answered; false keeps it for another try (the database is away). */
    private boolean commit(List<Settlement> batch) {
        journal.ifPresent(this::syncWhenDue);
        try {
            if (batch == unsure && SettledHolds.allGone(jdbi, batch)) {
                LOG.warn("a batch of {} settlements had committed before the database went away", batch.size());
                batch.forEach(s -> s.charged().complete(Settlement.Charged.pending(s.record().cost())));
                return true;
            }
            transactions.incrementAndGet();
            long first = committedVersion.get() + 1;
            List<Object> outcomes = transaction.apply(batch, first);
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
            if (Unreachable.is(failure)) {
                unsure = batch;
                return false;
            }
            if (SettlementTransaction.conflicted(failure)) {
                // PostgreSQL rolled the batch back to break a deadlock: nothing was written, so it is simply tried again.
                LOG.info("a batch of {} settlements met a deadlock and is tried again", batch.size());
                unsure = null;
                return false;
            }
            if (batch.size() > 1) {
                // One refused settlement must not take its batch with it: their callers may have had their replies.
                LOG.warn("a batch of {} settlements failed and was rolled back; each is tried on its own", batch.size(), failure);
                batch.forEach(this::commitAlone);
                unsure = null;
                return true;
            }
            LOG.warn("a settlement failed and was rolled back", failure);
            batch.forEach(settlement -> settlement.charged().completeExceptionally(failure));
        }
        unsure = null;
        return true;
    }

    private void commitAlone(Settlement settlement) {
        List<Settlement> alone = List.of(settlement);
        while (!commit(alone)) {
            // The database went away meanwhile: as the queue does with a batch, the same one is tried again.
            try {
                Thread.sleep(RETRY_PAUSE);
            } catch (InterruptedException ignored) {
                // Only close() stops this thread, after the queue is drained.
            }
        }
    }

    private void syncWhenDue(SettlementJournal journal) {
        long now = System.nanoTime();
        if (now - syncedAt >= SYNC_NANOS) {
            syncedAt = now;
            try {
                journal.sync();
            } catch (java.io.UncheckedIOException failed) {
                // The settlements are still written; only a crash of the machine could lose them before the next try.
                LOG.warn("the settlement journal could not be forced to disk", failed);
            }
        }
    }

    /** Lets every queued settlement finish, then stops the thread. */
    @Override
    public void close() {
        queue.close();
    }
}
