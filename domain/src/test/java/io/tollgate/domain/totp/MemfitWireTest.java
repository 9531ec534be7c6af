package io.tollgate.domain.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemfitWireTest {

    @Test
    void theUuidBodyIsAibalancesByteForByte() {
        assertEquals("{\"format\":\"MEMFIT-AI<uuid>MEMFIT-AI\",\"uuid\":\"MEMFIT-AI82771765-bd51-4f2a-b719-d536b3174611MEMFIT-AI\"}",
                MemfitWire.uuidBody(new TotpSecret("82771765-bd51-4f2a-b719-d536b3174611")));
    }

    @Test
    void unwrappingStripsThePrefixAndTheSuffixOnly() {
        assertEquals(Optional.of(new TotpSecret("82771765-bd51-4f2a-b719-d536b3174611")),
                MemfitWire.unwrap("MEMFIT-AI82771765-bd51-4f2a-b719-d536b3174611MEMFIT-AI"));
        assertEquals(Optional.empty(), MemfitWire.unwrap("MEMFIT-AIMEMFIT-AI"));
        assertEquals(Optional.empty(), MemfitWire.unwrap(null));
    }

    @Test
    void headerDecodingIsStrictStandardBase64() {
        assertEquals(Optional.of("635547"), MemfitWire.decode("NjM1NTQ3"));
        assertFalse(MemfitWire.decode("NjM1NTQ3!").isPresent());
        assertFalse(MemfitWire.decode("not base64 at all").isPresent());
        assertFalse(MemfitWire.decode("NjM1NTQ").isPresent(), "missing padding is refused");
    }

    @Test
    void base32ForAuthenticatorAppsFollowsRfc4648WithPadding() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", MemfitWire.base32(new TotpSecret("12345678901234567890")));
        assertEquals("MZXW6===", MemfitWire.base32(new TotpSecret("foo")));
        assertEquals("MZXW6YQ=", MemfitWire.base32(new TotpSecret("foob")));
    }

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
