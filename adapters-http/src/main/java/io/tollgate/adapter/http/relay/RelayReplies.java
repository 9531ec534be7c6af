package io.tollgate.adapter.http.relay;

import io.javalin.http.Context;
import io.tollgate.adapter.http.support.CallNotes;
import io.tollgate.application.relay.RelayFailure;
import io.tollgate.application.relay.RelayOutcome;
import io.tollgate.application.relay.StreamSink;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.SecretRedaction;
import io.tollgate.domain.relay.UpstreamFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/** Each relay failure's status and OpenAI-style body, mapped once, and a streamed answer's event stream. */
public final class RelayReplies {

    private RelayReplies() {}

    /** A right key whose user an admin disabled: said plainly, so its owner knows whom to ask. */
    static void userDisabled(Context ctx) {
        OpenAiError.reply(ctx, 403, "permission_error", "user_disabled", null,
                "The user of this API key is disabled; ask an administrator to enable it");
    }

    public static void failure(Context ctx, RelayFailure failure, Clock clock) {
        switch (failure) {
            case RelayFailure.InvalidKey invalid ->
                    OpenAiError.reply(ctx, 401, "invalid_request_error", "invalid_api_key", null, "Invalid API key: " + invalid.why());
            case RelayFailure.UserDisabled disabled -> userDisabled(ctx);
            case RelayFailure.UnknownModel unknown -> OpenAiError.modelNotFound(ctx, unknown.model());
            // As OpenAI does for a project without access: the key learns nothing about models it may not use.
            case RelayFailure.ModelNotAllowed denied -> OpenAiError.modelNotFound(ctx, denied.model());
            case RelayFailure.WrongEndpoint wrong -> OpenAiError.reply(ctx, 400, "invalid_request_error", "wrong_endpoint", "model",
                    "The model '" + wrong.model() + "' is " + article(wrong.kind()) + " " + wrong.kind().wireName()
                            + " model: call POST " + wrong.kind().endpoint());
            // The list stays the admins': the caller is not told which word matched.
            case RelayFailure.PromptRefused refused -> OpenAiError.reply(ctx, 400, "invalid_request_error", "sensitive_words",
                    refused.param(), "The prompt contains a word this model does not accept");
            case RelayFailure.RateLimited limited -> {
                ctx.header("Retry-After", "60");
                OpenAiError.reply(ctx, 429, "rate_limit_error", "rate_limit_exceeded", null,
                        "Rate limit reached: " + limited.perMinute() + " " + limited.limit());
            }
            case RelayFailure.PublicLimitReached reached -> {
                ctx.header("Retry-After", String.valueOf(Math.max(1, Duration.between(clock.instant(), reached.resetAt()).toSeconds())));
                OpenAiError.reply(ctx, 429, "rate_limit_error", reached.limit().name().toLowerCase(Locale.ROOT), null,
                        "The public model '" + reached.model() + "' allows " + reached.cap() + " " + limitText(reached.limit())
                                + " per day without an API key; it resets at " + reached.resetAt());
            }
            case RelayFailure.InsufficientBalance poor -> OpenAiError.reply(ctx, 402, "insufficient_quota", "insufficient_quota", null,
                    "Insufficient balance: " + poor.available() + " points available, this call may cost up to " + poor.needed()
                            + " (its prompt plus max_tokens of output); a lower max_tokens may let it through");
            case RelayFailure.BudgetExceeded over -> {
                over.retryAfterSeconds(clock.instant()).ifPresent(seconds -> ctx.header("Retry-After", String.valueOf(seconds)));
                OpenAiError.reply(ctx, 429, "rate_limit_error", "budget_exceeded", null, over.message());
            }
            case RelayFailure.QuotaExhausted exhausted -> {
                ctx.header("Retry-After", String.valueOf(Math.max(1, Duration.between(clock.instant(), exhausted.resetAt()).toSeconds())));
                OpenAiError.reply(ctx, 429, "quota_exhausted", "quota_exhausted", "model", "Every account serving '" + exhausted.model()
                        + "' has used its daily quota; quotas reset at " + exhausted.resetAt());
            }
            case RelayFailure.NoAccount none -> OpenAiError.reply(ctx, 503, "service_unavailable", "no_available_account", "model",
                    "No account can serve '" + none.model() + "' right now");
            case RelayFailure.NoSuchAccount missing -> OpenAiError.reply(ctx, 404, "invalid_request_error", "account_not_found",
                    "account_id", "You have no account " + missing.id());
            case RelayFailure.NotServedByAccount notServed -> OpenAiError.reply(ctx, 400, "invalid_request_error",
                    "model_not_served", "model", "Account " + notServed.account() + " does not serve '" + notServed.model() + "'");
            case RelayFailure.UpstreamFailed failed -> OpenAiError.reply(ctx, failed.last().status() == 504 ? 504 : 502, "upstream_error",
                    failed.last().failureClass().name().toLowerCase(Locale.ROOT), null,
                    "The model platform failed after " + failed.attempts() + " attempt(s): " + SecretRedaction.redact(failed.last().message()));
            case RelayFailure.DeadlineExceeded late -> OpenAiError.reply(ctx, 504, "timeout_error", "deadline_exceeded", null,
                    deadlineText(late.deadline()) + " after " + late.attempts() + " attempt(s)");
            case RelayFailure.RefusedByPlatform refused -> passThrough(ctx, refused.failure());
        }
    }

