package io.tollgate.domain.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the matcher with a naive reference on random word lists and texts. Alphabets are small so that
 * words, overlaps and near-misses are common. A failure names its seed; rerun that seed to reproduce it.
 */
class SensitiveWordMatcherPropertyTest {

    /** Characters words and texts are made of: CJK, Latin in both cases and widths, a digit. */
    private static final String[] LETTERS = {"赌", "博", "政", "治", "a", "b", "A", "ｂ", "Ｂ", "1", "１"};

    /** Characters matching must skip: spaces, punctuation, symbols, an emoji (a surrogate pair). */
    private static final String[] NOISE = {" ", "*", "，", "。", "\u3000", "-", "😀", "\t"};

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void allMatchesAgreesWithANaiveSearchOfTheNormalisedText(long seed) {
        Random random = new Random(seed);
        List<String> words = randomWords(random);
        String text = randomText(random, 0.2);
        SensitiveWordMatcher matcher = SensitiveWordMatcher.of(words);

        List<WordMatch> expected = naiveAllMatches(words, text);
        String context = "seed " + seed + ", words " + words + ", text \"" + text + "\"";
        assertEquals(expected, matcher.allMatches(text), context);
        assertEquals(!expected.isEmpty(), matcher.matchesAny(text), context);
        assertEquals(expected.stream().findFirst(), matcher.firstMatch(text), context);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matchesAnyAgreesWithANaiveSearchOnNoisyTexts(long seed) {
        Random random = new Random(~seed);
        List<String> words = randomWords(random);
        String text = randomText(random, 0.5);
        SensitiveWordMatcher matcher = SensitiveWordMatcher.of(words);

        String context = "seed " + seed + ", words " + words + ", text \"" + text + "\"";
        assertEquals(!naiveAllMatches(words, text).isEmpty(), matcher.matchesAny(text), context);
    }

    private static List<String> randomWords(Random random) {
        int count = random.nextInt(8);
        List<String> words = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(4);
            for (int i = 0; i < length; i++) {
                if (i > 0 && random.nextInt(6) == 0) {
                    word.append(pick(random, NOISE));
                }
                word.append(pick(random, LETTERS));
            }
            words.add(random.nextInt(10) == 0 ? " " + word + " " : word.toString());
        }
        if (random.nextInt(10) == 0) {
            words.add(random.nextBoolean() ? "" : "*，");
        }
        return words;
    }

    private static String randomText(Random random, double noiseShare) {
        int length = random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(random.nextDouble() < noiseShare ? pick(random, NOISE) : pick(random, LETTERS));
        }
        return text.toString();
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /**
     * Every occurrence of every distinct normalised word in the normalised text, by position of its last
     * character in the original text, longer words first when several end there. A word is reported under
     * the first spelling in the list that normalises to it.
     */
    private static List<WordMatch> naiveAllMatches(List<String> words, String text) {
        Map<String, String> spellingByKey = new LinkedHashMap<>();
        for (String word : words) {
            String key = TextNormalizer.normalize(word);
            if (!key.isEmpty()) {
                spellingByKey.putIfAbsent(key, word.strip());
            }
        }
        String normalized = TextNormalizer.normalize(text);
        int[] originalIndex = new int[normalized.length()];
        for (int i = 0, n = 0; i < text.length(); i++) {
            if (TextNormalizer.normalize(text.charAt(i)) != TextNormalizer.NOISE) {
                originalIndex[n++] = i;
            }
        }
        List<WordMatch> found = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (Map.Entry<String, String> word : spellingByKey.entrySet()) {
            String key = word.getKey();
            for (int at = normalized.indexOf(key); at >= 0; at = normalized.indexOf(key, at + 1)) {
                found.add(new WordMatch(word.getValue(), originalIndex[at + key.length() - 1]));
                lengths.add(key.length());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> found.get(i).endIndex())
                .thenComparing(i -> -lengths.get(i)));
        return order.stream().map(found::get).toList();
    }
}
