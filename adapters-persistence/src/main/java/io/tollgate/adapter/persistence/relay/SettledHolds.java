package io.tollgate.adapter.persistence.relay;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Whether a batch whose commit was cut off did commit: its transaction deletes every hold it settles, all or none,
 * so when none of them is left the batch was written and must not be written twice.
 */
final class SettledHolds {

    private SettledHolds() {}

    /** True only when the batch settles holds and none of them is left; a batch without holds cannot tell. */
    static boolean allGone(Jdbi jdbi, List<Settlement> batch) {
        Long[] holds = batch.stream().filter(s -> s.hold().isPresent()).map(s -> s.hold().getAsLong()).toArray(Long[]::new);
        if (holds.length == 0) {
            return false;
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM balance_holds WHERE id = ANY(:ids)")
                .bindArray("ids", Long.class, (Object[]) holds).mapTo(Long.class).one()) == 0;
    }
}
