package io.tollgate.application.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.fakes.InMemoryAuditLog;
import io.tollgate.application.fakes.InMemorySensitiveWords;
import io.tollgate.application.fakes.SettableClock;
import io.tollgate.domain.moderation.PromptModeration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreenPromptsTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T04:00:00Z"));
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final SensitiveWordCatalog catalog = new SensitiveWordCatalog(new InMemorySensitiveWords(), clock, Duration.ofSeconds(5));
    private final ScreenPrompts screen = new ScreenPrompts(catalog, new AuditTrail(log, clock));
    private final ScreenPrompts.Caller caller = new ScreenPrompts.Caller("user:bob", "rerank-1", Optional.of("kb (sk-ab…)"));
    private final List<PromptText> prompt = List.of(new PromptText("query", "where to buy"),
            new PromptText("documents", "a shop for 赌 博 chips"), new PromptText("documents", "contraband and more 赌博"));

    ScreenPromptsTest() {
        catalog.replace(List.of("赌博", "contraband"));
    }

    @Test
    void namesTheFirstMatchingParameterAndEveryWordFoundOnce() {
        assertEquals(Optional.of(new ScreenPrompts.Blocked("documents", List.of("赌博", "contraband"))),
                screen.screen(PromptModeration.BLOCK, prompt, caller));

        assertEquals(List.of(ScreenPrompts.ACTION), log.actions());
        assertEquals("model rerank-1, key kb (sk-ab…), documents: 赌博, contraband", log.newest(0, 1).getFirst().detail());
    }

    @Test
    void aModelWithModerationOffPassesEverythingAndLogsNothing() {
        assertEquals(Optional.empty(), screen.screen(PromptModeration.OFF, prompt, caller));

        assertTrue(log.actions().isEmpty());
    }

    @Test
    void aCleanPromptPasses() {
        assertEquals(Optional.empty(), screen.screen(PromptModeration.BLOCK, List.of(new PromptText("input", "hello")), caller));

        assertTrue(log.actions().isEmpty());
    }
}
