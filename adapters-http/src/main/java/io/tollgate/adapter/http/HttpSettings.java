package io.tollgate.adapter.http;

import io.tollgate.adapter.http.support.ClientIp;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * What the HTTP adapter is told by the composition root.
 *
 * @param maxBodyBytes     the largest request body read (FastGPT's responseData can be hundreds of KB)
 * @param fastGptMode      answer every ShareAuth failure with HTTP 200, since FastGPT hides non-2xx messages
 * @param adminTokenSha256 the hex SHA-256 of the admin bearer token (the token itself is never kept)
 * @param databaseUp       whether the database answers, for {@code /health}
 * @param trustedProxies   the proxies whose {@code X-Forwarded-For} says who a keyless caller is (canonical IPs)
 */
public record HttpSettings(long maxBodyBytes, boolean fastGptMode, String adminTokenSha256, BooleanSupplier databaseUp,
                           Set<String> trustedProxies) {

    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

    public HttpSettings {
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit is at least 1024 bytes");
        }
        Objects.requireNonNull(adminTokenSha256, "adminTokenSha256");
        Objects.requireNonNull(databaseUp, "databaseUp");
        trustedProxies = Set.copyOf(trustedProxies);
    }

    /** Settings that trust no proxy. */
    public HttpSettings(long maxBodyBytes, boolean fastGptMode, String adminTokenSha256, BooleanSupplier databaseUp) {
        this(maxBodyBytes, fastGptMode, adminTokenSha256, databaseUp, Set.of());
    }

    /** Who sent a request: the socket's address, or behind a trusted proxy the address it forwarded. */
    public String clientAddress(io.javalin.http.Context ctx) {
        return ClientIp.of(ctx, trustedProxies);
    }

    /** The IPs of a comma-separated list, canonical; throws IllegalArgumentException naming an entry that is not one. */
    public static Set<String> trustedProxies(String commaSeparated) {
        Set<String> proxies = new java.util.LinkedHashSet<>();
        for (String entry : commaSeparated.split(",")) {
            if (!entry.isBlank()) {
                proxies.add(ClientIp.normalize(entry).orElseThrow(
                        () -> new IllegalArgumentException("'" + entry.strip() + "' is not an IP address")));
            }
        }
        return Set.copyOf(proxies);
    }
}
