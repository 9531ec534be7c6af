package io.tollgate.adapter.provider.glm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Zhipu's short-lived HS256 token, made from an {@code id.secret} API key. */
final class GlmToken {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = B64.encodeToString(
            "{\"alg\":\"HS256\",\"sign_type\":\"SIGN\"}".getBytes(StandardCharsets.UTF_8));

    private GlmToken() {}

    /** Whether the key has the {@code id.secret} shape (one dot, both sides non-empty). */
    static boolean isApiKey(String credential) {
        int dot = credential.indexOf('.');
        return dot > 0 && dot < credential.length() - 1 && credential.indexOf('.', dot + 1) < 0;
    }

    static String sign(String apiKey, Instant now) {
        int dot = apiKey.indexOf('.');
        String id = apiKey.substring(0, dot);
        byte[] secret = apiKey.substring(dot + 1).getBytes(StandardCharsets.UTF_8);
        ObjectNode payload = JSON.createObjectNode()
                .put("api_key", id)
                .put("exp", now.plus(LIFETIME).toEpochMilli())
                .put("timestamp", now.toEpochMilli());
        String signingInput = HEADER + "." + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + B64.encodeToString(hmac(secret, signingInput));
    }

    static byte[] hmac(byte[] secret, String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException("HmacSHA256 is unavailable", missingFromTheJdk);
        }
    }
}
