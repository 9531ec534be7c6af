package io.tollgate.adapter.http.admin;

import io.javalin.http.Context;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.ClientIp;
import io.tollgate.application.identity.signin.LoginThrottle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Lets a request into the admin API only with the admin bearer token, compared in constant time; an address that sent
 * too many wrong tokens lately is refused with 429 before its token is looked at. The attempts are counted by the
 * throttle (in the database), so spreading guesses over several nodes gains nothing.
 */
public final class AdminAuth {

    private final byte[] expectedHash;
    private final Set<String> trustedProxies;
    private final LoginThrottle throttle;

    /** {@code throttle} allows {@link #MAX_FAILURES} tries per {@link #WINDOW}; a right token forgets the count. */
    public AdminAuth(String adminTokenSha256Hex, Set<String> trustedProxies, LoginThrottle throttle) {
        this.expectedHash = HexFormat.of().parseHex(adminTokenSha256Hex);
        this.trustedProxies = trustedProxies;
        this.throttle = throttle;
    }

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(1);

    public void check(Context ctx) {
        String key = LoginThrottle.key("admin-api", "", ClientIp.of(ctx, trustedProxies));
        Optional<Duration> wait = throttle.admit(key);
        if (wait.isPresent()) {
            ctx.skipRemainingHandlers();
            ctx.header("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
            ApiError.reply(ctx, 429, "too_many_attempts", "too many wrong admin tokens from this address; try again later");
            return;
        }
        String header = ctx.header("Authorization");
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(sha256(presented), expectedHash)) {
            ctx.skipRemainingHandlers();
            ctx.header("WWW-Authenticate", "Bearer");
            ApiError.reply(ctx, 401, "unauthorized", "the admin API needs 'Authorization: Bearer <admin token>'");
            return;
        }
        throttle.succeeded(key);
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException jdkWithoutSha256) {
            throw new IllegalStateException(jdkWithoutSha256);
        }
    }
}
