package io.tollgate.adapter.http.portal;

import io.javalin.config.RoutesConfig;
import io.tollgate.application.account.Notice;
import io.tollgate.adapter.http.support.PortalAuth;
import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.account.Notifications;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code GET /api/v1/notifications}: what the signed-in user should act on about their accounts. */
public final class NotificationRoutes {

    private final Notifications notifications;

    public NotificationRoutes(Notifications notifications) {
        this.notifications = notifications;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/notifications", ctx -> ctx.json(Views.list(notifications
                .of(PortalAuth.of(ctx).user().id()).stream().map(NotificationRoutes::view).toList())));
    }

    private static Map<String, Object> view(Notice notice) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", notice.kind().name().toLowerCase(Locale.ROOT));
        json.put("account_id", notice.account().toString());
        json.put("account_name", notice.accountName());
        json.put("message", notice.message());
        json.put("at", notice.at().map(Instant::toString).orElse(null));
        return json;
    }
}
