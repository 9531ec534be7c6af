package io.tollgate.adapter.http.memfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tollgate.domain.totp.TotpSecret;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gate's side of the memfit wire: the served secret, the header's decoding, the key for authenticator apps. */
class MemfitWireTest {

    @Test
    void theUuidBodyIsAibalancesByteForByte() {
        assertEquals("{\"format\":\"MEMFIT-AI<uuid>MEMFIT-AI\",\"uuid\":\"MEMFIT-AI82771765-bd51-4f2a-b719-d536b3174611MEMFIT-AI\"}",
                MemfitWire.uuidBody(new TotpSecret("82771765-bd51-4f2a-b719-d536b3174611")));
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
}
