package io.tollgate.adapter.persistence.billing;

import io.tollgate.domain.billing.Consumptions;
import io.tollgate.domain.billing.Ledger;
import org.jdbi.v3.core.Jdbi;

/** The billing context's tables: the ledger and the ShareAuth consumptions, both changing balances. */
public final class BillingStorage implements AutoCloseable {

    private final Ledger ledger;
    private final JdbiConsumptions consumptions;

    public BillingStorage(Jdbi jdbi) {
        // Plain functions rather than reflective mappers, which need the row records to be public.
        jdbi.registerRowMapper(LedgerEntryRow.class, LedgerEntryRow::map)
                .registerRowMapper(ConsumptionRow.class, ConsumptionRow::map)
                .registerRowMapper(UnpaidAttemptRow.class, UnpaidAttemptRow::map);
        this.ledger = new JdbiLedger(jdbi);
        this.consumptions = new JdbiConsumptions(jdbi);
    }

    public Ledger ledger() {
        return ledger;
    }

    public Consumptions consumptions() {
        return consumptions;
    }

    /** Lets the queued charges finish. */
    @Override
    public void close() {
        consumptions.close();
    }
}
