package io.tollgate.console.web;

import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.kind.ModelKind;
import java.util.Locale;

/**
 * What a usage record was billed on, as the usage pages show it: its kind and its units, e.g.
 * {@code embedding · 1 200 tokens}, {@code speech · 340 characters}, {@code transcription · 1:05 min}, and the share of
 * the prompt the platform's cache read or wrote, priced apart: {@code chat · 1 040 tokens (800 cached, 100 cache write)}.
 */
public final class UsageUnits {

    /** Keeps a number and its unit on one line, and groups thousands as "1 200". */
    private static final char NO_BREAK = '\u00a0';

    private UsageUnits() {}

    public static String of(UsageRecord record) {
        long cached = record.usage().cachedReadTokens();
        long written = record.usage().cacheWriteTokens();
        if (cached == 0 && written == 0) {
            return of(record.kind(), record.units());
        }
        String cache = cached > 0 && written > 0 ? cached(cached) + ", " + written(written)
                : cached > 0 ? cached(cached) : written(written);
        return of(record.kind(), record.units()) + " (" + cache + ")";
    }

    private static String cached(long tokens) {
        return grouped(tokens) + NO_BREAK + "cached";
    }

    private static String written(long tokens) {
        return grouped(tokens) + NO_BREAK + "cache" + NO_BREAK + "write";
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
