package io.tollgate.domain.account;

import java.util.Objects;

/**
 * Tollgate's registration as an OAuth 2.0 client of one platform: where users authorize, where codes and refresh
 * tokens are exchanged, and the API base URL the issued access tokens are good for.
 */
public record OAuthClient(Platform platform, String clientId, String clientSecret, String authorizeUrl,
                          String tokenUrl, String apiBaseUrl, String scope) {

    public OAuthClient {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(scope, "scope");
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("an OAuth client has a client id");
        }
        for (String url : new String[] {authorizeUrl, tokenUrl, apiBaseUrl}) {
            if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
                throw new IllegalArgumentException("OAuth URLs start with http:// or https://");
            }
        }
    }

    @Override
    public String toString() {
        return "OAuthClient[" + platform.wireName() + ", clientId=" + clientId + ", tokenUrl=" + tokenUrl + "]";
    }
}
