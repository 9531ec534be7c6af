package io.tollgate.domain.moderation;

/**
 * How text is compared against sensitive words: full-width forms become half-width, letters lower-case,
 * and noise (spaces, punctuation, symbols, controls) is skipped, so {@code 赌 博} and {@code 赌*博} read
 * as {@code 赌博}.
 */
final class TextNormalizer {

    /** Returned for a character that does not take part in matching. */
    public static final char NOISE = '\uFFFF';

    private TextNormalizer() {}

    /** The character as matching sees it, or {@link #NOISE}. */
    public static char normalize(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            return NOISE;
        }
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : NOISE;
        }
        return isNoise(c) ? NOISE : Character.toLowerCase(c);
    }

    /** The word with noise removed and every character normalised. */
    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = normalize(text.charAt(i));
            if (c != NOISE) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isNoise(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.CONTROL, Character.FORMAT,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }
}
