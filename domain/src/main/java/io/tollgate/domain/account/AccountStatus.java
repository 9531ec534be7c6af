package io.tollgate.domain.account;

import java.util.Locale;

/** Whether an account may be picked now. */
public enum AccountStatus {
    ENABLED,
    /** Throttled upstream; usable again after {@code until}. */
    COOLING_DOWN,
    /** Out of quota or balance; usable again after the account's daily reset. */
    SUSPENDED,
    /** Off until an admin enables it (by hand, or after repeated failures). */
    DISABLED,
    /** Its credential expired or was revoked and could not be renewed: off until its owner authorizes again. */
    EXPIRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
