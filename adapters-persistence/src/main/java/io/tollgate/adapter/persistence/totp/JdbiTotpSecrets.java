package io.tollgate.adapter.persistence.totp;

import io.tollgate.application.totp.TotpSecrets;
import io.tollgate.domain.totp.TotpSecret;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The server's memfit secret: one row, created by whichever node gets there first. */
final class JdbiTotpSecrets implements TotpSecrets {

    private final Jdbi jdbi;

    JdbiTotpSecrets(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<TotpSecret> current() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT secret FROM memfit_totp_secret WHERE id = 1")
                .mapTo(String.class).findOne().map(TotpSecret::new));
    }

    @Override
    public TotpSecret createIfAbsent(TotpSecret candidate) {
        return jdbi.withHandle(handle -> {
            handle.createUpdate("INSERT INTO memfit_totp_secret (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING")
                    .bind("secret", candidate.value()).execute();
            return handle.createQuery("SELECT secret FROM memfit_totp_secret WHERE id = 1").mapTo(String.class).one();
        }).transform(TotpSecret::new);
    }

    @Override
    public void replace(TotpSecret secret) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO memfit_totp_secret (id, secret) VALUES (1, :secret)
                        ON CONFLICT (id) DO UPDATE SET secret = excluded.secret, changed_at = now()""")
                .bind("secret", secret.value()).execute());
    }
}