    /** What a caller whose request ran out of time is told, in a reply or in a stream's last event. */
    static String deadlineText(Duration deadline) {
        return "No answer within the request deadline of " + deadline.toSeconds() + " s";
    }

    private static String article(ModelKind kind) {
        return kind == ModelKind.EMBEDDING ? "an" : "a";
    }

    private static String limitText(RelayFailure.PublicLimitReached.Limit limit) {
        return switch (limit) {
            case PUBLIC_DAILY_TOKENS -> "tokens across all callers";
            case IP_DAILY_REQUESTS -> "requests per client IP";
            case IP_DAILY_TOKENS -> "tokens per client IP";
        };
    }

    private static void passThrough(Context ctx, UpstreamFailure failure) {
        ctx.status(failure.status());
        if (failure.body().length == 0) {
            OpenAiError.reply(ctx, failure.status(), "invalid_request_error", "upstream_refused", null, SecretRedaction.redact(failure.message()));
            return;
        }
        // The provider took out the account's credential; key shapes are taken out again here, whatever produced the body.
        String text = new String(failure.body(), StandardCharsets.UTF_8);
        String redacted = SecretRedaction.redact(text);
        ctx.contentType(failure.contentType() == null ? "application/json" : failure.contentType())
                .result(redacted.equals(text) ? failure.body() : redacted.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a streaming answer as server-sent events; a caller who leaves abandons the upstream session. */
    public static void stream(Context ctx, RelayOutcome.Streaming streaming) throws IOException {
        stream(ctx, streaming, UnaryOperator.identity());
    }

    /** As above, with each upstream event changed by {@code eachEvent} on its way. */
    static void stream(Context ctx, RelayOutcome.Streaming streaming, UnaryOperator<byte[]> eachEvent) throws IOException {
        stream(ctx, streaming, (out, onFirstWrite) -> new SseSink(out, onFirstWrite, eachEvent));
    }

    /** Opens the caller's event stream and pumps the session into the door's own {@code sink} of it. */
    public static void stream(Context ctx, RelayOutcome.Streaming streaming, BiFunction<OutputStream, Runnable, StreamSink> sink)
            throws IOException {
        ctx.status(200);
        ctx.res().setContentType("text/event-stream; charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        OutputStream out;
        try {
            out = ctx.res().getOutputStream();
        } catch (IOException callerGone) {
            streaming.session().abandon();
            throw callerGone;
        }
        streaming.session().pumpTo(sink.apply(out, () -> CallNotes.firstByte(ctx)));
    }
}
