package io.tollgate.adapter.http.oauth;

import io.javalin.config.RoutesConfig;
import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.account.OAuthSettings;
import io.tollgate.domain.account.Binding;
import io.tollgate.domain.account.PlatformCatalog;
import io.tollgate.domain.account.PlatformInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/v1/oauth/platforms} (public): the platforms a user can bind, in the OAuth proxy guide's snake_case. */
public final class PlatformRoutes {

    private final OAuthSettings oauth;

    public PlatformRoutes(OAuthSettings oauth) {
        this.oauth = oauth;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/oauth/platforms", ctx -> ctx.json(Views.list(PlatformCatalog.all().stream().map(this::view).toList())));
    }

    Map<String, Object> view(PlatformInfo info) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("platform", info.platform().wireName());
        view.put("family", info.family());
        view.put("name", info.nameZh());
        view.put("name_en", info.nameEn());
        view.put("provider", info.providerZh());
        // null: the free quota depends on the account type and is set per account.
        view.put("free_daily_tokens", info.freeDailyTokens().isPresent() ? info.freeDailyTokens().getAsLong() : null);
        view.put("default_model", info.defaultModel().orElse(null));
        view.put("models", info.defaultModels());
        view.put("bindings", oauth.bindings(info).stream().sorted().map(Binding::name).toList());
        return view;
    }
}
