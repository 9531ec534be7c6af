package io.tollgate.domain.account.oauth;

import io.tollgate.domain.account.Platform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** Where to send the user's browser: the authorization endpoint with the code flow's query (RFC 6749 §4.1.1, RFC 7636 §4.3). */
    public String authorizationUrl(String redirectUri, String state, String codeChallenge) {
        return authorizeUrl + (authorizeUrl.contains("?") ? "&" : "?") + "response_type=code"
                + "&client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(redirectUri)
                + (scope.isBlank() ? "" : "&scope=" + encode(scope))
                + "&state=" + encode(state)
                + "&code_challenge=" + encode(codeChallenge)
                + "&code_challenge_method=S256";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "OAuthClient[" + platform.wireName() + ", clientId=" + clientId + ", tokenUrl=" + tokenUrl + "]";
    }
}
