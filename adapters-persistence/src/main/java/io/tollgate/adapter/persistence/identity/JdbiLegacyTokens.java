package io.tollgate.adapter.persistence.identity;

import io.tollgate.application.identity.LegacyTokens;
import io.tollgate.domain.identity.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Legacy tokens in PostgreSQL: only the SHA-256 of each token is kept, one token per user. */
final class JdbiLegacyTokens implements LegacyTokens {

    static final String PREFIX = "tg-legacy-";
    private static final int RANDOM_BYTES = 32;

    private final LegacyTokensSql sql;
    private final SecureRandom random = new SecureRandom();

    JdbiLegacyTokens(Jdbi jdbi) {
        this.sql = jdbi.onDemand(LegacyTokensSql.class);
    }

    @Override
    public String issue(UserId user) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        // base64url has no dots, so a legacy token is never mistaken for a JWT
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        if (sql.store(user.value(), sha256Hex(token)) == 0) {
            throw new IllegalArgumentException("no such user: " + user);
        }
        return token;
    }

    @Override
    public Optional<UserId> ownerOf(String plainToken) {
        if (plainToken == null || plainToken.isEmpty()) {
            return Optional.empty();
        }
        return sql.ownerOf(sha256Hex(plainToken)).map(UserId::new);
    }

    static String sha256Hex(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
