package io.tollgate.console.web;

import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.kind.ModelKind;
import java.util.Locale;

/**
 * What a usage record was billed on, as the usage pages show it: its kind and its units, e.g.
 * {@code embedding · 1 200 tokens}, {@code speech · 340 characters}, {@code transcription · 1:05 min}.
 */
public final class UsageUnits {

    /** Keeps a number and its unit on one line, and groups thousands as "1 200". */
    private static final char NO_BREAK = '\u00a0';

    private UsageUnits() {}

    public static String of(UsageRecord record) {
        return of(record.kind(), record.units());
    }

    public static String of(ModelKind kind, long units) {
        String amount = switch (kind) {
            case CHAT, EMBEDDING, RERANK -> grouped(units) + NO_BREAK + "tokens";
            case SPEECH -> grouped(units) + NO_BREAK + "characters";
            case TRANSCRIPTION -> minutes(units) + NO_BREAK + "min";
        };
        return kind.wireName() + " · " + amount;
    }

    /** Milliseconds of audio as m:ss, to the nearest second. */
    private static String minutes(long millis) {
        long seconds = (millis + 500) / 1000;
        return grouped(seconds / 60) + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }

    private static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', NO_BREAK);
    }
}
