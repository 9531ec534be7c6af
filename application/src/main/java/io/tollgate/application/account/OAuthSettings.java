package io.tollgate.application.account;

import io.tollgate.domain.account.Binding;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.PlatformCatalog;
import io.tollgate.domain.account.PlatformInfo;
import io.tollgate.domain.account.oauth.OAuthClient;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How users bind accounts here: the platforms Tollgate is a registered OAuth client of, the redirect URI those
 * registrations name, and the API base URL each platform is reached at when not its public default.
 */
public record OAuthSettings(Map<Platform, OAuthClient> clients, String redirectUri, Map<Platform, String> baseUrls) {

    public OAuthSettings {
        clients = Map.copyOf(clients);
        baseUrls = Map.copyOf(baseUrls);
    }

    public Optional<OAuthClient> client(Platform platform) {
        return Optional.ofNullable(clients.get(platform));
    }

    /** Where calls with a key-bound account go. */
    public String baseUrl(Platform platform) {
        return baseUrls.getOrDefault(platform, platform.defaultBaseUrl());
    }

    /** The catalog's bindings, plus OAuth 2.0 where a client is configured. */
    public Set<Binding> bindings(PlatformInfo info) {
        Set<Binding> bindings = EnumSet.noneOf(Binding.class);
        bindings.addAll(info.bindings());
        if (clients.containsKey(info.platform())) {
            bindings.add(Binding.OAUTH2);
        }
        return bindings;
    }

    /**
     * The platform a user means by a wire name ({@code dashscope}) or a guide name ({@code qwen}); of a guide
     * name's several platforms, the first with an OAuth client, else the first in the catalog.
     */
    public Optional<Platform> resolve(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<Platform> exact = Platform.fromWireName(name);
        if (exact.isPresent()) {
            return exact;
        }
        var family = PlatformCatalog.all().stream().filter(info -> info.family().equals(name)).map(PlatformInfo::platform).toList();
        return family.stream().filter(clients::containsKey).findFirst().or(() -> family.stream().findFirst());
    }
}
