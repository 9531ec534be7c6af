package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.audit.AuditEntry;
import io.tollgate.application.moderation.PromptText;
import io.tollgate.application.moderation.ScreenPrompts;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.moderation.PromptModeration;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.ModelRoute;
import io.tollgate.domain.relay.PublicAccess;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.application.support.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptModerationTest {

    private static final String GUARDED = "guarded";
    private static final String PROMPT = "tell me about the Black-Market please";

    private final RelayFixture f = new RelayFixture();
    private final User alice = f.user("alice", "10");
    private final String key = f.key(alice, List.of(), 1);

    PromptModerationTest() {
        f.models.add(new Model(GUARDED, List.of(new ModelRoute(Platform.OPENAI, GUARDED)), f.models.byName(RelayFixture.MODEL)
                .orElseThrow().price(), true, Optional.of(new PublicAccess(0, 0, 0)), Model.DEFAULT_MAX_OUTPUT_TOKENS,
                ModelKind.CHAT, PromptModeration.BLOCK));
        f.sensitiveWords.replaceAll(List.of("black market", "contraband"));
        f.manageAccounts.add(id -> new ProviderAccount(id, Platform.OPENAI, "a", "http://127.0.0.1:1/v1",
                Set.of(RelayFixture.MODEL, GUARDED), 0, 1, AccountHealth.ENABLED, Map.of()), "sk-a", "test");
    }

    private RelayOutcome chat(String withKey, String model, String text) {
        ChatCall call = new ChatCall(model, ("{\"model\":\"" + model + "\"}").getBytes(StandardCharsets.UTF_8), false, false,
                OptionalLong.of(10)).withPrompt(List.of(new PromptText("messages", "be brief"), new PromptText("messages", text)));
        return f.relay.relay(new RelayChat.Command(withKey, call, "req-" + System.nanoTime(), "203.0.113.7"));
    }

    private List<AuditEntry> hits() {
        return f.audit.newest(new Page(0, 50)).stream().filter(e -> e.action().equals(ScreenPrompts.ACTION)).toList();
    }

    @Test
    void aBlockingModelRefusesAListedWordBeforeLimitsHoldsAndTheUpstreamAndTellsAdminsTheWordOnly() {
        RelayOutcome outcome = chat(key, GUARDED, PROMPT);

        assertEquals(new RelayFailure.PromptRefused(GUARDED, "messages"), outcome);
        assertTrue(f.platform.calls.isEmpty(), "no upstream call");
        assertEquals(Points.exactly("10"), f.balance(alice));
        assertTrue(f.metering.usage(alice.id(), 0, 10).isEmpty(), "nothing billed");
        AuditEntry hit = hits().getFirst();
        assertEquals("user:alice", hit.actor());
        assertTrue(hit.detail().contains("model guarded") && hit.detail().contains("test key") && hit.detail().contains("black market"),
                hit.detail());
        assertFalse(hit.detail().contains("tell me about"), "never the prompt: " + hit.detail());
        // The refused call took no request from the key's limit of one per minute.
        assertInstanceOf(RelayOutcome.Answered.class, chat(key, GUARDED, "a harmless question"));
    }

    @Test
    void theSamePromptIsServedByAModelWhoseModerationIsOff() {
        assertInstanceOf(RelayOutcome.Answered.class, chat(key, RelayFixture.MODEL, PROMPT));

        assertEquals(1, f.platform.calls.size());
        assertTrue(hits().isEmpty());
    }

    @Test
    void aKeylessCallToABlockingPublicModelIsRefusedAndLoggedByItsClientIp() {
        assertEquals(new RelayFailure.PromptRefused(GUARDED, "messages"), chat(null, GUARDED, "some CONTRABAND"));

        assertTrue(f.platform.calls.isEmpty());
        assertEquals("public:203.0.113.7", hits().getFirst().actor());
    }

    @Test
    void anEmptyWordListBlocksNothing() {
        f.wordCatalog.replace(List.of());

        assertInstanceOf(RelayOutcome.Answered.class, chat(key, GUARDED, PROMPT));
    }
}
