package io.tollgate.application.billing;

import io.tollgate.application.support.Page;
import io.tollgate.domain.billing.Consumption;
import io.tollgate.domain.billing.ConsumptionFilter;
import io.tollgate.domain.billing.Consumptions;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.billing.UnpaidAttempt;
import io.tollgate.domain.identity.UserId;
import java.util.List;

/** Reads what was charged and why, for the admin: ledger entries, consumptions, unpaid attempts. */
public final class BillingHistory {

    private final Ledger ledger;
    private final Consumptions consumptions;

    public BillingHistory(Ledger ledger, Consumptions consumptions) {
        this.ledger = ledger;
        this.consumptions = consumptions;
    }

    public List<LedgerEntry> ledger(UserId user, Page page) {
        return ledger.history(user, page.offset(), page.limit());
    }

    public List<Consumption> consumptions(ConsumptionFilter filter, Page page) {
        return consumptions.list(filter, page.offset(), page.limit());
    }

    public List<UnpaidAttempt> unpaidAttempts(Page page) {
        return consumptions.unpaid(page.offset(), page.limit());
    }
}
