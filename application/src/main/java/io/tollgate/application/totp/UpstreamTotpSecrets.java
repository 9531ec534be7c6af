package io.tollgate.application.totp;

import io.tollgate.domain.totp.TotpSecret;
import java.util.Optional;

/** The secrets Tollgate, as a client, last got from each aibalance-compatible upstream, keyed by its base URL. */
public interface UpstreamTotpSecrets {

    Optional<TotpSecret> forUpstream(String baseUrl);

    /** Keeps {@code secret} for {@code baseUrl}, replacing any earlier one. */
    void save(String baseUrl, TotpSecret secret);
}
