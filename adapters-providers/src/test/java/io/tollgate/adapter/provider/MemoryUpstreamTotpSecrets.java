package io.tollgate.adapter.provider;

import io.tollgate.application.totp.UpstreamTotpSecrets;
import io.tollgate.domain.totp.TotpSecret;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Upstream memfit secrets kept only for the life of the process, when no database is given. */
public final class MemoryUpstreamTotpSecrets implements UpstreamTotpSecrets {

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
