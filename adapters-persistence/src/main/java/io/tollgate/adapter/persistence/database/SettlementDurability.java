package io.tollgate.adapter.persistence.database;

import java.util.Locale;
import java.util.Optional;

/** When a settlement's transaction counts as committed: the price a call's reply pays for its charge's durability. */
public enum SettlementDurability {
    /** After PostgreSQL has flushed it to disk: no crash of either side loses a charge whose reply was sent. */
    FLUSH,
    /**
     * Once PostgreSQL has it in memory ({@code synchronous_commit = off} for that transaction only): a crash of Tollgate
     * loses nothing, a crash of PostgreSQL's host loses at most its last few hundred milliseconds of charges.
     */
    ASYNC;

    /** {@code flush} or {@code async}, in any case. */
    public static Optional<SettlementDurability> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "flush" -> Optional.of(FLUSH);
            case "async" -> Optional.of(ASYNC);
            default -> Optional.empty();
        };
    }
}
