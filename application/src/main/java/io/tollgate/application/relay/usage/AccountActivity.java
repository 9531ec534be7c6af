package io.tollgate.application.relay.usage;

import java.time.Instant;
import java.util.Optional;

/** How much an account was used today and when it last served a call. */
public record AccountActivity(long tokensToday, Optional<Instant> lastUsed) {

    public static final AccountActivity NONE = new AccountActivity(0, Optional.empty());
}
