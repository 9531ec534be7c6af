package io.tollgate.domain.totp;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A memfit TOTP secret: a string whose ASCII bytes are the HMAC key (a server makes a random UUID; a client
 * keeps whatever its upstream served). Printing it shows only the first 8 characters.
 */
public record TotpSecret(String value) {

    public TotpSecret {
        if (value == null || value.isBlank() || value.length() > 200 || !StandardCharsets.US_ASCII.newEncoder().canEncode(value)) {
            throw new IllegalArgumentException("a TOTP secret is 1 to 200 ASCII characters");
        }
    }

    /** A new server secret: a random UUID v4 in its canonical lowercase form. */
    public static TotpSecret random() {
        return new TotpSecret(UUID.randomUUID().toString());
    }

    /** The HMAC key: the string's ASCII bytes, not base32-decoded, not the UUID's 16 bytes. */
    public byte[] key() {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    /** The first 8 characters and an ellipsis, for logs. */
    public String masked() {
        return value.length() <= 8 ? value + "..." : value.substring(0, 8) + "...";
    }

    @Override
    public String toString() {
        return "TotpSecret[" + masked() + "]";
    }
}
