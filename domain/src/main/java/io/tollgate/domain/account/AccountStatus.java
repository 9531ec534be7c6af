package io.tollgate.domain.account;

import java.util.Locale;

/** Whether an account may be picked now. */
public enum AccountStatus {
    ENABLED,
    /** Throttled upstream; usable again after {@code until} (written by older versions; throttling now opens the in-memory breaker). */
    COOLING_DOWN,
    /** Out of quota or balance; usable again after the account's daily reset. */
    SUSPENDED,
    /** Off until an admin enables it: switched off by hand, or its credential was refused repeatedly. */
    DISABLED,
    /** Its credential expired or was revoked and could not be renewed: off until its owner authorizes again. */
    EXPIRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
