package io.tollgate.adapter.provider;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.totp.MemfitWire;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The OpenAI-compatible family (OpenAI, DashScope, Qianfan v2, GLM v4, Spark HTTP) over pooled blocking HTTP/1.1. */
final class OpenAiCompatibleProvider implements ChatProvider {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleProvider.class);
    private static final ContentType JSON = ContentType.create("application/json");
    private static final Set<Platform> PLATFORMS =
            EnumSet.of(Platform.OPENAI, Platform.DASHSCOPE, Platform.QIANFAN, Platform.GLM, Platform.SPARK, Platform.AIBALANCE);

    private final Timeouts defaults;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final MemfitClient memfit;
    private final UpstreamAddressRule addresses;

    OpenAiCompatibleProvider(Timeouts defaults, Clock clock, ScheduledExecutorService timer, MemfitClient memfit) {
        this(defaults, Providers.OPEN_ADDRESSES, clock, timer, memfit);
    }

    OpenAiCompatibleProvider(Timeouts defaults, UpstreamAddressRule addresses, Clock clock, ScheduledExecutorService timer,
                             MemfitClient memfit) {
        this.addresses = addresses;
        this.defaults = defaults;
        this.clock = clock;
        this.timer = timer;
        this.memfit = memfit;
    }

    @Override
    public Set<Platform> platforms() {
        return PLATFORMS;
    }

    @Override
    public UpstreamResult call(UpstreamRequest request) {
        try {
            return memfit.covers(request) ? memfit.call(request, header -> send(request, Optional.of(header)))
                    : send(request, Optional.empty());
        } catch (RuntimeException fault) {
            LOG.warn("Call to {} failed unexpectedly", request, fault);
            return failed(FailureClass.TRANSIENT, 502, "the call failed: " + fault.getClass().getSimpleName());
        }
    }

    private UpstreamResult send(UpstreamRequest request, Optional<String> memfitHeader) {
        ProviderAccount account = request.account();
        Timeouts timeouts = defaults.overriddenBy(account.options());
        Optional<byte[]> body = RequestRewriter.rewrite(request);
        if (body.isEmpty()) {
            return PlatformCalls.notAChatRequest();
        }
        Optional<URI> endpoint = PlatformCalls.endpoint(account.baseUrl(), "/chat/completions");
        if (endpoint.isEmpty()) {
            return failed(FailureClass.TRANSIENT, 502, "the account's base URL is not a valid URI");
        }
        HttpPost post = new HttpPost(endpoint.get());
        post.setHeader("Accept", request.stream() ? "text/event-stream" : "application/json");
        post.setHeader("Authorization", authorization(account, request.credential()));
        memfitHeader.ifPresent(value -> post.setHeader(MemfitWire.HEADER, value));
        post.setEntity(new ByteArrayEntity(body.get(), JSON));
        return PlatformCalls.send(post, timeouts, addresses, exchange -> new ResponseReader(account.platform(), request.credential(), timeouts,
                clock, timer).read(exchange, request.stream()));
    }

    private String authorization(ProviderAccount account, String credential) {
        boolean raw = "raw".equalsIgnoreCase(account.options().getOrDefault("glmAuth", ""));
        if (account.platform() == Platform.GLM && !raw && GlmToken.isApiKey(credential)) {
            return "Bearer " + GlmToken.sign(credential, clock.instant());
        }
        return "Bearer " + credential;
    }

    static UpstreamResult failed(FailureClass failureClass, int status, String message) {
        return new UpstreamResult.Failed(UpstreamFailure.of(failureClass, status, message));
    }
}
