package io.tollgate.domain.shareauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryKeyTest {

    private static String key(RetryKey key) {
        return key.value().orElseThrow();
    }

    @Test
    void theSameChatAndNodeRunsGiveTheSameKey() {
        assertEquals(key(new RetryKey.NodeRuns("chat-1", List.of("a", "b"))),
                key(new RetryKey.NodeRuns("chat-1", List.of("a", "b"))));
    }

    @Test
    void anotherTurnOfTheSameChatGetsAnotherKey() {
        String first = key(new RetryKey.NodeRuns("chat-1", List.of("a")));

        assertNotEquals(first, key(new RetryKey.NodeRuns("chat-1", List.of("b"))));
        assertNotEquals(first, key(new RetryKey.NodeRuns("chat-2", List.of("a"))));
        assertNotEquals(key(new RetryKey.NodeRuns("chat-1", List.of("a", "b"))),
                key(new RetryKey.NodeRuns("chat-1", List.of("b", "a"))));
    }

    @Test
    void partsCannotBeShiftedIntoOneAnother() {
        assertNotEquals(key(new RetryKey.NodeRuns("ab", List.of("c"))), key(new RetryKey.NodeRuns("a", List.of("bc"))));
        assertNotEquals(key(new RetryKey.NodeRuns("", List.of("a", "b"))), key(new RetryKey.NodeRuns("", List.of("ab"))));
        assertNotEquals(key(new RetryKey.Payload("c", "d1")), key(new RetryKey.Payload("cd", "1")));
    }

    @Test
    void eachKindHasItsOwnPrefixSoNoneCanTakeAnothersKey() {
        String turn = key(new RetryKey.NodeRuns("chat-1", List.of("a")));
        String body = key(new RetryKey.Payload("chat-1", "abc"));

        assertTrue(turn.matches("turn:[0-9a-f]{64}"), turn);
        assertTrue(body.matches("body:[0-9a-f]{64}"), body);
        assertEquals("key:" + turn, key(new RetryKey.Supplied(turn)));
        assertEquals(Optional.empty(), new RetryKey.None().value());
    }

    @Test
    void aSuppliedKeyIsOneToTwoHundredCharactersWithoutControlCharacters() {
        assertEquals("key:" + "k".repeat(200), key(new RetryKey.Supplied("k".repeat(200))));
        for (String bad : new String[] {"", " ", "k".repeat(201), "a\tb", "a\u0000b", "a\nb"}) {
            assertThrows(IllegalArgumentException.class, () -> new RetryKey.Supplied(bad), bad);
        }
    }

    @Test
    void aTurnHasAtLeastOneNodeRun() {
        assertThrows(IllegalArgumentException.class, () -> new RetryKey.NodeRuns("chat-1", List.of()));
    }
}
