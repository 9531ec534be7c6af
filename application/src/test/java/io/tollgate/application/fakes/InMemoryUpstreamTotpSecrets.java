package io.tollgate.application.fakes;

import io.tollgate.application.totp.UpstreamTotpSecrets;
import io.tollgate.domain.totp.TotpSecret;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The client's upstream memfit secrets in memory. */
public final class InMemoryUpstreamTotpSecrets implements UpstreamTotpSecrets {

    private final Map<String, TotpSecret> byBaseUrl = new ConcurrentHashMap<>();

    @Override
    public Optional<TotpSecret> forUpstream(String baseUrl) {
        return Optional.ofNullable(byBaseUrl.get(baseUrl));
    }

    @Override
    public void save(String baseUrl, TotpSecret secret) {
        byBaseUrl.put(baseUrl, secret);
    }
}
