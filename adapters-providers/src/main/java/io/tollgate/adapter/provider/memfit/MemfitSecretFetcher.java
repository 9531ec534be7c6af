package io.tollgate.adapter.provider.memfit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.provider.transport.Addresses;
import io.tollgate.adapter.provider.transport.PlatformCalls;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.totp.TotpSecret;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gets an aibalance-compatible upstream's memfit secret from its public {@code /v1/memfit-totp-uuid}. */
public final class MemfitSecretFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(MemfitSecrets.LOGGER);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 16 * 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final UpstreamAddressRule addresses;

    public MemfitSecretFetcher(Duration timeout) {
        this(timeout, Addresses.OPEN);
    }

    public MemfitSecretFetcher(Duration timeout, UpstreamAddressRule addresses) {
        this.timeout = timeout;
        this.addresses = addresses;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The endpoint for an account's base URL: its {@code /v1} (if any) is the one the path starts with. */
    static URI endpoint(String baseUrl) {
        String root = PlatformCalls.withoutTrailingSlashes(baseUrl);
        root = root.endsWith("/v1") ? root.substring(0, root.length() - 3) : root;
        return URI.create(root + "/v1/memfit-totp-uuid");
    }

    Optional<TotpSecret> fetch(String baseUrl) {
        URI endpoint;
        try {
            endpoint = endpoint(baseUrl);
        } catch (IllegalArgumentException badUrl) {
            LOG.warn("Cannot fetch a TOTP secret: the base URL is not a valid URI");
            return Optional.empty();
        }
        // The JDK client has no resolver hook: the host is checked just before the call instead.
        Optional<String> refused = addresses.refusal(endpoint.toString(), Addresses.system());
        if (refused.isPresent()) {
            LOG.warn("Cannot fetch a TOTP secret: {}", refused.get());
            return Optional.empty();
        }
        LOG.info("Fetching TOTP UUID from: {}", endpoint);
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(endpoint).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BODY);
            }
            if (response.statusCode() != 200) {
                LOG.warn("Fetching the TOTP UUID failed: HTTP {}", response.statusCode());
                return Optional.empty();
            }
            JsonNode uuid = JSON.readTree(body).path("uuid");
            Optional<TotpSecret> secret = uuid.isTextual() ? MemfitWire.unwrap(uuid.asText()) : Optional.empty();
            if (secret.isEmpty()) {
                LOG.warn("Fetching the TOTP UUID failed: the reply has no usable 'uuid'");
            } else {
                LOG.info("Successfully fetched TOTP secret from server");
            }
            return secret;
        } catch (IOException broken) {
            LOG.warn("Fetching the TOTP UUID failed: {}", broken.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
