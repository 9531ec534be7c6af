package io.tollgate.adapter.persistence.relay;

import io.tollgate.adapter.persistence.database.SettlementDurability;
import io.tollgate.adapter.persistence.relay.journal.SettlementJournal;
import io.tollgate.adapter.persistence.relay.metering.JdbiMetering;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Models;
import io.tollgate.domain.relay.budget.KeyBudgetBook;
import io.tollgate.application.relay.usage.PublicUsage;
import io.tollgate.application.relay.usage.RateWindows;
import io.tollgate.application.relay.usage.UsageReports;
import io.tollgate.application.relay.usage.UsageRetention;
import io.tollgate.application.support.Telemetry;
import io.tollgate.adapter.persistence.retention.JdbiUsageRetention;
import java.util.Optional;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;

/** The relay context's tables: models and prices, rate windows, public usage, holds, usage records and their reports. */
public final class RelayStorage implements AutoCloseable {

    private final Models models;
    private final RateWindows rateWindows;
    private final PublicUsage publicUsage;
    private final JdbiMetering metering;
    private final UsageReports usageReports;
    private final UsageRetention usageRetention;
    private final KeyBudgetBook keyBudgets;

    /**
     * Holds and settles over {@code hotPath}'s plain connections; tells {@code telemetry} of holds and settlements as they
     * happen; commits settlements as {@code durability} says, journaling them first when a {@code journal} is given.
     */
    public RelayStorage(Jdbi jdbi, ConnectionFactory hotPath, Telemetry telemetry, SettlementDurability durability,
                        Optional<SettlementJournal> journal) {
        // Plain functions rather than reflective mappers, which need the row records to be public.
        jdbi.registerRowMapper(ModelRow.class, ModelRow::map);
        this.models = new JdbiModels(jdbi);
        this.rateWindows = new JdbiRateWindows(jdbi);
        this.publicUsage = new JdbiPublicUsage(jdbi);
        this.metering = new JdbiMetering(jdbi, hotPath, telemetry, durability, journal);
        this.usageReports = new JdbiUsageReports(jdbi);
        this.usageRetention = new JdbiUsageRetention(jdbi);
        this.keyBudgets = new JdbiKeyBudgetBook(jdbi);
    }

    public Models models() {
        return models;
    }

    public RateWindows rateWindows() {
        return rateWindows;
    }

    public PublicUsage publicUsage() {
        return publicUsage;
    }

    /** Holds and group-committed settlements; their batching threads stop in {@link #close()}. */
    public Metering metering() {
        return metering;
    }

    /** The console's usage summaries. */
    public UsageReports usageReports() {
        return usageReports;
    }

    public UsageRetention usageRetention() {
        return usageRetention;
    }

    /** Keys' spend caps and what they spent. */
    public KeyBudgetBook keyBudgets() {
        return keyBudgets;
    }

    /** Finishes the holds and settlements already queued. */
    @Override
    public void close() {
        metering.close();
    }
}
