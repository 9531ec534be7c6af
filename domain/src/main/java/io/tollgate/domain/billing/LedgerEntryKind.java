package io.tollgate.domain.billing;

/** Why a balance changed. */
public enum LedgerEntryKind {
    TOP_UP,
    ADJUSTMENT,
    CONSUMPTION,
    /** A relayed API call's settled cost. */
    USAGE
}
