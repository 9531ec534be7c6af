package io.tollgate.adapter.persistence.totp;

import io.tollgate.application.totp.TotpSecrets;
import io.tollgate.application.totp.UpstreamTotpSecrets;
import org.jdbi.v3.core.Jdbi;

/** The TOTP context's tables: the server's memfit secret and the ones got from upstreams. */
public final class TotpStorage {

    private final TotpSecrets totpSecrets;
    private final UpstreamTotpSecrets upstreamTotpSecrets;

    public TotpStorage(Jdbi jdbi) {
        this.totpSecrets = new JdbiTotpSecrets(jdbi);
        this.upstreamTotpSecrets = new JdbiUpstreamTotpSecrets(jdbi);
    }

    /** The server's memfit TOTP secret. */
    public TotpSecrets totpSecrets() {
        return totpSecrets;
    }

    /** The memfit TOTP secrets got from aibalance-compatible upstreams. */
    public UpstreamTotpSecrets upstreamTotpSecrets() {
        return upstreamTotpSecrets;
    }
}
