package io.tollgate.adapter.provider.qianfan;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.errors.ErrorClassifier;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.adapter.provider.transport.Bodies;
import io.tollgate.adapter.provider.transport.Exchange;
import io.tollgate.adapter.provider.transport.PlatformCalls;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.hc.client5.http.classic.methods.HttpPost;

/** Qianfan v1 access tokens, one per account: fetched once however many calls want one, renewed a day before expiry. */
final class ErnieTokens {

    static final Duration RENEW_BEFORE = Duration.ofDays(1);
    static final String PATH = "/oauth/2.0/token";

    /** A token to call with, or why there is none. */
    sealed interface Grant {
        record Issued(String token) implements Grant {}

        record Refused(UpstreamFailure failure) implements Grant {}
    }

    private record Cached(ErnieCredential credential, String token, Instant renewAt) {}

    private final ConcurrentMap<AccountId, Cached> cache = new ConcurrentHashMap<>();
    // A lock rather than synchronized: callers may be virtual threads, which must not pin a carrier while fetching.
    private final ConcurrentMap<AccountId, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Watchdogs timer;

    private final UpstreamAddressRule addresses;

    ErnieTokens(UpstreamAddressRule addresses, Clock clock, Watchdogs timer) {
        this.addresses = addresses;
        this.clock = clock;
        this.timer = timer;
    }

    Grant get(ProviderAccount account, ErnieCredential credential, Timeouts timeouts) {
        Cached cached = cache.get(account.id());
        if (usable(cached, credential)) {
            return new Grant.Issued(cached.token());
        }
        ReentrantLock lock = locks.computeIfAbsent(account.id(), id -> new ReentrantLock());
        try {
            if (!lock.tryLock(timeouts.connect().plus(timeouts.headers()).toMillis(), TimeUnit.MILLISECONDS)) {
                return refused(FailureClass.TRANSIENT, 504, "no access token in time: another fetch is still waiting");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return refused(FailureClass.TRANSIENT, 502, "interrupted while waiting for an access token");
        }
        try {
            cached = cache.get(account.id());
            return usable(cached, credential) ? new Grant.Issued(cached.token()) : fetch(account, credential, timeouts);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets {@code token} if it is still the cached one, so many calls refused with it cause one new fetch. */
    void invalidate(AccountId account, String token) {
        cache.computeIfPresent(account, (id, cached) -> cached.token().equals(token) ? null : cached);
    }

    private boolean usable(Cached cached, ErnieCredential credential) {
        return cached != null && cached.credential().equals(credential) && clock.instant().isBefore(cached.renewAt());
    }

    private Grant fetch(ProviderAccount account, ErnieCredential credential, Timeouts timeouts) {
        String query = "?grant_type=client_credentials&client_id=" + URLEncoder.encode(credential.apiKey(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(credential.secretKey(), StandardCharsets.UTF_8);
        var endpoint = PlatformCalls.endpoint(account.baseUrl(), PATH + query);
        if (endpoint.isEmpty()) {
            return refused(FailureClass.TRANSIENT, 502, "the account's base URL is not a valid URI");
        }
        HttpPost post = new HttpPost(endpoint.get());
        post.setHeader("Accept", "application/json");
        Instant asked = clock.instant();
        UpstreamResult answer = PlatformCalls.send(post, timeouts, addresses, exchange -> read(exchange, timeouts));
        if (answer instanceof UpstreamResult.Failed failed) {
            return new Grant.Refused(failed.failure());
        }
        JsonNode reply = parse(((UpstreamResult.Completed) answer).body());
        String token = reply.path("access_token").asText("");
        if (token.isEmpty()) {
            // Baidu names a bad AK or SK in an "error" field; anything else without a token is the platform's fault.
            return reply.has("error") ? refused(FailureClass.AUTH, 401, "the AK/SK pair was refused: " + reply.path("error").asText())
                    : refused(FailureClass.TRANSIENT, 502, "the token endpoint sent no access token");
        }
        long lifetime = Math.max(0, reply.path("expires_in").asLong(0));
        // Renew a day early, or halfway through a lifetime shorter than two days.
        Duration renewAfter = Duration.ofSeconds(Math.max(lifetime - RENEW_BEFORE.toSeconds(), lifetime / 2));
        cache.put(account.id(), new Cached(credential, token, asked.plus(renewAfter)));
        return new Grant.Issued(token);
    }

    private UpstreamResult read(Exchange exchange, Timeouts timeouts) throws IOException {
        int status = exchange.status();
        byte[] body = Bodies.read(exchange, Bodies.MAX_ERROR_BODY, timeouts.idle(), timer);
        if (status >= 200 && status < 300) {
            return new UpstreamResult.Completed(body, java.util.Optional.empty(), "");
        }
        JsonNode reply = parse(body);
        String why = reply.path("error_description").asText(reply.path("error").asText("HTTP " + status));
        FailureClass failureClass = status == 429 ? FailureClass.RATE : status >= 500 ? FailureClass.TRANSIENT : FailureClass.AUTH;
        return new UpstreamResult.Failed(UpstreamFailure.of(failureClass, status, "the token endpoint refused: " + ErrorClassifier.bounded(why)));
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode reply = OpenAiShapes.JSON.readTree(body);
            return reply == null ? OpenAiShapes.JSON.createObjectNode() : reply;
        } catch (IOException notJson) {
            return OpenAiShapes.JSON.createObjectNode();
        }
    }

    private static Grant refused(FailureClass failureClass, int status, String message) {
        return new Grant.Refused(UpstreamFailure.of(failureClass, status, message));
    }
}
