package io.tollgate.adapter.provider.memfit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.totp.TotpSecret;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client's side of the memfit wire: the secret it is served, wrapped. */
class MemfitWireTest {

    @Test
    void unwrappingStripsThePrefixAndTheSuffixOnly() {
        assertEquals(Optional.of(new TotpSecret("82771765-bd51-4f2a-b719-d536b3174611")),
                MemfitWire.unwrap("MEMFIT-AI82771765-bd51-4f2a-b719-d536b3174611MEMFIT-AI"));
        assertEquals(Optional.empty(), MemfitWire.unwrap("MEMFIT-AIMEMFIT-AI"));
        assertEquals(Optional.empty(), MemfitWire.unwrap(null));
    }

    @Test
    void theHeaderIsStandardBase64OfTheCodesDigits() {
        assertEquals("NjM1NTQ3", MemfitWire.header("635547"));
    }
}
