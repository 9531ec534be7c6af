package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.moderation.PromptText;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.relay.kind.ModelKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StickyRoutesTest {

    private static ChatCall chat(String... texts) {
        return new ChatCall("m", "{}".getBytes(StandardCharsets.UTF_8), false, false, java.util.OptionalLong.empty())
                .withPrompt(java.util.Arrays.stream(texts).map(t -> new PromptText("messages", t)).toList());
    }

    @Test
    void thePrefixIsTheSystemPromptAndFirstMessageEachCutTo2KbAndOnlyItsHashIsKept() {
        String system = "s".repeat(5000);
        Optional<String> one = PromptPrefix.hash("key 1", chat(system, "first", "later turn 1"));

        assertEquals(one, PromptPrefix.hash("key 1", chat(system + "tail beyond 2 KB", "first", "later turn 2")));
        assertNotEquals(one, PromptPrefix.hash("key 1", chat(system, "another first message")));
        assertNotEquals(one, PromptPrefix.hash("key 2", chat(system, "first")));
        assertEquals(64, one.orElseThrow().length(), "a SHA-256 in hex, never the text");
        assertEquals(2 * PromptPrefix.BYTES + 1, PromptPrefix.of(chat(system, "f".repeat(3000))).orElseThrow().length);
        assertEquals(Optional.empty(), PromptPrefix.hash("key 1", chat()));
        assertEquals(Optional.empty(), PromptPrefix.of(ChatCall.json(ModelKind.EMBEDDING, "e", new byte[0])
                .withPrompt(List.of(new PromptText("input", "x")))));
    }

    @Test
    void theMapForgetsTheLeastRecentlyUsedPrefixBeyondItsCapacity() {
        StickyRoutes routes = new StickyRoutes(3);
        AccountId a = new AccountId(UUID.randomUUID());
        for (String prefix : List.of("p1", "p2", "p3")) {
            routes.served(prefix, a);
        }
        routes.lastServed("p1");
        routes.served("p4", a);

        assertEquals(3, routes.size());
        assertTrue(routes.lastServed("p2").isEmpty(), "the least recently used went");
        assertEquals(Optional.of(a), routes.lastServed("p1"));
    }
}
