package io.tollgate.adapter.provider;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.totp.MemfitModels;
import io.tollgate.domain.totp.MemfitWire;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The OpenAI-compatible family (OpenAI, DashScope, Qianfan v2, GLM v4, Spark HTTP) over the JDK HTTP client. */
final class OpenAiCompatibleProvider implements ChatProvider {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleProvider.class);
    private static final Set<Platform> PLATFORMS =
            EnumSet.of(Platform.OPENAI, Platform.DASHSCOPE, Platform.QIANFAN, Platform.GLM, Platform.SPARK, Platform.AIBALANCE);

    private final Timeouts defaults;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final MemfitClient memfit;
    // One client per connect timeout, as the JDK sets it per client; in practice one client for all accounts.
    private final ConcurrentMap<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    OpenAiCompatibleProvider(Timeouts defaults, Clock clock, ScheduledExecutorService timer) {
        this(defaults, clock, timer, new MemfitClient(MemfitModels.DEFAULT,
                new MemfitSecrets(new MemoryUpstreamTotpSecrets(), new MemfitSecretFetcher(defaults.connect())), clock));
    }

    OpenAiCompatibleProvider(Timeouts defaults, Clock clock, ScheduledExecutorService timer, MemfitClient memfit) {
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
            return new UpstreamResult.Failed(new UpstreamFailure(FailureClass.CLIENT, 400, "the request body is not a JSON object",
                    Optional.empty(), "application/json",
                    "{\"error\":{\"message\":\"the request body is not a JSON object\",\"type\":\"invalid_request_error\"}}".getBytes(StandardCharsets.UTF_8)));
        }
        URI endpoint;
        try {
            endpoint = URI.create(account.baseUrl().replaceAll("/+$", "") + "/chat/completions");
        } catch (IllegalArgumentException badUrl) {
            return failed(FailureClass.TRANSIENT, 502, "the account's base URL is not a valid URI");
        }
        HttpRequest http;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                    .timeout(timeouts.headers())
                    .header("Content-Type", "application/json")
                    .header("Accept", request.stream() ? "text/event-stream" : "application/json")
                    .header("Authorization", authorization(account, request.credential()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.get()));
            memfitHeader.ifPresent(value -> builder.header(MemfitWire.HEADER, value));
            http = builder.build();
        } catch (IllegalArgumentException badHeader) {
            return failed(FailureClass.AUTH, 401, "the credential is not a valid header value");
        }
        try {
            HttpResponse<InputStream> response = client(timeouts.connect()).send(http, HttpResponse.BodyHandlers.ofInputStream());
            return new ResponseReader(account.platform(), request.credential(), timeouts, clock, timer).read(response, request.stream());
        } catch (HttpConnectTimeoutException slowConnect) {
            return failed(FailureClass.TRANSIENT, 504, "no connection within " + timeouts.connect().toMillis() + " ms");
        } catch (HttpTimeoutException slowHeaders) {
            return failed(FailureClass.TRANSIENT, 504, "no response within " + timeouts.headers().toMillis() + " ms");
        } catch (ConnectException refused) {
            return failed(FailureClass.TRANSIENT, 502, "the platform refused the connection");
        } catch (IOException broken) {
            return failed(FailureClass.TRANSIENT, 502, "the connection failed: " + broken.getClass().getSimpleName());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return failed(FailureClass.TRANSIENT, 502, "the call was interrupted");
        }
    }

    private String authorization(ProviderAccount account, String credential) {
        boolean raw = "raw".equalsIgnoreCase(account.options().getOrDefault("glmAuth", ""));
        if (account.platform() == Platform.GLM && !raw && GlmToken.isApiKey(credential)) {
            return "Bearer " + GlmToken.sign(credential, clock.instant());
        }
        return "Bearer " + credential;
    }

    private HttpClient client(Duration connectTimeout) {
        // HTTP/1.1 only: on plain http:// the JDK would otherwise try an h2c upgrade some servers mishandle.
        return clients.computeIfAbsent(connectTimeout, timeout -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    static UpstreamResult failed(FailureClass failureClass, int status, String message) {
        return new UpstreamResult.Failed(UpstreamFailure.of(failureClass, status, message));
    }
}
