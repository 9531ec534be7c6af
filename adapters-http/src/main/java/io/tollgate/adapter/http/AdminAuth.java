package io.tollgate.adapter.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lets a request into the admin API only with the admin bearer token, compared in constant time. */
final class AdminAuth {

    /** Who the ledger names as the actor of admin-API changes. */
    static final String ACTOR = "admin-token";

    private final byte[] expectedHash;

    AdminAuth(String adminTokenSha256Hex) {
        this.expectedHash = HexFormat.of().parseHex(adminTokenSha256Hex);
    }

    void check(Context ctx) {
        String header = ctx.header("Authorization");
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(sha256(presented), expectedHash)) {
            ctx.skipRemainingHandlers();
            ctx.header("WWW-Authenticate", "Bearer");
            ApiError.reply(ctx, 401, "unauthorized", "the admin API needs 'Authorization: Bearer <admin token>'");
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException jdkWithoutSha256) {
            throw new IllegalStateException(jdkWithoutSha256);
        }
    }
}
