package io.tollgate.adapter.provider.memfit;

import io.tollgate.domain.totp.TotpSecret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The memfit wire format as aibalance's client sees it: the wrapped secret it is served, the header it sends. */
final class MemfitWire {

    static final String HEADER = "X-Memfit-OTP-Auth";
    static final String WRAPPER = "MEMFIT-AI";
    static final String REQUIRED_TYPE = "memfit_totp_auth_required";
    static final String FAILED_TYPE = "memfit_totp_auth_failed";

    private MemfitWire() {}

    /** The secret inside a served {@code uuid} value, without the wrapper; empty when nothing is left. */
    static Optional<TotpSecret> unwrap(String served) {
        if (served == null) {
            return Optional.empty();
        }
        String value = served.strip();
        if (value.startsWith(WRAPPER)) {
            value = value.substring(WRAPPER.length());
        }
        if (value.endsWith(WRAPPER)) {
            value = value.substring(0, value.length() - WRAPPER.length());
        }
        try {
            return Optional.of(new TotpSecret(value));
        } catch (IllegalArgumentException notASecret) {
            return Optional.empty();
        }
    }

    /** The header value for a code: standard base64, with padding, of its ASCII digits. */
    static String header(String code) {
        return Base64.getEncoder().encodeToString(code.getBytes(StandardCharsets.US_ASCII));
    }
}
