package io.tollgate.boot;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in settings: {@code 1500ms}, {@code 90s}, {@code 30m}, {@code 24h}, {@code 7d}. */
final class DurationText {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(ms|[smhd])");

    private DurationText() {}

    static Duration parse(String variable, String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new Config.Invalid(variable + " must look like 1500ms, 90s, 30m, 24h or 7d, not '" + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        Duration duration = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (duration.isZero()) {
            throw new Config.Invalid(variable + " must be longer than zero");
        }
        return duration;
    }
}
