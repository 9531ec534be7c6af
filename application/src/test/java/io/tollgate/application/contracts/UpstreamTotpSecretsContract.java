package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.application.totp.UpstreamTotpSecrets;
import io.tollgate.domain.totp.TotpSecret;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UpstreamTotpSecrets} does: one secret per upstream base URL, the last one saved. */
public abstract class UpstreamTotpSecretsContract {

    private UpstreamTotpSecrets secrets;

    /** A store with no secrets. */
    protected abstract UpstreamTotpSecrets newUpstreamTotpSecrets();

    @BeforeEach
    void createSecrets() {
        secrets = newUpstreamTotpSecrets();
    }

    @Test
    void anUnknownUpstreamHasNoSecret() {
        assertEquals(Optional.empty(), secrets.forUpstream("http://127.0.0.1:1/v1"));
    }

    @Test
    void theLastSavedSecretIsKept() {
        secrets.save("http://127.0.0.1:1/v1", new TotpSecret("wrong-secret-12345"));
        TotpSecret fresh = TotpSecret.random();
        secrets.save("http://127.0.0.1:1/v1", fresh);

        assertEquals(Optional.of(fresh), secrets.forUpstream("http://127.0.0.1:1/v1"));
    }

    @Test
    void twoUpstreamsNeverOverwriteEachOther() {
        TotpSecret a = TotpSecret.random();
        TotpSecret b = TotpSecret.random();

        secrets.save("http://127.0.0.1:1/v1", a);
        secrets.save("http://127.0.0.1:2/v1", b);

        assertEquals(Optional.of(a), secrets.forUpstream("http://127.0.0.1:1/v1"));
        assertEquals(Optional.of(b), secrets.forUpstream("http://127.0.0.1:2/v1"));
    }
}
