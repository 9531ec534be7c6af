package io.tollgate.adapter.provider;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anthropic's Messages API, spoken to in OpenAI's format: requests, replies and streams translated both ways. */
final class AnthropicProvider implements ChatProvider {

    static final String VERSION = "2023-06-01";
    private static final Logger LOG = LoggerFactory.getLogger(AnthropicProvider.class);
    private static final ContentType JSON = ContentType.create("application/json");

    private final Timeouts defaults;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    AnthropicProvider(Timeouts defaults, Clock clock, ScheduledExecutorService timer) {
        this.defaults = defaults;
        this.clock = clock;
        this.timer = timer;
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.ANTHROPIC);
    }

    @Override
    public UpstreamResult call(UpstreamRequest request) {
        try {
            return send(request);
        } catch (RuntimeException fault) {
            LOG.warn("Call to {} failed unexpectedly", request, fault);
            return OpenAiCompatibleProvider.failed(FailureClass.TRANSIENT, 502, "the call failed: " + fault.getClass().getSimpleName());
        }
    }

    private UpstreamResult send(UpstreamRequest request) {
        ProviderAccount account = request.account();
        Timeouts timeouts = defaults.overriddenBy(account.options());
        Optional<byte[]> body = AnthropicRequest.translate(request);
        if (body.isEmpty()) {
            String message = "the request body is not a JSON object with a messages array";
            return new UpstreamResult.Failed(new UpstreamFailure(FailureClass.CLIENT, 400, message, Optional.empty(), "application/json",
                    ("{\"error\":{\"message\":\"" + message + "\",\"type\":\"invalid_request_error\"}}").getBytes(StandardCharsets.UTF_8)));
        }
        URI endpoint;
        try {
            endpoint = URI.create(account.baseUrl().replaceAll("/+$", "") + "/messages");
        } catch (IllegalArgumentException badUrl) {
            return OpenAiCompatibleProvider.failed(FailureClass.TRANSIENT, 502, "the account's base URL is not a valid URI");
        }
        HttpPost post = new HttpPost(endpoint);
        post.setHeader("Accept", request.stream() ? "text/event-stream" : "application/json");
        post.setHeader("x-api-key", request.credential());
        post.setHeader("anthropic-version", VERSION);
        if (!HeaderValues.valid(post)) {
            return OpenAiCompatibleProvider.failed(FailureClass.AUTH, 401, "the credential is not a valid header value");
        }
        post.setEntity(new ByteArrayEntity(body.get(), JSON));
        try {
            return exchange(post, request, timeouts);
        } catch (ConnectTimeoutException slowConnect) {
            return OpenAiCompatibleProvider.failed(FailureClass.TRANSIENT, 504, "no connection within " + timeouts.connect().toMillis() + " ms");
        } catch (SocketTimeoutException slowHeaders) {
            return OpenAiCompatibleProvider.failed(FailureClass.TRANSIENT, 504, "no response within " + timeouts.headers().toMillis() + " ms");
        } catch (ConnectException refused) {
            return OpenAiCompatibleProvider.failed(FailureClass.TRANSIENT, 502, "the platform refused the connection");
        } catch (IOException broken) {
            return OpenAiCompatibleProvider.failed(FailureClass.TRANSIENT, 502, "the connection failed: " + broken.getClass().getSimpleName());
        }
    }

    private UpstreamResult exchange(HttpPost post, UpstreamRequest request, Timeouts timeouts) throws IOException {
        try {
            ClassicHttpResponse response = PlatformClients.client(timeouts.connect())
                    .executeOpen(null, post, PlatformClients.context(timeouts));
            ResponseReader reader = new ResponseReader(Platform.ANTHROPIC, request.credential(), timeouts, clock, timer);
            return new AnthropicResponses(reader, timeouts.idle(), clock.instant().getEpochSecond(), timer)
                    .read(new Exchange(post, response), request.stream());
        } catch (IOException | RuntimeException failure) {
            // Whatever went wrong, the connection must neither stay leased nor go back to the pool half-read.
            post.cancel();
            throw failure;
        }
    }
}
