package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.moderation.SensitiveWords;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SensitiveWords} does: it keeps the last list given, whole and in order. */
public abstract class SensitiveWordsContract {

    private SensitiveWords words;

    /** A new, empty word list. */
    protected abstract SensitiveWords newSensitiveWords();

    @BeforeEach
    void createWords() {
        words = newSensitiveWords();
    }

    @Test
    void theListStartsEmpty() {
        assertTrue(words.all().isEmpty());
    }

    @Test
    void theListKeepsTheOrderItWasGivenIn() {
        words.replaceAll(List.of("zebra", "敏感词", "apple", "Ünïcödé"));

        assertEquals(List.of("zebra", "敏感词", "apple", "Ünïcödé"), words.all());
    }

    @Test
    void aReplacementReplacesTheWholeList() {
        words.replaceAll(List.of("a", "b", "c"));
        words.replaceAll(List.of("d"));

        assertEquals(List.of("d"), words.all());
    }

    @Test
    void anEmptyReplacementClearsTheList() {
        words.replaceAll(List.of("a", "b"));
        words.replaceAll(List.of());

        assertTrue(words.all().isEmpty());
    }

    @Test
    void simultaneousReplacementsNeverMixTheirLists() {
        List<List<String>> lists = IntStream.range(0, 8)
                .mapToObj(i -> IntStream.range(0, 40).mapToObj(j -> "list" + i + "-word" + j).toList())
                .toList();

        Concurrently.run(lists.size(), i -> {
            words.replaceAll(lists.get(i));
            return null;
        });

        assertTrue(lists.contains(words.all()), "the final list is one of those given");
    }
}
