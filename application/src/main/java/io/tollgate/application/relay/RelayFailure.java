package io.tollgate.application.relay;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Every way a relayed call can fail for business reasons; the HTTP adapter maps each one once. */
public sealed interface RelayFailure extends RelayOutcome {

    record InvalidKey(String why) implements RelayFailure {}

    /** The key is right, but its user is disabled. */
    record UserDisabled() implements RelayFailure {}

    record UnknownModel(String model) implements RelayFailure {}

    record ModelNotAllowed(String model) implements RelayFailure {}

    /** The model was called through the endpoint of another kind; {@code kind} names the right one. */
    record WrongEndpoint(String model, ModelKind kind) implements RelayFailure {}

    /** The model blocks prompts holding a sensitive word and {@code param} held one; which word is for admins only. */
    record PromptRefused(String model, String param) implements RelayFailure {}

    /** The key's requests or tokens per minute are used up. */
    record RateLimited(String limit, int perMinute) implements RelayFailure {}

    /** A keyless call to a public model found one of the model's daily limits used up until the reset. */
    record PublicLimitReached(String model, Limit limit, long cap, Instant resetAt) implements RelayFailure {

        /** Which public limit: the model's token pool, or the client IP's requests or tokens. */
        public enum Limit { PUBLIC_DAILY_TOKENS, IP_DAILY_REQUESTS, IP_DAILY_TOKENS }
    }

    record InsufficientBalance(Points available, Points needed) implements RelayFailure {}

    /**
     * The key's {@code period} cap is spent, or held by its calls in flight; it starts again at {@code resetsAt}
     * (never for the total).
     */
    record BudgetExceeded(BudgetPeriod period, Points cap, Optional<Instant> resetsAt) implements RelayFailure {

        /** What every door tells the caller, whatever its error shape. */
        public String message() {
            return "This API key's " + period.adjective() + " budget of " + cap + " points is spent (calls in flight count"
                    + " against it); " + resetsAt.map(at -> "it resets at " + at).orElse("a total budget does not reset");
        }

        /** Seconds until the reset, at least 1, for a Retry-After header; none for a total budget. */
        public Optional<Long> retryAfterSeconds(Instant now) {
            return resetsAt.map(at -> Math.max(1, Duration.between(now, at).toSeconds()));
        }
    }

    /** Every account serving the model is out of quota until the reset. */
    record QuotaExhausted(String model, Instant resetAt) implements RelayFailure {}

    /** No account serves the model now (none configured, or all cooling down or disabled). */
    record NoAccount(String model) implements RelayFailure {}

    /** The caller has no own account with this id (or it is another user's: the same answer). */
    record NoSuchAccount(String id) implements RelayFailure {}

    /** The caller's own account was named, but does not serve this model. */
    record NotServedByAccount(String model, String account) implements RelayFailure {}

    /** Every attempt failed; the last failure says why. */
    record UpstreamFailed(UpstreamFailure last, int attempts) implements RelayFailure {}

    /** The request's deadline passed before an answer began; {@code attempts} accounts were tried. */
    record DeadlineExceeded(Duration deadline, int attempts) implements RelayFailure {}

    /** The platform refused the request itself: its status and body go back to the caller untouched. */
    record RefusedByPlatform(UpstreamFailure failure) implements RelayFailure {}
}
