package io.tollgate.boot;

import io.tollgate.adapter.http.HttpSettings;
import io.tollgate.adapter.persistence.database.DatabaseTimeouts;
import io.tollgate.adapter.persistence.database.SettlementDurability;
import io.tollgate.application.account.OAuthSettings;
import io.tollgate.boot.metrics.OpsConfig;
import io.tollgate.domain.account.address.UpstreamAddressRule;
import io.tollgate.domain.totp.MemfitModels;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tollgate's settings, read from TOLLGATE_* environment variables; the README lists each with its default. */
public record Config(
        int port,
        Path dataDir,
        Optional<String> dbUrl,
        Optional<String> dbUser,
        Optional<String> dbPassword,
        Optional<String> adminToken,
        Optional<String> jwtSecret,
        Duration jwtTtl,
        boolean shareAuthFastGpt,
        long maxBodyBytes,
        Optional<String> masterKey,
        Optional<String> masterKeyPrevious,
        boolean mockPlatform,
        int relayMaxAttempts,
        int authFailuresToDisable,
        int failuresToOpen,
        Duration requestDeadline,
        Duration firstByteTimeout,
        Duration streamIdleTimeout,
        ZoneId quotaZone,
        MemfitModels memfitModels,
        Set<String> trustedProxies,
        OAuthSettings oauth,
        Optional<URI> reminderWebhook,
        UpstreamAddressRule upstreamAddresses,
        Duration reminderEvery,
        OpsConfig ops,
        DatabaseTimeouts dbTimeouts,
        SettlementDurability settlementDurability) {

    /** A setting that cannot be used; the message names the variable. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    public static Config from(Map<String, String> env) {
        int port = integer(env, "TOLLGATE_PORT", 8080, 0, 65535);
        boolean mockPlatform = bool(env, "TOLLGATE_MOCK_PLATFORM", "true");
        return new Config(
                port,
                Path.of(env.getOrDefault("TOLLGATE_DATA_DIR", "./data")).toAbsolutePath().normalize(),
                text(env, "TOLLGATE_DB_URL"),
                text(env, "TOLLGATE_DB_USER"),
                text(env, "TOLLGATE_DB_PASSWORD"),
                adminToken(env, "TOLLGATE_ADMIN_TOKEN"),
                text(env, "TOLLGATE_JWT_SECRET"),
                DurationText.parse("TOLLGATE_JWT_TTL", env.getOrDefault("TOLLGATE_JWT_TTL", "24h")),
                bool(env, "TOLLGATE_SHAREAUTH_FASTGPT", "false"),
                integer(env, "TOLLGATE_MAX_BODY_BYTES", 5 * 1024 * 1024, 1024, Integer.MAX_VALUE),
                text(env, "TOLLGATE_MASTER_KEY"),
                text(env, "TOLLGATE_MASTER_KEY_PREVIOUS"),
                mockPlatform,
                integer(env, "TOLLGATE_RELAY_MAX_ATTEMPTS", 3, 1, 10),
                integer(env, "TOLLGATE_AUTH_FAILURES_TO_DISABLE", 2, 1, 100),
                // The breaker's threshold was once the disabling one: its old name still works.
                integer(env, "TOLLGATE_FAILURES_TO_OPEN", integer(env, "TOLLGATE_FAILURES_TO_DISABLE", 3, 1, 1000), 1, 1000),
                duration(env, "TOLLGATE_REQUEST_DEADLINE", "300s"),
                duration(env, "TOLLGATE_FIRST_BYTE_TIMEOUT", "30s"),
                duration(env, "TOLLGATE_STREAM_IDLE_TIMEOUT", "60s"),
                zone(env, "TOLLGATE_QUOTA_ZONE"),
                memfitModels(env, "TOLLGATE_MEMFIT_PREFIXES"),
                trustedProxies(env, "TOLLGATE_TRUSTED_PROXIES"),
                OAuthConfig.from(env, port, mockPlatform),
                webhook(env, "TOLLGATE_REMINDER_WEBHOOK"),
                new UpstreamAddressRule(bool(env, UpstreamAddressRule.DENY_PRIVATE_SETTING, "false")),
                DurationText.parse("TOLLGATE_REMINDER_EVERY", env.getOrDefault("TOLLGATE_REMINDER_EVERY", "10m")),
                OpsConfig.from(env),
                DatabaseTimeoutsConfig.from(env),
                durability(env, "TOLLGATE_SETTLEMENT_DURABILITY"));
    }

    /** The admin API's bearer token, if set: short ones are guessable, so start-up refuses them. */
    static final int MIN_ADMIN_TOKEN = 32;

    private static Optional<String> adminToken(Map<String, String> env, String name) {
        Optional<String> token = text(env, name).map(String::strip);
        if (token.isPresent() && token.get().length() < MIN_ADMIN_TOKEN) {
            throw new Invalid(name + " must have at least " + MIN_ADMIN_TOKEN + " characters (it has " + token.get().length()
                    + "); leave it unset to have one generated at first start");
        }
        return token;
    }

    private static Set<String> trustedProxies(Map<String, String> env, String name) {
        try {
            return HttpSettings.trustedProxies(env.getOrDefault(name, ""));
        } catch (IllegalArgumentException notAnAddress) {
            throw new Invalid(name + " must be a comma-separated list of IP addresses: " + notAnAddress.getMessage());
        }
    }

    private static Optional<URI> webhook(Map<String, String> env, String name) {
        Optional<String> url = text(env, name).map(String::strip);
        if (url.isPresent() && !url.get().matches("https?://[^\\s]+")) {
            throw new Invalid(name + " must be an http:// or https:// URL, not '" + url.get() + "'");
        }
        try {
            return url.map(URI::create);
        } catch (IllegalArgumentException notAUri) {
            throw new Invalid(name + " must be a URL: " + notAUri.getMessage());
        }
    }

    private static Duration duration(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return DurationText.parse(name, value == null || value.isBlank() ? fallback : value);
    }

    private static SettlementDurability durability(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "flush");
        return SettlementDurability.parse(value).orElseThrow(() -> new Invalid(name + " must be flush or async, not '" + value + "'"));
    }

    private static Optional<String> text(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }

    private static MemfitModels memfitModels(Map<String, String> env, String name) {
        MemfitModels models = MemfitModels.parse(env.getOrDefault(name, "memfit-"));
        if (models.prefixes().isEmpty()) {
            throw new Invalid(name + " must list at least one model-name prefix, such as memfit-");
        }
        return models;
    }

    private static ZoneId zone(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "Asia/Shanghai").strip();
        try {
            return ZoneId.of(value);
        } catch (java.time.DateTimeException unknown) {
            throw new Invalid(name + " must be a time zone such as Asia/Shanghai or UTC, not '" + value + "'");
        }
    }

    private static boolean bool(Map<String, String> env, String name, String fallback) {
        String value = env.getOrDefault(name, fallback).strip().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off", "" -> false;
            default -> throw new Invalid(name + " must be true or false, not '" + value + "'");
        };
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new Invalid(name + " must be between " + min + " and " + max + ", not " + parsed);
            }
            return parsed;
        } catch (NumberFormatException notANumber) {
            throw new Invalid(name + " must be a whole number, not '" + value + "'");
        }
    }
}
