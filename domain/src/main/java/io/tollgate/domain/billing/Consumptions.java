package io.tollgate.domain.billing;

import java.util.List;

/** Charged conversations and unpaid attempts; a charge and its balance change are one transaction. */
public interface Consumptions {

    /** Deducts the charge unless it would overdraw, recording the consumption or the unpaid attempt. */
    ChargeResult charge(ConsumptionRequest request);

    /** Consumptions, newest first. */
    List<Consumption> list(ConsumptionFilter filter, int offset, int limit);

    /** Unpaid attempts, newest first. */
    List<UnpaidAttempt> unpaid(int offset, int limit);
}
