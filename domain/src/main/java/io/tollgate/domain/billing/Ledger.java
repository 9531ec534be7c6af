package io.tollgate.domain.billing;

import io.tollgate.domain.money.Points;

import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.List;

/** Balance changes, each written in one transaction with the ledger entry that explains it. */
public interface Ledger {

    /** Adds the (signed) amount unless the balance would go below zero. */
    BalanceChange change(UserId user, Points amount, LedgerEntryKind kind, String reason, String actor, Instant at);

    /** The user's entries, newest first. */
    List<LedgerEntry> history(UserId user, int offset, int limit);
}
