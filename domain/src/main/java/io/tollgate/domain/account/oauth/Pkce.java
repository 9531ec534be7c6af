package io.tollgate.domain.account.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The random values of an authorization-code flow (RFC 7636 PKCE with S256, and the state) and their digests. */
public final class Pkce {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pkce() {}

    /** 32 random bytes, base64url without padding: 43 characters, as RFC 7636 recommends for a verifier. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code BASE64URL(SHA256(ASCII(verifier)))}: the S256 code challenge. */
    public static String challenge(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
    }

    /** Hex SHA-256, for storing a state by a value that cannot be turned back into it. */
    public static String hash(String value) {
        return HexFormat.of().formatHex(sha256(value));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException jdkWithoutSha256) {
            throw new IllegalStateException(jdkWithoutSha256);
        }
    }
}
