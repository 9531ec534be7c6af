package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.totp.TotpSecrets;
import io.tollgate.domain.totp.TotpSecret;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TotpSecrets} does: one secret, created once even by racing nodes, replaced by rotation. */
public abstract class TotpSecretsContract {

    private TotpSecrets secrets;

    /** A store with no secret yet. */
    protected abstract TotpSecrets newTotpSecrets();

    @BeforeEach
    void createSecrets() {
        secrets = newTotpSecrets();
    }

    @Test
    void thereIsNoSecretAtFirst() {
        assertEquals(Optional.empty(), secrets.current());
    }

    @Test
    void theFirstCandidateWinsAndLaterOnesGetIt() {
        TotpSecret first = TotpSecret.random();

        assertEquals(first, secrets.createIfAbsent(first));
        assertEquals(first, secrets.createIfAbsent(TotpSecret.random()));
        assertEquals(Optional.of(first), secrets.current());
    }

    @Test
    void replacingRotatesTheSecret() {
        secrets.createIfAbsent(TotpSecret.random());
        TotpSecret fresh = TotpSecret.random();

        secrets.replace(fresh);

        assertEquals(Optional.of(fresh), secrets.current());
    }

    @Test
    void racingCreatorsAllGetTheSameSecret() {
        List<TotpSecret> got = Concurrently.run(20, i -> secrets.createIfAbsent(TotpSecret.random()));

        assertEquals(1, new HashSet<>(got).size());
        assertTrue(secrets.current().isPresent());
        assertEquals(got.get(0), secrets.current().get());
    }
}
