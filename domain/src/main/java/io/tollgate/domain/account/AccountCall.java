package io.tollgate.domain.account;

import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One call on an account, as its usage page shows it: the model, the tokens (estimated or reported), how it ended,
 * and what it asked and got. A call on a user's own account costs no points; its tokens count against the account's
 * quota day. The user is absent only for a keyless call on a public model (through a system-pool account).
 *
 * @param kind the wire name of the model's kind ({@code chat}, {@code embedding}, …); a name here, as the relay
 *     context that defines the kinds depends on this one
 */
public record AccountCall(String requestId, Optional<UserId> user, AccountId account, String model, long promptTokens,
                          long completionTokens, boolean estimated, long latencyMillis, Outcome outcome,
                          Optional<FailureClass> failure, Instant at, LocalDate quotaDay, CallSummary summary, String kind) {

    /** How the call ended for the caller. */
    public enum Outcome { OK, FAILED, CLIENT_CLOSED }

    public AccountCall {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(quotaDay, "quotaDay");
        Objects.requireNonNull(summary, "summary");
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("token counts are 0 or more");
        }
        if (kind == null || !kind.matches("[a-z]+")) {
            throw new IllegalArgumentException("a kind is a lower-case wire name");
        }
    }

    /** A chat call. */
    public AccountCall(String requestId, Optional<UserId> user, AccountId account, String model, long promptTokens,
                       long completionTokens, boolean estimated, long latencyMillis, Outcome outcome,
                       Optional<FailureClass> failure, Instant at, LocalDate quotaDay, CallSummary summary) {
        this(requestId, user, account, model, promptTokens, completionTokens, estimated, latencyMillis, outcome, failure,
                at, quotaDay, summary, "chat");
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
