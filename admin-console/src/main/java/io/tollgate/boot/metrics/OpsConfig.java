package io.tollgate.boot.metrics;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settings for running Tollgate in production: the bearer {@code /metrics} asks for, the log format, where traces
 * go, and how many days usage records are kept before they become daily totals.
 */
public record OpsConfig(Optional<String> metricsToken, LogFormat logFormat, Optional<URI> otlpEndpoint, int usageRetentionDays) {

    public static final int DEFAULT_RETENTION_DAYS = 90;

    public static OpsConfig from(Map<String, String> env) {
        return new OpsConfig(text(env, "TOLLGATE_METRICS_TOKEN"), logFormat(env, "TOLLGATE_LOG_FORMAT"),
                endpoint(env, "TOLLGATE_OTLP_ENDPOINT"), days(env, "TOLLGATE_USAGE_RETENTION_DAYS"));
    }

    private static Optional<String> text(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static LogFormat logFormat(Map<String, String> env, String name) {
        String value = text(env, name).orElse("text").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "text" -> LogFormat.TEXT;
            case "json" -> LogFormat.JSON;
            default -> throw new IllegalArgumentException(name + " must be text or json, not '" + value + "'");
        };
    }

    private static Optional<URI> endpoint(Map<String, String> env, String name) {
        Optional<String> url = text(env, name);
        if (url.isPresent() && !url.get().matches("https?://[^\\s]+")) {
            throw new IllegalArgumentException(name + " must be an http:// or https:// URL such as http://127.0.0.1:4318, not '" + url.get() + "'");
        }
        return url.map(u -> URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u));
    }

    private static int days(Map<String, String> env, String name) {
        String value = text(env, name).orElse(String.valueOf(DEFAULT_RETENTION_DAYS));
        try {
            int days = Integer.parseInt(value);
            if (days < 1 || days > 36_500) {
                throw new IllegalArgumentException(name + " must be between 1 and 36500 days, not " + days);
            }
            return days;
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(name + " must be a whole number of days, not '" + value + "'");
        }
    }
}
