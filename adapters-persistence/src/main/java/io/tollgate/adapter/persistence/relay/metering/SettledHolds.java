package io.tollgate.adapter.persistence.relay.metering;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Whether a batch whose commit was cut off did commit: its transaction deletes every hold it settles and writes every
 * record, all or none, so when none of its holds is left, or (for a batch of leased calls, whose lease rows stay) one
 * of its records is there, the batch was written and must not be written twice.
 */
final class SettledHolds {

    private SettledHolds() {}

    /** True only when the batch was written, by its holds or its leased calls' records; a batch without either cannot tell. */
    static boolean allGone(Jdbi jdbi, List<Settlement> batch) {
        Long[] holds = batch.stream().filter(s -> s.hold().isPresent() && !s.leased()).map(s -> s.hold().getAsLong())
                .toArray(Long[]::new);
        if (holds.length > 0) {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM balance_holds WHERE id = ANY(:ids)")
                    .bindArray("ids", Long.class, (Object[]) holds).mapTo(Long.class).one()) == 0;
        }
        Optional<Settlement> leased = batch.stream().filter(Settlement::leased).findFirst();
        return leased.map(Settlement::record).map(record -> jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM usage_records WHERE user_id = :user AND at BETWEEN :from AND :to AND request_id = :id")
                .bind("user", record.user().orElseThrow().value())
                .bind("from", record.at().minus(1, ChronoUnit.MILLIS)).bind("to", record.at().plus(1, ChronoUnit.MILLIS))
                .bind("id", record.requestId()).mapTo(Long.class).one()) > 0).orElse(false);
    }
}
