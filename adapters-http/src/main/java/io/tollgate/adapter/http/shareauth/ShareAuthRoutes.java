package io.tollgate.adapter.http.shareauth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.Body;
import io.tollgate.adapter.http.support.ClientIp;
import io.tollgate.adapter.http.support.Json;
import io.tollgate.adapter.http.support.Masking;
import io.tollgate.adapter.http.support.RequestIds;
import io.tollgate.adapter.http.support.ShareAuthReply;
import io.tollgate.application.shareauth.FinishConversation;
import io.tollgate.application.shareauth.FinishOutcome;
import io.tollgate.application.shareauth.InitOutcome;
import io.tollgate.application.shareauth.InitShareSession;
import io.tollgate.application.shareauth.ShareAuthFailure;
import io.tollgate.application.shareauth.StartConversation;
import io.tollgate.application.shareauth.StartOutcome;
import java.time.Clock;
import java.util.Set;
import java.util.function.BiFunction;

/** {@code /shareAuth/init|start|finish}: the seed's API and what a real FastGPT sends, on one set of routes. */
public final class ShareAuthRoutes {

    private final InitShareSession init;
    private final StartConversation start;
    private final FinishConversation finish;
    private final long maxBodyBytes;
    private final Set<String> trustedProxies;
    private final boolean fastGptMode;
    private final Clock clock;

    public ShareAuthRoutes(InitShareSession init, StartConversation start, FinishConversation finish,
                           long maxBodyBytes, Set<String> trustedProxies, boolean fastGptMode, Clock clock) {
        this.init = init;
        this.start = start;
        this.finish = finish;
        this.maxBodyBytes = maxBodyBytes;
        this.trustedProxies = trustedProxies;
        this.fastGptMode = fastGptMode;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/shareAuth/init", ctx -> handle(ctx, "Init", this::init));
        routes.post("/shareAuth/start", ctx -> handle(ctx, "Start", this::start));
        routes.post("/shareAuth/finish", ctx -> handle(ctx, "Finish", this::finish));
    }

    private void handle(Context ctx, String endpoint, BiFunction<Call, ShareAuthLog, ShareAuthReply> body) {
        ShareAuthLog log = new ShareAuthLog(endpoint, clock.instant(), clock.getZone(), RequestIds.of(ctx));
        ShareAuthReply reply;
        try {
            reply = switch (Body.jsonObject(ctx, maxBodyBytes)) {
                case Body.Read.TooLarge tooLarge ->
                        ShareAuthReply.failure(413, "body_too_large", "请求体过大，上限为 " + tooLarge.limit() + " 字节");
                case Body.Read.NotJsonObject ignored -> ShareAuthReply.badRequest("请求体必须是JSON对象");
                case Body.Read.Parsed parsed -> body.apply(new Call(ctx, parsed.json()), log);
            };
        } catch (RuntimeException fault) {
            log.endWithFault(fault);
            throw fault;
        }
        log.end(reply);
        reply = reply.inFastGptMode(fastGptMode);
        ctx.status(reply.status()).json(reply.body());
    }

    private ShareAuthReply init(Call call, ShareAuthLog log) {
        String referer = call.ctx().header("Referer");
        log.field("Username", Masking.text(Json.text(call.json(), "username")))
                .field("Password", Masking.password(Json.text(call.json(), "password")))
                .field("Token", Masking.token(Json.text(call.json(), "token")))
                .field("Referer", referer == null ? "未提供" : Masking.text(referer.replaceAll("authToken=[^&]*", "authToken=***")));
        return switch (ShareAuthRequests.init(call.json(), referer, ClientIp.of(call.ctx(), trustedProxies))) {
            case ShareAuthRequests.Parsed.Invalid<?> invalid -> ShareAuthReply.badRequest(invalid.code(), invalid.why());
            case ShareAuthRequests.Parsed.Ok<io.tollgate.application.shareauth.InitShareSession.Command> ok ->
                    switch (init.init(ok.command())) {
                        case InitOutcome.Initialized done -> ShareAuthReplies.initialized(done, log);
                        case ShareAuthFailure.TooManyAttempts wait -> {
                            call.ctx().header("Retry-After", String.valueOf(Math.max(1, wait.retryAfter().toSeconds())));
                            yield failed(wait, log);
                        }
                        case ShareAuthFailure failure -> failed(failure, log);
                    };
        };
    }

    private ShareAuthReply start(Call call, ShareAuthLog log) {
        log.field("Token", Masking.token(Json.text(call.json(), "token")))
                .field("Question", Masking.text(Json.text(call.json(), "question")))
                .field("ShareId", Masking.text(Json.text(call.json(), "shareId")));
        return switch (ShareAuthRequests.start(call.json())) {
            case ShareAuthRequests.Parsed.Invalid<?> invalid -> ShareAuthReply.badRequest(invalid.code(), invalid.why());
            case ShareAuthRequests.Parsed.Ok<io.tollgate.application.shareauth.StartConversation.Command> ok ->
                    switch (start.start(ok.command())) {
                        case StartOutcome.Started started -> ShareAuthReplies.started(started, log);
                        case ShareAuthFailure failure -> failed(failure, log);
                    };
        };
    }

    private ShareAuthReply finish(Call call, ShareAuthLog log) {
        log.field("Token", Masking.token(Json.text(call.json(), "token")))
                .field("AppName", Masking.text(Json.text(call.json(), "appName")))
                .field("ChatId", Masking.text(Json.text(call.json(), "chatId")));
        return switch (ShareAuthRequests.finish(call.json(), call.ctx().header("Idempotency-Key"))) {
            case ShareAuthRequests.Parsed.Invalid<?> invalid -> ShareAuthReply.badRequest(invalid.code(), invalid.why());
            case ShareAuthRequests.Parsed.Ok<io.tollgate.application.shareauth.FinishConversation.Command> ok -> {
                log.detail("顶层 totalPoints: " + ok.command().totals().topLevelTotals());
                yield switch (finish.finish(ok.command())) {
                    case FinishOutcome.Finished finished -> ShareAuthReplies.finished(finished, log);
                    case ShareAuthFailure failure -> failed(failure, log);
                };
            }
        };
    }

    private static ShareAuthReply failed(ShareAuthFailure failure, ShareAuthLog log) {
        log.step("❌", failure.toString());
        return ShareAuthReply.of(failure);
    }

    private record Call(Context ctx, com.fasterxml.jackson.databind.JsonNode json) {}
}
