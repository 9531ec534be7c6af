package io.tollgate.console.portal;

import io.javalin.http.Context;
import io.tollgate.application.relay.RelayFailure;
import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.relay.SecretRedaction;
import java.util.Locale;
import java.util.Map;

/** The playground's refusals as JSON {@code {"error":{"code","message"}}}, the message in the reader's language. */
final class PlaygroundErrors {

    private PlaygroundErrors() {}

    static void reply(Context ctx, int status, String code, String message) {
        ctx.status(status).json(Map.of("error", Map.of("code", code, "message", message)));
    }

    /** A refusal of the body itself; its message is the key {@code error.<code>}. */
    static void invalid(Context ctx, Texts t, String code) {
        reply(ctx, 400, code, t.get("pg.error." + code));
    }

    static void failure(Context ctx, Texts t, RelayFailure failure) {
        switch (failure) {
            case RelayFailure.InvalidKey invalid -> reply(ctx, 401, "not_signed_in", t.get("pg.error.not_signed_in"));
            case RelayFailure.UserDisabled disabled -> reply(ctx, 403, "user_disabled", t.get("pg.error.user_disabled"));
            case RelayFailure.UnknownModel unknown -> reply(ctx, 404, "model_not_found", t.format("pg.error.model_not_found", unknown.model()));
            case RelayFailure.ModelNotAllowed denied -> reply(ctx, 404, "model_not_found", t.format("pg.error.model_not_found", denied.model()));
            case RelayFailure.WrongEndpoint wrong -> reply(ctx, 400, "not_a_chat_model", t.format("pg.error.not_a_chat_model", wrong.model()));
            case RelayFailure.PromptRefused refused -> reply(ctx, 400, "sensitive_words", t.get("pg.error.sensitive_words"));
            case RelayFailure.RateLimited limited -> reply(ctx, 429, "rate_limit_exceeded", t.get("pg.error.rate_limit_exceeded"));
            case RelayFailure.PublicLimitReached reached -> reply(ctx, 429, "rate_limit_exceeded", t.get("pg.error.rate_limit_exceeded"));
            case RelayFailure.InsufficientBalance poor -> reply(ctx, 402, "insufficient_balance", t.format("pg.error.insufficient_balance",
                    t.points(poor.available().toShortestDecimal()), t.points(poor.needed().toShortestDecimal())));
            case RelayFailure.BudgetExceeded over -> reply(ctx, 429, "budget_exceeded", t.get("pg.error.budget_exceeded"));
            case RelayFailure.QuotaExhausted exhausted -> reply(ctx, 429, "quota_exhausted",
                    t.format("pg.error.quota_exhausted", exhausted.model(), t.time(exhausted.resetAt())));
            case RelayFailure.NoAccount none -> reply(ctx, 503, "no_available_account", t.format("pg.error.no_available_account", none.model()));
            case RelayFailure.NoSuchAccount missing -> reply(ctx, 404, "account_not_found", t.get("pg.error.account_not_found"));
            case RelayFailure.NotServedByAccount notServed -> reply(ctx, 400, "model_not_served",
                    t.format("pg.error.model_not_served", notServed.model()));
            case RelayFailure.UpstreamFailed failed -> reply(ctx, 502, failed.last().failureClass().name().toLowerCase(Locale.ROOT),
                    t.format("pg.error.upstream", SecretRedaction.redact(failed.last().message())));
            case RelayFailure.DeadlineExceeded late -> reply(ctx, 504, "deadline_exceeded",
                    t.format("pg.error.deadline_exceeded", late.deadline().toSeconds()));
            case RelayFailure.RefusedByPlatform refused -> reply(ctx, refused.failure().status() >= 400 && refused.failure().status() < 500
                    ? refused.failure().status() : 502, "upstream_refused", t.format("pg.error.upstream", SecretRedaction.redact(refused.failure().message())));
        }
    }
}
