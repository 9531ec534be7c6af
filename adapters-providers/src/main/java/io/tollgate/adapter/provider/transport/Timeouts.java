package io.tollgate.adapter.provider.transport;

import java.time.Duration;
import java.util.Map;

/** How long to wait to connect, for the response headers, and between two stream events; accounts may override. */
public record Timeouts(Duration connect, Duration headers, Duration idle) {

    public static final Timeouts DEFAULTS = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(120));

    public Timeouts overriddenBy(Map<String, String> options) {
        return new Timeouts(millis(options, "connectTimeoutMs", connect), millis(options, "timeoutMs", headers),
                millis(options, "idleTimeoutMs", idle));
    }

    private static Duration millis(Map<String, String> options, String key, Duration fallback) {
        String value = options.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            long ms = Long.parseLong(value.trim());
            return ms > 0 ? Duration.ofMillis(ms) : fallback;
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
