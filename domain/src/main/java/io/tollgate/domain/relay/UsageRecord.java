package io.tollgate.domain.relay;

import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One relayed call as billed: who (nobody for a keyless call to a public model), which key and account, which
 * model, the tokens (estimated or not), the cost, how long it took and how it ended. {@code quotaDay} is the
 * account's day its tokens count against. {@code kind} is the model's, and {@code units} what the call was billed
 * on in that kind's unit ({@link ModelKind#unit()}): a chat call's total tokens, an embedding's input tokens, a
 * speech's characters, a transcription's milliseconds. {@code attempts} are the accounts the call tried that failed, in
 * order (the last of them is {@code account} when no account answered).
 */
public record UsageRecord(String requestId, Optional<ApiKeyId> key, Optional<UserId> user, Optional<AccountId> account,
                          String model, Usage usage, Points cost, long latencyMillis, Status status,
                          Optional<FailureClass> errorClass, Instant at, LocalDate quotaDay, ModelKind kind, long units,
                          List<AccountCall.Attempt> attempts) {

    /** How the call ended for the caller. */
    public enum Status { OK, FAILED, CLIENT_CLOSED }

    public UsageRecord {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(errorClass, "errorClass");
        Objects.requireNonNull(kind, "kind");
        attempts = List.copyOf(attempts);
        if (units < 0) {
            throw new IllegalArgumentException("units cannot be negative");
        }
        if (cost.isNegative()) {
            throw new IllegalArgumentException("a cost cannot be negative");
        }
        if (user.isEmpty() && cost.isPositive()) {
            throw new IllegalArgumentException("only a user can be charged");
        }
    }

    /** A call whose first attempt was its last. */
    public UsageRecord(String requestId, Optional<ApiKeyId> key, Optional<UserId> user, Optional<AccountId> account,
                       String model, Usage usage, Points cost, long latencyMillis, Status status,
                       Optional<FailureClass> errorClass, Instant at, LocalDate quotaDay, ModelKind kind, long units) {
        this(requestId, key, user, account, model, usage, cost, latencyMillis, status, errorClass, at, quotaDay, kind, units,
                List.of());
    }

    /** A chat call, billed on its total tokens. */
    public UsageRecord(String requestId, Optional<ApiKeyId> key, Optional<UserId> user, Optional<AccountId> account,
                       String model, Usage usage, Points cost, long latencyMillis, Status status,
                       Optional<FailureClass> errorClass, Instant at, LocalDate quotaDay) {
        this(requestId, key, user, account, model, usage, cost, latencyMillis, status, errorClass, at, quotaDay,
                ModelKind.CHAT, usage.totalTokens());
    }

    /** A chat call billed to the user. */
    public UsageRecord(String requestId, Optional<ApiKeyId> key, UserId user, Optional<AccountId> account,
                       String model, Usage usage, Points cost, long latencyMillis, Status status,
                       Optional<FailureClass> errorClass, Instant at, LocalDate quotaDay) {
        this(requestId, key, Optional.of(user), account, model, usage, cost, latencyMillis, status, errorClass, at,
                quotaDay);
    }

    /** The same record with what was actually charged. */
    public UsageRecord withCost(Points charged) {
        return new UsageRecord(requestId, key, user, account, model, usage, charged, latencyMillis, status, errorClass, at,
                quotaDay, kind, units, attempts);
    }
}
