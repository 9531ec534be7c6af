package io.tollgate.domain.relay;

import io.tollgate.domain.relay.kind.ModelKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelPriceByKindTest {

    private final ModelPrice price = new ModelPrice(Points.exactly("2.5"), Points.exactly("10"), Points.exactly("0.001"),
            Points.exactly("15"), Points.exactly("0.006"));

    @Test
    void embeddingAndRerankPayInputTokensAtTheInputPricePlusPerCall() {
        // 57 × 2.5 / 1M + 0.001 = 0.0011425 → 0.001143
        assertEquals(Points.exactly("0.001143"), price.cost(ModelKind.EMBEDDING, 57, Multiplier.ONE));
        assertEquals(Points.exactly("0.001143"), price.cost(ModelKind.RERANK, 57, Multiplier.ONE));
        assertEquals(price.cost(new Usage(57, 0, false), Multiplier.of("1.5")),
                price.cost(ModelKind.EMBEDDING, 57, Multiplier.of("1.5")));
    }

    @Test
    void speechPaysCharactersAtThePricePerMillion() {
        // 1234 × 15 / 1M + 0.001 = 0.01951
        assertEquals(Points.exactly("0.01951"), price.cost(ModelKind.SPEECH, 1234, Multiplier.ONE));
    }

    @Test
    void transcriptionPaysMillisecondsAtThePricePerMinuteRoundedOnce() {
        // 61 001 ms × 0.006 / 60 000 + 0.001 = 0.0071001 → 0.007100; × 1.5 = 0.01065015 → 0.010650
        assertEquals(Points.exactly("0.0071"), price.cost(ModelKind.TRANSCRIPTION, 61_001, Multiplier.ONE));
        assertEquals(Points.exactly("0.01065"), price.cost(ModelKind.TRANSCRIPTION, 61_001, Multiplier.of("1.5")));
        ModelPrice third = new ModelPrice(Points.ZERO, Points.ZERO, Points.ZERO, Points.ZERO, Points.exactly("0.00001"));
        // 100 000 ms × 0.00001 / 60 000 = 0.0000166666…; × 3 = 0.00005 exactly, not 3 × 0.000017 = 0.000051
        assertEquals(Points.exactly("0.00005"), third.cost(ModelKind.TRANSCRIPTION, 100_000, Multiplier.of("3")));
    }

    @Test
    void tokenOnlyPricesHaveNoAudioPrices() {
        ModelPrice tokens = new ModelPrice(Points.exactly("1"), Points.exactly("2"), Points.ZERO);
        assertEquals(Points.ZERO, tokens.speechPerMillionChars());
        assertEquals(Points.ZERO, tokens.transcriptionPerMinute());
        assertEquals(Points.ZERO, tokens.cost(ModelKind.SPEECH, 1_000_000, Multiplier.ONE));
    }

    @Test
    void negativeAudioPricesAndUnitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ModelPrice(Points.ZERO, Points.ZERO, Points.ZERO,
                Points.exactly("-1"), Points.ZERO));
        assertThrows(IllegalArgumentException.class, () -> price.cost(ModelKind.SPEECH, -1, Multiplier.ONE));
    }

    @Test
    void kindsHaveWireNamesEndpointsAndUnitsAndModelsDefaultToChat() {
        assertEquals(ModelKind.RERANK, ModelKind.fromWireName("rerank").orElseThrow());
        assertEquals("/v1/embeddings", ModelKind.EMBEDDING.endpoint());
        assertEquals("milliseconds", ModelKind.TRANSCRIPTION.unit());
        assertEquals(true, ModelKind.fromWireName("Chat").isEmpty());
        Model chat = new Model("m", List.of(new ModelRoute(io.tollgate.domain.account.Platform.MOCK, "m")), price, true);
        assertEquals(ModelKind.CHAT, chat.kind());
        assertEquals(ModelKind.CHAT, chat.withEnabled(false).kind());
    }
}
