package io.tollgate.adapter.http.memfit;

import io.tollgate.domain.totp.Base32;
import io.tollgate.domain.totp.TotpSecret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The memfit wire format as aibalance's gate serves it: the wrapped secret, the header and the two error bodies. */
final class MemfitWire {

    static final String HEADER = "X-Memfit-OTP-Auth";
    static final String WRAPPER = "MEMFIT-AI";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    static final String REQUIRED_TYPE = "memfit_totp_auth_required";
    static final String FAILED_TYPE = "memfit_totp_auth_failed";
    static final String REQUIRED_BODY = "{\"error\":{\"message\":\"Memfit TOTP authentication required. Please provide "
            + "X-Memfit-OTP-Auth header with base64 encoded TOTP code.\",\"type\":\"memfit_totp_auth_required\"}}";
    static final String FAILED_BODY = "{\"error\":{\"message\":\"Memfit TOTP authentication failed. Please refresh your "
            + "TOTP secret and try again.\",\"type\":\"memfit_totp_auth_failed\"}}";

    private MemfitWire() {}

    /** The body of {@code /v1/memfit-totp-uuid}. */
    static String uuidBody(TotpSecret secret) {
        return "{\"format\":\"MEMFIT-AI<uuid>MEMFIT-AI\",\"uuid\":\"" + WRAPPER + secret.value() + WRAPPER + "\"}";
    }

    /** The key as an authenticator app takes it: RFC 4648 base32 of the secret's ASCII bytes, with padding. */
    static String base32(TotpSecret secret) {
        StringBuilder padded = new StringBuilder(Base32.encode(secret.key()));
        while (padded.length() % 8 != 0) {
            padded.append('=');
        }
        return padded.toString();
    }

    /** The header value for a code: standard base64, with padding, of its ASCII digits. */
    static String header(String code) {
        return Base64.getEncoder().encodeToString(code.getBytes(StandardCharsets.US_ASCII));
    }

    /** The code a header carries, or empty when it is not strict standard base64. */
    static Optional<String> decode(String header) {
        String text = header.strip();
        // The JDK decoder accepts missing padding; Go's StdEncoding, which aibalance uses, does not.
        if (text.length() % 4 != 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getDecoder().decode(text), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
