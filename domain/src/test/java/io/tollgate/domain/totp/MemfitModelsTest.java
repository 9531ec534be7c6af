package io.tollgate.domain.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which models the memfit gate covers, and how a secret shows itself. */
class MemfitModelsTest {

    @Test
    void prefixesAreMatchedLowerCased() {
        MemfitModels models = MemfitModels.parse(" Memfit- , ,yak-");

        assertTrue(models.covers("memfit-light-free"));
        assertTrue(models.covers("MEMFIT-Pro"));
        assertTrue(models.covers("yak-1"));
        assertFalse(models.covers("glm-4-flash-free"));
        assertFalse(models.covers("my-memfit-model"));
        assertFalse(MemfitModels.DEFAULT.covers(null));
    }

    @Test
    void aSecretPrintsOnlyItsFirstEightCharacters() {
        TotpSecret secret = new TotpSecret("82771765-bd51-4f2a-b719-d536b3174611");

        assertEquals("82771765...", secret.masked());
        assertFalse(secret.toString().contains("bd51"));
        assertEquals("wrong-se...", new TotpSecret("wrong-secret-12345").masked());
    }
}
