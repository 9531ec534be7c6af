package io.tollgate.boot;

import io.tollgate.adapter.persistence.JdbiSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin API's bearer token: from TOLLGATE_ADMIN_TOKEN, or made at first start and printed once. */
final class AdminToken {

    private static final Logger LOG = LoggerFactory.getLogger("io.tollgate.first-start");
    static final String SETTING = "admin_token_sha256";

    private AdminToken() {}

    /** The hex SHA-256 of the token in force; only the hash is ever stored. */
    static String establish(Optional<String> configured, JdbiSettings settings) {
        if (configured.isPresent()) {
            return sha256Hex(configured.get());
        }
        Optional<String> stored = settings.get(SETTING);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = "tg-admin-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (!settings.putIfAbsent(SETTING, sha256Hex(token))) {
            return settings.get(SETTING).orElseThrow();
        }
        LOG.warn("""

                ================================================================
                  First start: the admin token is

                      {}

                  It is shown only this once and stored only as a hash. Use it as
                  'Authorization: Bearer <token>' on /admin/api/*. To choose your
                  own, set TOLLGATE_ADMIN_TOKEN.
                ================================================================""", token);
        return sha256Hex(token);
    }

    static String sha256Hex(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException jdkWithoutSha256) {
            throw new IllegalStateException(jdkWithoutSha256);
        }
    }
}
