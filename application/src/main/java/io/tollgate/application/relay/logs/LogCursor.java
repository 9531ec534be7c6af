package io.tollgate.application.relay.logs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the request log, which is ordered by time, then relayed calls before ShareAuth finishes, then id; all
 * newest first. Written in links as {@code <epoch microseconds>-<entry id>}, e.g. {@code 1764950400000000-u42}.
 */
public record LogCursor(Instant at, LogId id) {

    private static final Pattern TEXT = Pattern.compile("(-?\\d{1,19})-([us]\\d{1,19})");

    /** The times a cursor may name: any the log can hold, and none the database cannot compare. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public LogCursor {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new IllegalArgumentException("not a place in the log: " + at);
        }
    }

    /** The cursor in a link; refuses anything this class did not write. */
    public static LogCursor parse(String text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a place in the log: " + text);
        }
        try {
            return new LogCursor(Instant.EPOCH.plus(Long.parseLong(matcher.group(1)), ChronoUnit.MICROS), LogId.parse(matcher.group(2)));
        } catch (ArithmeticException | java.time.DateTimeException tooFar) {
            throw new IllegalArgumentException("not a place in the log: " + text);
        }
    }

    @Override
    public String toString() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "-" + id;
    }
}
