package io.tollgate.adapter.provider.transport;

import io.tollgate.domain.account.address.UpstreamAddressRule;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** The pooled blocking HTTP/1.1 clients for platform calls, shared process-wide: one per distinct connect timeout. */
final class PlatformClients {

    static final int MAX_CONNECTIONS = 1024;
    static final int MAX_PER_PLATFORM = 512;
    // A full pool means the platform is already swamped: fail over soon rather than queue behind it.
    private static final Timeout LEASE_TIMEOUT = Timeout.ofSeconds(1);
    // Past this a pooled connection is probed before reuse, since a POST on a connection the platform closed is not retried.
    private static final TimeValue VALIDATE_AFTER = TimeValue.ofSeconds(2);
    private static final TimeValue EVICT_IDLE_AFTER = TimeValue.ofSeconds(30);
    // No retries, redirects, auth challenges or protocol upgrades: a platform call is sent once, as built.
    private static final RequestConfig DEFAULTS = RequestConfig.custom()
            .setConnectionRequestTimeout(LEASE_TIMEOUT)
            .setExpectContinueEnabled(false)
            .setRedirectsEnabled(false)
            .setAuthenticationEnabled(false)
            .setProtocolUpgradeEnabled(false)
            .setContentCompressionEnabled(false)
            .build();
    private static final RequestConfig UNTIMED_READS = RequestConfig.copy(DEFAULTS).setResponseTimeout(Timeout.DISABLED).build();

    // ConnectionConfig holds the connect timeout and the DNS resolver its address rule, per pool, not per request.
    private record Key(Duration connectTimeout, UpstreamAddressRule addresses) {}

    private static final ConcurrentMap<Key, CloseableHttpClient> CLIENTS = new ConcurrentHashMap<>();

    private PlatformClients() {}

    static CloseableHttpClient client(Duration connectTimeout, UpstreamAddressRule addresses) {
        return CLIENTS.computeIfAbsent(new Key(connectTimeout, addresses), PlatformClients::build);
    }

    /**
     * A context for one call, whose socket reads have no timeout: a watchdog bounds each wait (the headers in
     * {@link PlatformCalls}, a body in {@link Bodies}, each stream event in {@link SseStream}).
     */
    static HttpClientContext context() {
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(UNTIMED_READS);
        return context;
    }

    private static CloseableHttpClient build(Key key) {
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(key.connectTimeout()))
                .setValidateAfterInactivity(VALIDATE_AFTER)
                .build();
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_PER_PLATFORM)
                        .setDefaultConnectionConfig(connections)
                        .setDnsResolver(new GuardedDnsResolver(key.addresses()))
                        .setConnectionFactory(ChunkAwareConnections.INSTANCE)
                        .build())
                .setDefaultRequestConfig(DEFAULTS)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .evictExpiredConnections()
                .evictIdleConnections(EVICT_IDLE_AFTER)
                .build();
    }
}
