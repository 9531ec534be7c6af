package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.domain.identity.User;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.ModelPrice;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * What a call holds is the most it can cost: its whole body counted by the tokenizer (10 words here), its output
 * bounded by max_tokens within the model's maximum (100 here), and the price per call.
 */
class RelayHoldTest {

    private final RelayFixture f = new RelayFixture(new ModelPrice(Points.exactly("1000"), Points.exactly("2000"),
            Points.exactly("0.5")), 100);

    private Points neededBy(long maxTokens) {
        f.account("a" + maxTokens, 0);
        User poor = f.user("poor" + maxTokens, "0.01");
        return assertInstanceOf(RelayFailure.InsufficientBalance.class, f.chat(f.key(poor, List.of(), 0), false, false, maxTokens))
                .needed();
    }

    @Test
    void aMaxTokensBelowTheModelsMaximumHoldsThePromptAndThatMuchOutput() {
        assertEquals(Points.exactly("0.55"), neededBy(20), "(10 × 1000 + 20 × 2000) / 1M + 0.5 per call");
    }

    @Test
    void aMaxTokensAboveTheModelsMaximumHoldsOnlyTheMaximum() {
        assertEquals(Points.exactly("0.71"), neededBy(100_000), "(10 × 1000 + 100 × 2000) / 1M + 0.5 per call");
        assertEquals(List.of(), f.platform.calls, "refused before any platform was called");
    }

    @Test
    void aBalanceThatCoversThePromptsBytesIsNeverTokenized() {
        f.account("a", 0);
        User rich = f.user("rich", "1000");

        assertInstanceOf(RelayOutcome.Answered.class, f.chat(f.key(rich, List.of(), 0), false, false, 20));

        assertEquals(0, f.tokenizer.counted, "bytes bound the prompt's tokens; the tokenizer is for balances near the edge");
    }

    @Test
    void aBalanceNearItsEdgeIsJudgedOnTheTokenizedCeiling() {
        f.account("a", 0);
        User edge = f.user("edge", "0.56");

        assertInstanceOf(RelayOutcome.Answered.class, f.chat(f.key(edge, List.of(), 0), false, false, 20),
                "0.55 tokenized fits in 0.56, though the body's bytes alone would need more");
        assertEquals(1, f.tokenizer.counted);
    }

    @Test
    void thePlatformIsNeverAskedForMoreThanTheModelsMaximum() {
        User rich = f.user("rich", "10");
        f.account("a", 0);

        assertInstanceOf(RelayOutcome.Answered.class, f.chat(f.key(rich, List.of(), 0), false, false, 100_000));

        assertEquals(OptionalLong.of(100), f.platform.requests.getFirst().maxOutputTokens());
        assertEquals(OptionalLong.of(100), f.platform.requests.getFirst().outputLimit(OptionalLong.of(100_000)));
    }
}
