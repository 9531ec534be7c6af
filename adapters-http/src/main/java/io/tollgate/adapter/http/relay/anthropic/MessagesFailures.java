package io.tollgate.adapter.http.relay.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.tollgate.application.relay.RelayFailure;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.SecretRedaction;
import io.tollgate.domain.relay.UpstreamFailure;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Each relay failure as Anthropic's status and error type, mapped once; the words say the same as on the chat door. */
final class MessagesFailures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessagesFailures() {}

    static void reply(Context ctx, RelayFailure failure, Clock clock) {
        switch (failure) {
            case RelayFailure.InvalidKey invalid -> AnthropicError.reply(ctx, 401, "authentication_error", "Invalid API key: " + invalid.why());
            case RelayFailure.UserDisabled disabled -> AnthropicError.reply(ctx, 403, "permission_error",
                    "The user of this API key is disabled; ask an administrator to enable it");
            case RelayFailure.UnknownModel unknown -> notFound(ctx, unknown.model());
            // The key learns nothing about models it may not use.
            case RelayFailure.ModelNotAllowed denied -> notFound(ctx, denied.model());
            case RelayFailure.WrongEndpoint wrong -> AnthropicError.invalidRequest(ctx, "model: '" + wrong.model() + "' is a "
                    + wrong.kind().wireName() + " model: call POST " + wrong.kind().endpoint());
            case RelayFailure.PromptRefused refused -> AnthropicError.invalidRequest(ctx, refused.param()
                    + ": the prompt contains a word this model does not accept");
            case RelayFailure.RateLimited limited -> {
                ctx.header("Retry-After", "60");
                AnthropicError.reply(ctx, 429, "rate_limit_error", "Rate limit reached: " + limited.perMinute() + " " + limited.limit());
            }
            case RelayFailure.PublicLimitReached reached -> {
                retryAt(ctx, clock, reached.resetAt());
                AnthropicError.reply(ctx, 429, "rate_limit_error", "The public model '" + reached.model() + "' has reached its daily "
                        + reached.limit().name().toLowerCase(java.util.Locale.ROOT) + " limit of " + reached.cap()
                        + " without an API key; it resets at " + reached.resetAt());
            }
            case RelayFailure.InsufficientBalance poor -> AnthropicError.reply(ctx, 402, "billing_error", "Insufficient balance: "
                    + poor.available() + " points available, this call may cost up to " + poor.needed()
                    + " (its prompt plus max_tokens of output); a lower max_tokens may let it through");
            case RelayFailure.QuotaExhausted exhausted -> {
                retryAt(ctx, clock, exhausted.resetAt());
                AnthropicError.reply(ctx, 429, "rate_limit_error", "Every account serving '" + exhausted.model()
                        + "' has used its daily quota; quotas reset at " + exhausted.resetAt());
            }
            case RelayFailure.NoAccount none -> AnthropicError.reply(ctx, 529, "overloaded_error",
                    "No account can serve '" + none.model() + "' right now");
            case RelayFailure.NoSuchAccount missing -> AnthropicError.reply(ctx, 404, "not_found_error", "You have no account " + missing.id());
            case RelayFailure.NotServedByAccount notServed -> AnthropicError.invalidRequest(ctx,
                    "Account " + notServed.account() + " does not serve '" + notServed.model() + "'");
            case RelayFailure.UpstreamFailed failed -> upstreamFailed(ctx, failed);
            case RelayFailure.DeadlineExceeded late -> AnthropicError.reply(ctx, 504, "timeout_error",
                    deadlineText(late.deadline()) + " after " + late.attempts() + " attempt(s)");
            case RelayFailure.RefusedByPlatform refused -> refusedByPlatform(ctx, refused.failure());
        }
    }

    static String deadlineText(Duration deadline) {
        return "No answer within the request deadline of " + deadline.toSeconds() + " s";
    }

    private static void notFound(Context ctx, String model) {
        AnthropicError.reply(ctx, 404, "not_found_error", "model: " + model + " does not exist or you do not have access to it");
    }

    private static void upstreamFailed(Context ctx, RelayFailure.UpstreamFailed failed) {
        UpstreamFailure last = failed.last();
        // Out of capacity upstream is what Anthropic calls overloaded: its clients retry that one later.
        boolean overloaded = last.failureClass() == FailureClass.RATE || last.failureClass() == FailureClass.QUOTA;
        int status = last.status() == 504 ? 504 : overloaded ? 529 : 502;
        AnthropicError.reply(ctx, status, status == 502 ? "api_error" : AnthropicError.typeOf(status), "The model platform failed after "
                + failed.attempts() + " attempt(s): " + SecretRedaction.redact(last.message()));
    }

    /** The platform refused the request itself: its own Anthropic error as it is, any other platform's message reshaped. */
    private static void refusedByPlatform(Context ctx, UpstreamFailure failure) {
        JsonNode body = parse(failure.body());
        int status = failure.status() >= 400 && failure.status() < 600 ? failure.status() : 400;
        if (body != null && body.path("type").asText().equals("error") && body.path("error").path("type").isTextual()) {
            AnthropicError.reply(ctx, status, body.path("error").path("type").asText(),
                    SecretRedaction.redact(body.path("error").path("message").asText("")));
            return;
        }
        String message = body != null && body.path("error").path("message").isTextual() ? body.path("error").path("message").asText()
                : failure.message();
        AnthropicError.reply(ctx, status, AnthropicError.typeOf(status), SecretRedaction.redact(message));
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static void retryAt(Context ctx, Clock clock, Instant resetAt) {
        ctx.header("Retry-After", String.valueOf(Math.max(1, Duration.between(clock.instant(), resetAt).toSeconds())));
    }
}
