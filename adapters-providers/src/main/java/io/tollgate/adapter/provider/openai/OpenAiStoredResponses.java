package io.tollgate.adapter.provider.openai;

import io.tollgate.adapter.provider.transport.Authorization;
import io.tollgate.adapter.provider.transport.Bodies;
import io.tollgate.adapter.provider.transport.PlatformCalls;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.application.relay.stored.ResponseUpstream;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.relay.UpstreamResult;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * {@code GET} and {@code DELETE <base>/responses/{id}} on an OpenAI account, authorised as its Responses calls are;
 * whatever status the platform answers is passed back with its body.
 */
public final class OpenAiStoredResponses implements ResponseUpstream {

    private final Timeouts timeouts;
    private final UpstreamAddressRule addresses;
    private final Clock clock;
    private final Watchdogs timer;
    private final Authorization authorization;

    public OpenAiStoredResponses(Timeouts timeouts, UpstreamAddressRule addresses, Clock clock, Watchdogs timer,
                                 Authorization authorization) {
        this.timeouts = timeouts;
        this.addresses = addresses;
        this.clock = clock;
        this.timer = timer;
        this.authorization = authorization;
    }

    @Override
    public Optional<Answer> send(ProviderAccount account, String credential, Verb verb, String responseId) {
        Optional<URI> endpoint = PlatformCalls.endpoint(account.baseUrl(),
                "/responses/" + URLEncoder.encode(responseId, StandardCharsets.UTF_8));
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        Timeouts own = timeouts.overriddenBy(account.options());
        HttpUriRequestBase request = verb == Verb.GET ? new HttpGet(endpoint.get()) : new HttpDelete(endpoint.get());
        request.setHeader("Accept", "application/json");
        request.setHeader("Authorization", authorization.header(account, credential));
        int[] status = {0};
        UpstreamResult result = PlatformCalls.send(request, own, addresses, exchange -> {
            status[0] = exchange.status();
            byte[] body = Bodies.read(exchange, Bodies.MAX_REPLY, own.idleFrom(clock.instant()), timer);
            return new UpstreamResult.Completed(body, Optional.empty(), "", "application/json", OptionalLong.empty());
        });
        return result instanceof UpstreamResult.Completed completed ? Optional.of(new Answer(status[0], completed.body()))
                : Optional.empty();
    }
}
