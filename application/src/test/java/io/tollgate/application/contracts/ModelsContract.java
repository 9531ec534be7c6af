package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.Platform;
import io.tollgate.domain.moderation.PromptModeration;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.ModelRoute;
import io.tollgate.domain.relay.Models;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Models} does: models by unique name, with their routes in order and exact prices. */
public abstract class ModelsContract {

    private Models models;

    /** New, empty models. */
    protected abstract Models newModels();

    @BeforeEach
    void createModels() {
        models = newModels();
    }

    private static Model model(String name, String input, boolean enabled) {
        return new Model(name, List.of(new ModelRoute(Platform.OPENAI, name + "-upstream"),
                new ModelRoute(Platform.DASHSCOPE, "qwen-max")),
                new ModelPrice(Points.exactly(input), Points.exactly("15.000001"), Points.exactly("0.5")), enabled);
    }

    @Test
    void anAddedModelIsFoundByNameWithItsRoutesInOrderAndExactPrices() {
        Model model = model("gpt-4o", "2.5", true);

        assertTrue(models.add(model));

        assertEquals(Optional.of(model), models.byName("gpt-4o"));
        assertEquals(Optional.empty(), models.byName("gpt-4"));
    }

    @Test
    void aPublicModelKeepsItsLimitsAndCanBeMadePrivateAgain() {
        Model open = new Model("m-free", List.of(new ModelRoute(Platform.OPENAI, "m")), ModelPrice.FREE, true,
                Optional.of(new io.tollgate.domain.relay.PublicAccess(1_000_000, 50, 0)));
        models.add(open);
        assertEquals(Optional.of(open), models.byName("m-free"));

        Model closed = new Model("m-free", open.routes(), open.price(), true);
        assertTrue(models.update(closed));

        assertEquals(Optional.of(closed), models.byName("m-free"));
    }

    @Test
    void aModelKeepsItsKindAndAudioPricesAndAnUpdateChangesThem() {
        Model speech = new Model("tts-1", List.of(new ModelRoute(Platform.OPENAI, "tts-1")),
                new ModelPrice(Points.ZERO, Points.ZERO, Points.exactly("0.1"), Points.exactly("15.000001"), Points.exactly("0.006")),
                true, Optional.empty(), Model.DEFAULT_MAX_OUTPUT_TOKENS, ModelKind.SPEECH);
        models.add(speech);
        assertEquals(Optional.of(speech), models.byName("tts-1"));

        Model rerank = new Model("tts-1", speech.routes(), new ModelPrice(Points.exactly("2"), Points.ZERO, Points.ZERO),
                true, Optional.empty(), Model.DEFAULT_MAX_OUTPUT_TOKENS, ModelKind.RERANK);
        assertTrue(models.update(rerank));

        assertEquals(Optional.of(rerank), models.byName("tts-1"));
        assertEquals(ModelKind.CHAT, models.byName("tts-1").map(m -> model("gpt", "1", true).kind()).orElseThrow());
    }

    @Test
    void aModelKeepsItsPromptCachePricesAndAnUpdateUnsetsThem() {
        ModelPrice cachePriced = new ModelPrice(Points.exactly("3"), Points.exactly("15"), Points.ZERO)
                .withCachePrices(Optional.of(Points.exactly("0.300001")), Optional.of(Points.exactly("3.75")));
        Model claude = new Model("claude-cache", List.of(new ModelRoute(Platform.ANTHROPIC, "claude-x")), cachePriced, true);
        assertTrue(models.add(claude));
        assertEquals(Optional.of(claude), models.byName("claude-cache"));

        Model onlyReads = new Model("claude-cache", claude.routes(),
                cachePriced.withCachePrices(Optional.of(Points.exactly("0.3")), Optional.empty()), true);
        assertTrue(models.update(onlyReads));
        assertEquals(Optional.of(onlyReads), models.byName("claude-cache"));
        assertEquals(Points.exactly("3"), models.byName("claude-cache").orElseThrow().price().cacheWritePrice());
    }

    @Test
    void aModelKeepsItsModerationAndAnUpdateTurnsItOff() {
        Model blocking = new Model("guarded", List.of(new ModelRoute(Platform.OPENAI, "guarded")), ModelPrice.FREE, true,
                Optional.empty(), Model.DEFAULT_MAX_OUTPUT_TOKENS, ModelKind.CHAT, PromptModeration.BLOCK);
        models.add(blocking);
        assertEquals(Optional.of(blocking), models.byName("guarded"));

        Model open = new Model("guarded", blocking.routes(), ModelPrice.FREE, true);
        assertTrue(models.update(open));

        assertEquals(PromptModeration.OFF, models.byName("guarded").orElseThrow().moderation());
    }

    @Test
    void aTakenNameIsNotAddedAgain() {
        models.add(model("gpt-4o", "2.5", true));

        assertFalse(models.add(model("gpt-4o", "9", false)));
        assertEquals(Points.exactly("2.5"), models.byName("gpt-4o").orElseThrow().price().inputPerMillion());
    }

    @Test
    void anUpdateReplacesRoutesPriceAndSwitch() {
        models.add(model("gpt-4o", "2.5", true));
        Model changed = new Model("gpt-4o", List.of(new ModelRoute(Platform.MOCK, "echo")), ModelPrice.FREE, false);

        assertTrue(models.update(changed));

        assertEquals(Optional.of(changed), models.byName("gpt-4o"));
    }

    @Test
    void aModelKeepsItsMaximumOutputAndOneSetNoneHasTheDefault() {
        Model bounded = new Model("gpt-4o", List.of(new ModelRoute(Platform.OPENAI, "gpt-4o")), ModelPrice.FREE, true,
                Optional.empty(), 16_384);
        models.add(bounded);
        models.add(model("plain", "1", true));

        assertEquals(Optional.of(bounded), models.byName("gpt-4o"));
        assertEquals(Model.DEFAULT_MAX_OUTPUT_TOKENS, models.byName("plain").orElseThrow().maxOutputTokens());
        Model lowered = new Model("gpt-4o", bounded.routes(), bounded.price(), true, Optional.empty(), 64);
        assertTrue(models.update(lowered));
        assertEquals(64, models.byName("gpt-4o").orElseThrow().maxOutputTokens());
    }

    @Test
    void anUnknownModelIsNotUpdated() {
        assertFalse(models.update(model("gpt-4o", "1", true)));
        assertTrue(models.all().isEmpty());
    }

    @Test
    void allModelsAreListedByName() {
        Model b = model("b-model", "1", true);
        Model a = model("a-model", "2", false);
        Model upper = model("Z-model", "3", true);
        models.add(b);
        models.add(a);
        models.add(upper);

        assertEquals(List.of(upper, a, b), models.all());
    }
}
