package io.tollgate.console.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.application.account.OwnAccounts;
import io.tollgate.application.relay.ChatWithOwnAccounts;
import io.tollgate.application.relay.RelayChat;
import io.tollgate.application.relay.RelayFailure;
import io.tollgate.application.relay.RelayOutcome;
import io.tollgate.application.relay.catalog.ModelCatalog;
import io.tollgate.application.relay.usage.UsageLog;
import io.tollgate.console.web.Assets;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.kind.ModelKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /me/playground}: the signed-in user chats on a points model (billed like the API) or on one of their own
 * accounts (its quota, not points); {@code POST /me/playground/chat} answers JSON or an event stream.
 */
public final class PlaygroundRoutes implements PageGroup {

    private static final byte[] SCRIPT = Assets.resource("/console/playground.js");
    private static final int MAX_BODY = 2_000_000;

    private final RelayChat relay;
    private final ChatWithOwnAccounts own;
    private final ModelCatalog models;
    private final OwnAccounts accounts;
    private final PlaygroundUsage usage;

    public PlaygroundRoutes(RelayChat relay, ChatWithOwnAccounts own, ModelCatalog models, OwnAccounts accounts, UsageLog usageLog) {
        this.relay = relay;
        this.own = own;
        this.models = models;
        this.accounts = accounts;
        this.usage = new PlaygroundUsage(usageLog, accounts);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/me/assets/playground.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(SCRIPT));
        routes.get("/me/playground", this::page);
        routes.post("/me/playground/chat", this::chat);
    }

    private void page(Context ctx) {
        User user = PortalGuard.user(ctx);
        List<PlaygroundPage.Choice> points = models.all().stream().filter(Model::enabled).filter(m -> m.kind() == ModelKind.CHAT)
                .map(m -> new PlaygroundPage.Choice("model:" + m.name(), m.name())).toList();
        Texts t = LanguageChoice.of(ctx);
        List<PlaygroundPage.Choice> owned = accounts.list(user.id(), Optional.empty()).stream()
                .map(view -> new PlaygroundPage.Choice("account:" + view.account().id(), t.format("pg.account.option",
                        view.account().platform().displayName(), view.account().name(), view.quota().unlimited()
                                ? t.get("pg.account.unlimited") : t.number(view.quota().remaining()))))
                .toList();
        Web.render(ctx, "portal_playground.jte", new PlaygroundPage(PortalGuard.chrome(ctx, "title.me-playground", "playground"),
                t.points(user.balance().toShortestDecimal()), points, owned));
    }

    private void chat(Context ctx) throws IOException {
        Texts t = LanguageChoice.of(ctx);
        if (ctx.req().getContentLengthLong() > MAX_BODY) {
            PlaygroundErrors.reply(ctx, 413, "body_too_large", t.get("pg.error.body_too_large"));
            return;
        }
        User user = PortalGuard.user(ctx);
        String requestId = Optional.ofNullable(ctx.res().getHeader("X-Request-Id")).orElseGet(() -> UUID.randomUUID().toString());
        RelayOutcome outcome;
        boolean stream;
        switch (PlaygroundRequest.parse(ctx.bodyAsBytes())) {
            case PlaygroundRequest.Invalid invalid -> {
                PlaygroundErrors.invalid(ctx, t, invalid.code());
                return;
            }
            case PlaygroundRequest.OnPoints points -> {
                stream = points.stream();
                outcome = relay.relayFor(user, Optional.empty(), PlaygroundRequest.call(points.model(), points.messages(), stream), requestId);
            }
            case PlaygroundRequest.OnAccount account -> {
                stream = account.stream();
                outcome = own.chat(new ChatWithOwnAccounts.Command(user, Optional.empty(), Optional.of(account.account()), Optional.empty(),
                        model -> PlaygroundRequest.call(model, account.messages(), account.stream()), account.lastUserText(), requestId));
            }
        }
        switch (outcome) {
            case RelayFailure failure -> PlaygroundErrors.failure(ctx, t, failure);
            case RelayOutcome.Answered answered -> ctx.contentType("application/json").result(
                    "{\"reply\":" + new String(answered.body(), java.nio.charset.StandardCharsets.UTF_8) + ",\"usage\":"
                            + usageJson(user, requestId, t) + "}");
            case RelayOutcome.Streaming streaming -> {
                ctx.status(200);
                ctx.res().setContentType("text/event-stream; charset=utf-8");
                ctx.res().setHeader("Cache-Control", "no-cache");
                ctx.res().setHeader("X-Accel-Buffering", "no");
                streaming.session().pumpTo(new PlaygroundStream(ctx.res().getOutputStream(), () -> usageJson(user, requestId, t)));
            }
        }
    }

    private String usageJson(User user, String requestId, Texts t) {
        try {
            return PlaygroundRequest.JSON.writeValueAsString(usage.of(user.id(), requestId, t));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
