package io.tollgate.boot;

import io.tollgate.application.account.OAuthSettings;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.oauth.OAuthClient;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The OAuth proxy's settings: {@code TOLLGATE_PUBLIC_URL} (for the redirect URI), one OAuth client per platform
 * ({@code TOLLGATE_OAUTH_<PLATFORM>_CLIENT_ID} and its siblings) and {@code TOLLGATE_PLATFORM_URLS}.
 */
final class OAuthConfig {

    static final String CALLBACK_PATH = "/api/v1/oauth/callback";

    private OAuthConfig() {}

    /** With the mock platform on and no client configured for it, mock accounts bind through {@link MockOAuthServer}. */
    static OAuthSettings from(Map<String, String> env, int port, boolean mockPlatform) {
        String publicUrl = trimSlash(text(env, "TOLLGATE_PUBLIC_URL").orElse("http://localhost:" + port));
        if (!publicUrl.startsWith("http://") && !publicUrl.startsWith("https://")) {
            throw new Config.Invalid("TOLLGATE_PUBLIC_URL must start with http:// or https://, not '" + publicUrl + "'");
        }
        Map<Platform, OAuthClient> clients = new EnumMap<>(Platform.class);
        for (Platform platform : Platform.values()) {
            client(env, platform).ifPresent(client -> clients.put(platform, client));
        }
        if (mockPlatform) {
            clients.putIfAbsent(Platform.MOCK, MockOAuthServer.client(publicUrl, port));
        }
        return new OAuthSettings(clients, publicUrl + CALLBACK_PATH, platformUrls(env));
    }

    private static Optional<OAuthClient> client(Map<String, String> env, Platform platform) {
        String prefix = "TOLLGATE_OAUTH_" + platform.name() + "_";
        Optional<String> clientId = text(env, prefix + "CLIENT_ID");
        if (clientId.isEmpty()) {
            return Optional.empty();
        }
        String authorize = text(env, prefix + "AUTHORIZE_URL").orElseThrow(() -> missing(prefix + "AUTHORIZE_URL", prefix));
        String token = text(env, prefix + "TOKEN_URL").orElseThrow(() -> missing(prefix + "TOKEN_URL", prefix));
        try {
            return Optional.of(new OAuthClient(platform, clientId.get(), text(env, prefix + "CLIENT_SECRET").orElse(""),
                    authorize, token, trimSlash(text(env, prefix + "API_URL").orElse(platform.defaultBaseUrl())),
                    text(env, prefix + "SCOPE").orElse("")));
        } catch (IllegalArgumentException invalid) {
            throw new Config.Invalid(prefix + "*: " + invalid.getMessage());
        }
    }

    /** {@code glm=https://proxy.example/v4,openai=…}: where key-bound accounts of a platform are called. */
    private static Map<Platform, String> platformUrls(Map<String, String> env) {
        Map<Platform, String> urls = new EnumMap<>(Platform.class);
        for (String pair : env.getOrDefault("TOLLGATE_PLATFORM_URLS", "").split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            Optional<Platform> platform = Platform.fromWireName(parts[0].strip().toLowerCase(Locale.ROOT));
            if (parts.length != 2 || platform.isEmpty() || !parts[1].strip().matches("https?://\\S+")) {
                throw new Config.Invalid("TOLLGATE_PLATFORM_URLS is a comma list of platform=http(s)://url, not '" + pair.strip() + "'");
            }
            urls.put(platform.get(), trimSlash(parts[1].strip()));
        }
        return urls;
    }

    private static Config.Invalid missing(String name, String prefix) {
        return new Config.Invalid(name + " is required when " + prefix + "CLIENT_ID is set");
    }

    private static Optional<String> text(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static String trimSlash(String url) {
        String trimmed = url;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
