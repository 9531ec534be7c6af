package io.tollgate.application.relay.logs;

import java.util.regex.Pattern;

/** An entry of the request log: {@code u<id>} a usage record, {@code s<seq>} a ShareAuth finish. */
public record LogId(boolean shareAuth, long number) {

    private static final Pattern TEXT = Pattern.compile("[us]\\d{1,18}");

    public LogId {
        if (number < 0) {
            throw new IllegalArgumentException("a log id is not negative");
        }
    }

    public static LogId parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("not a log entry: " + text);
        }
        return new LogId(text.charAt(0) == 's', Long.parseLong(text.substring(1)));
    }

    @Override
    public String toString() {
        return (shareAuth ? "s" : "u") + number;
    }
}
