package io.tollgate.domain.shareauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Share-link rules: the no-login URL behind a Referer, and FastGPT's self-made tokens. */
public final class ShareUrl {

    private ShareUrl() {}

    /** The Referer with its {@code authToken} parameters removed; empty when it is not a URL. */
    public static Optional<String> noLoginUrl(String referer) {
        if (referer == null || referer.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer.strip());
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return Optional.empty();
            }
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(part -> !part.isEmpty() && !part.split("=", 2)[0].equals("authToken"))
                    .collect(Collectors.joining("&"));
            String base = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
            return Optional.of(query == null || query.isEmpty() ? base : base + "?" + query);
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }

    /** A workflow's share URL as stored: without authToken; an unparseable one is an input error. */
    static Optional<String> normalizedNoLoginUrl(Optional<String> url) {
        return url.filter(u -> !u.isBlank()).map(u -> noLoginUrl(u)
                .orElseThrow(() -> new IllegalArgumentException("the share URL is not an absolute URL: " + u)));
    }

    /** FastGPT makes {@code shareChat-<ms>-<24 chars>} when a link has no authToken: never a credential. */
    public static boolean isFastGptGeneratedToken(String token) {
        return token != null && token.startsWith("shareChat-");
    }
}
