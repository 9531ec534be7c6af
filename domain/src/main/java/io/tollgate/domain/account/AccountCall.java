package io.tollgate.domain.account;

import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One call on an account, as its usage page shows it: the model, the tokens (estimated or reported), how it ended,
 * and what it asked and got. A call on a user's own account costs no points; its tokens count against the account's
 * quota day. The user is absent only for a keyless call on a public model (through a system-pool account).
 *
 * @param kind the wire name of the model's kind ({@code chat}, {@code embedding}, …); a name here, as the relay
 *     context that defines the kinds depends on this one
 * @param attempts the accounts the call tried that failed, in order
 */
public record AccountCall(String requestId, Optional<UserId> user, AccountId account, String model, long promptTokens,
                          long completionTokens, boolean estimated, long latencyMillis, Outcome outcome,
                          Optional<FailureClass> failure, Instant at, LocalDate quotaDay, CallSummary summary, String kind,
                          List<Attempt> attempts) {

    /** How the call ended for the caller. */
    public enum Outcome { OK, FAILED, CLIENT_CLOSED }

    /** An account a call tried that failed, and how: what the request log lists as the call's attempts. */
    public record Attempt(AccountId account, FailureClass failure) {
        public Attempt {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(failure, "failure");
        }
    }

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
        attempts = List.copyOf(attempts);
    }

    /** A call whose first attempt was its last. */
    public AccountCall(String requestId, Optional<UserId> user, AccountId account, String model, long promptTokens,
                       long completionTokens, boolean estimated, long latencyMillis, Outcome outcome,
                       Optional<FailureClass> failure, Instant at, LocalDate quotaDay, CallSummary summary, String kind) {
        this(requestId, user, account, model, promptTokens, completionTokens, estimated, latencyMillis, outcome, failure,
                at, quotaDay, summary, kind, List.of());
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
