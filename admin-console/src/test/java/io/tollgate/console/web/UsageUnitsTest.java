package io.tollgate.console.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.relay.kind.ModelKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The usage pages' "kind · units": tokens and characters grouped by thousands, audio in minutes and seconds. */
class UsageUnitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CHAT          | 0          | chat · 0 tokens",
            "EMBEDDING     | 1200       | embedding · 1 200 tokens",
            "RERANK        | 1234567    | rerank · 1 234 567 tokens",
            "SPEECH        | 340        | speech · 340 characters",
            "TRANSCRIPTION | 65000      | transcription · 1:05 min",
            "TRANSCRIPTION | 499        | transcription · 0:00 min",
            "TRANSCRIPTION | 59500      | transcription · 1:00 min",
            "TRANSCRIPTION | 3723000    | transcription · 62:03 min",
            "TRANSCRIPTION | 3600000000 | transcription · 60 000:00 min"})
    void eachKindShowsItsUnits(ModelKind kind, long units, String shown) {
        assertEquals(shown, UsageUnits.of(kind, units).replace('\u00a0', ' '));
    }
}
