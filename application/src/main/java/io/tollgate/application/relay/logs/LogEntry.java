package io.tollgate.application.relay.logs;

import io.tollgate.domain.money.Points;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the request log: a relayed call of any kind, or a ShareAuth finish (kind {@link #SHAREAUTH}, its
 * workflow as the model, its charge as the cost). Users, keys and accounts by name; never a credential. The payer is
 * {@code ownAccount} when the call spent a user's own bound account, else the user's points (none for a keyless call).
 */
public record LogEntry(LogId id, Instant at, String requestId, Optional<String> user, Optional<String> key,
                       Optional<String> account, Optional<String> ownAccount, String model, String kind, String status,
                       Optional<String> errorClass, Tokens tokens, long units, Points cost, long latencyMillis,
                       List<Attempt> attempts) {

    public static final String SHAREAUTH = "shareauth";

    /** Tokens by kind; {@code cached} and {@code cacheWrite} are part of {@code prompt}. */
    public record Tokens(long prompt, long cached, long cacheWrite, long completion, boolean estimated) {
        public static final Tokens NONE = new Tokens(0, 0, 0, 0, false);
    }

    /** An account the call tried that failed, by name (its id when the account is gone), and the failure's class. */
    public record Attempt(String account, String errorClass) {}

    public LogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cost, "cost");
        attempts = List.copyOf(attempts);
    }

    /** The place right after this entry (for the older page) or right before it (for the newer one). */
    public LogCursor cursor() {
        return new LogCursor(at, id);
    }

    public boolean paidByOwnAccount() {
        return ownAccount.isPresent();
    }

    /** Whether nobody paid: a keyless call to a public model. */
    public boolean free() {
        return ownAccount.isEmpty() && user.isEmpty();
    }
}
