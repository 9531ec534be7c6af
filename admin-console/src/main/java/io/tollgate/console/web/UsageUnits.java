package io.tollgate.console.web;

import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.kind.ModelKind;
import java.util.Locale;

/**
 * What a usage record was billed on, as the usage pages show it: its kind and its units, e.g.
 * {@code embedding · 1 200 tokens}, {@code speech · 340 characters}, {@code transcription · 1:05 min}, and the share of
 * the prompt the platform's cache read or wrote, priced apart: {@code chat · 1 040 tokens (800 cached, 100 cache write)}.
 * Given the page's {@link Texts}, the words are the reader's and the numbers grouped as the reader's locale groups them.
 */
public final class UsageUnits {

    /** Keeps a number and its unit on one line, and groups thousands as "1 200". */
    private static final char NO_BREAK = '\u00a0';

    private UsageUnits() {}

    public static String of(UsageRecord record) {
        return of(record, null);
    }

    public static String of(UsageRecord record, Texts t) {
        long cached = record.usage().cachedReadTokens();
        long written = record.usage().cacheWriteTokens();
        if (cached == 0 && written == 0) {
            return of(record.kind(), record.units(), t);
        }
        String cache = cached > 0 && written > 0 ? cached(cached, t) + ", " + written(written, t)
                : cached > 0 ? cached(cached, t) : written(written, t);
        return of(record.kind(), record.units(), t) + " (" + cache + ")";
    }

    private static String cached(long tokens, Texts t) {
        return grouped(tokens, t) + NO_BREAK + word(t, "units.cached", "cached");
    }

    private static String written(long tokens, Texts t) {
        return grouped(tokens, t) + NO_BREAK + word(t, "units.cache-write", "cache" + NO_BREAK + "write");
    }

    public static String of(ModelKind kind, long units) {
        return of(kind, units, null);
    }

    private static String of(ModelKind kind, long units, Texts t) {
        String amount = switch (kind) {
            case CHAT, EMBEDDING, RERANK -> grouped(units, t) + NO_BREAK + word(t, "units.tokens", "tokens");
            case SPEECH -> grouped(units, t) + NO_BREAK + word(t, "units.characters", "characters");
            case TRANSCRIPTION -> minutes(units, t) + NO_BREAK + word(t, "units.minutes", "min");
        };
        return word(t, "units.kind." + kind.wireName(), kind.wireName()) + " · " + amount;
    }

    /** Milliseconds of audio as m:ss, to the nearest second. */
    private static String minutes(long millis, Texts t) {
        long seconds = (millis + 500) / 1000;
        return grouped(seconds / 60, t) + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }

    private static String grouped(long number, Texts t) {
        return t != null ? t.number(number) : String.format(Locale.ROOT, "%,d", number).replace(',', NO_BREAK);
    }

    private static String word(Texts t, String key, String english) {
        return t == null ? english : t.get(key);
    }
}
