package io.tollgate.domain.billing;

import io.tollgate.domain.money.Points;

import io.tollgate.domain.identity.UserId;
import java.time.Instant;

/** One balance change and the balance it left: the ledger is the balance's explanation. */
public record LedgerEntry(
        long id, UserId user, LedgerEntryKind kind, Points amount, Points balanceAfter,
        String reason, String actor, Instant at) {}
