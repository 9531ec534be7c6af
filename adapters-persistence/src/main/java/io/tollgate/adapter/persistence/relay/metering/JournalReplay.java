package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.adapter.persistence.relay.journal.SettlementJournal;
import io.tollgate.adapter.persistence.relay.journal.SettlementLine;
import io.tollgate.domain.relay.UsageRecord;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles again what an earlier process of this node left in its journal, each settlement once: one whose usage row
 * is already written had committed, and a settlement found twice (written again by a start that then crashed too)
 * counts once. Those left are written to the new journal before the old segments go.
 */
final class JournalReplay {

    private static final Logger LOG = LoggerFactory.getLogger(JournalReplay.class);

    private JournalReplay() {}

    /** How many settlements were queued again. */
    static int replay(SettlementJournal journal, Jdbi jdbi, GroupCommitter committer) {
        Set<String> seen = new HashSet<>();
        int queued = 0;
        for (SettlementLine line : journal.leftovers()) {
            UsageRecord record = line.record();
            if (seen.add(record.requestId() + "|" + record.at() + "|" + record.user()) && !recorded(jdbi, record)) {
                committer.settle(Settlement.of(line));
                queued++;
            }
        }
        journal.forgetLeftovers();
        if (queued > 0) {
            LOG.warn("settlements an earlier process had not committed, found in the journal and committed now: {}", queued);
        }
        return queued;
    }

    private static boolean recorded(Jdbi jdbi, UsageRecord record) {
        String user = record.user().isPresent() ? "user_id = :user" : "user_id IS NULL";
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM usage_records WHERE " + user
                        + " AND at BETWEEN :from AND :to AND request_id = :id")
                .bind("user", record.user().map(u -> u.value()).orElse(null))
                .bind("from", record.at().minus(1, ChronoUnit.MILLIS)).bind("to", record.at().plus(1, ChronoUnit.MILLIS))
                .bind("id", record.requestId()).mapTo(Long.class).one()) > 0;
    }
}
