package io.tollgate.application.fakes;

import io.tollgate.domain.account.oauth.OAuthClient;
import io.tollgate.domain.account.oauth.OAuthTokenEndpoint;
import io.tollgate.domain.account.oauth.TokenReply;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A token endpoint that answers what the test queued, in order, and remembers what it was asked; with nothing
 * queued it answers {@link TokenReply.Unreachable}.
 */
public final class FakeOAuthTokenEndpoint implements OAuthTokenEndpoint {

    /** One code exchange as the endpoint received it. */
    public record Exchange(String clientId, String code, String codeVerifier, String redirectUri) {}

    private final Deque<TokenReply> replies = new ArrayDeque<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<String> refreshes = new ArrayList<>();

    /** Queues the next reply to a code exchange or a refresh. */
    public synchronized FakeOAuthTokenEndpoint willReply(TokenReply reply) {
        replies.add(reply);
        return this;
    }

    @Override
    public synchronized TokenReply exchangeCode(OAuthClient client, String code, String codeVerifier, String redirectUri) {
        exchanges.add(new Exchange(client.clientId(), code, codeVerifier, redirectUri));
        return next();
    }

    @Override
    public synchronized TokenReply refresh(OAuthClient client, String refreshToken) {
        refreshes.add(refreshToken);
        return next();
    }

    public synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** The refresh tokens it was asked to renew, in order. */
    public synchronized List<String> refreshes() {
        return List.copyOf(refreshes);
    }

    private TokenReply next() {
        TokenReply reply = replies.poll();
        return reply != null ? reply : new TokenReply.Unreachable("nothing queued in the fake endpoint");
    }
}
