package io.tollgate.domain.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveWordMatcherTest {

    private static final SensitiveWordMatcher SEED_LIST = SensitiveWordMatcher.of(List.of("政治", "暴力", "色情", "赌博"));

    @ParameterizedTest
    @ValueSource(strings = {"我想赌博", "赌 博", "赌*博", "赌\u3000博", "赌，博"})
    void seedListBlocksAWordEvenWithNoiseBetweenItsCharacters(String question) {
        assertTrue(SEED_LIST.matchesAny(question), question);
        assertEquals(Optional.of("赌博"), SEED_LIST.firstMatch(question).map(WordMatch::word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"博物馆", "你好，请介绍一下人工智能的发展历程", "", "赌一把博"})
    void seedListPassesQuestionsThatOnlyShareCharactersWithAWord(String question) {
        assertFalse(SEED_LIST.matchesAny(question), question);
        assertEquals(List.of(), SEED_LIST.allMatches(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"casino", "CASINO", "ＣＡＳＩＮＯ", "ｃａｓｉｎｏ", "Ca sI-No"})
    void latinWordIsFoundWhateverItsCaseAndWidth(String text) {
        SensitiveWordMatcher matcher = SensitiveWordMatcher.of(List.of("casino"));

        assertEquals(List.of(new WordMatch("casino", text.length() - 1)), matcher.allMatches(text));
    }

    @Test
    void wordWrittenInFullWidthUpperCaseMatchesPlainLowerCaseText() {
        SensitiveWordMatcher matcher = SensitiveWordMatcher.of(List.of(" ＣＡＳＩＮＯ "));

        assertEquals(List.of(new WordMatch("ＣＡＳＩＮＯ", 11)), matcher.allMatches("go to casino"));
    }

    @Test
    void overlappingWordsAreAllReportedInTheOrderOfTheirLastCharacter() {
        SensitiveWordMatcher matcher = SensitiveWordMatcher.of(List.of("he", "she", "his", "hers"));

        // u s h e r s
        // 0 1 2 3 4 5
        assertEquals(
                List.of(new WordMatch("she", 3), new WordMatch("he", 3), new WordMatch("hers", 5)),
                matcher.allMatches("ushers"));
    }

    @Test
    void endIndexPointsIntoTheOriginalTextNotTheNormalisedOne() {
        assertEquals(List.of(new WordMatch("赌博", 4)), SEED_LIST.allMatches("赌 * 博吗"));
    }

    @Test
    void aWordRepeatedInTheTextIsReportedAtEveryOccurrence() {
        assertEquals(
                List.of(new WordMatch("赌博", 1), new WordMatch("赌博", 3), new WordMatch("色情", 6)),
                SEED_LIST.allMatches("赌博赌博，色情"));
    }

    @Test
    void firstMatchIsTheWordWhoseLastCharacterComesFirst() {
        SensitiveWordMatcher matcher = SensitiveWordMatcher.of(List.of("abcd", "bc"));

        assertEquals(Optional.of(new WordMatch("bc", 2)), matcher.firstMatch("abcd"));
    }

    @Test
    void blankWordsAndWordsOfOnlyNoiseAreIgnored() {
        SensitiveWordMatcher matcher = SensitiveWordMatcher.of(Arrays.asList("", "   ", "\u3000", "*!?", "，。", null, "赌博"));

        assertEquals(List.of("赌博"), matcher.words());
        assertFalse(matcher.matchesAny("   *!? ，。"));
        assertTrue(matcher.matchesAny("赌博"));
    }

    @Test
    void emptyListMatchesNothing() {
        SensitiveWordMatcher matcher = SensitiveWordMatcher.of(List.of());

        assertEquals(List.of(), matcher.words());
        assertFalse(matcher.matchesAny("政治 暴力 色情 赌博"));
        assertEquals(List.of(), matcher.allMatches("政治 暴力 色情 赌博"));
        assertEquals(Optional.empty(), matcher.firstMatch(""));
    }

    @Test
    void wordsThatNormaliseToTheSameKeyAreReportedOnceUnderTheFirstSpelling() {
        SensitiveWordMatcher matcher = SensitiveWordMatcher.of(List.of("Casino", "ＣＡＳＩＮＯ", "ca-sino"));

        assertEquals(List.of(new WordMatch("Casino", 5)), matcher.allMatches("casino"));
    }
}
