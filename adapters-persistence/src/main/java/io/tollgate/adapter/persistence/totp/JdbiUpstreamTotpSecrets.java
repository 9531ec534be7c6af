package io.tollgate.adapter.persistence.totp;

import io.tollgate.application.totp.UpstreamTotpSecrets;
import io.tollgate.domain.totp.TotpSecret;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The memfit secrets this Tollgate got from its aibalance-compatible upstreams, one row per base URL. */
final class JdbiUpstreamTotpSecrets implements UpstreamTotpSecrets {

    private final Jdbi jdbi;

    JdbiUpstreamTotpSecrets(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<TotpSecret> forUpstream(String baseUrl) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT secret FROM upstream_totp_secrets WHERE base_url = :url")
                .bind("url", baseUrl).mapTo(String.class).findOne().map(TotpSecret::new));
    }

    @Override
    public void save(String baseUrl, TotpSecret secret) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO upstream_totp_secrets (base_url, secret) VALUES (:url, :secret)
                        ON CONFLICT (base_url) DO UPDATE SET secret = excluded.secret, changed_at = now()""")
                .bind("url", baseUrl).bind("secret", secret.value()).execute());
    }
}
