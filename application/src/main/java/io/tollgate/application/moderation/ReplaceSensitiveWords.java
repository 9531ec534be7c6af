package io.tollgate.application.moderation;

import io.tollgate.application.audit.AuditTrail;
import java.util.LinkedHashSet;
import java.util.List;

/** Replaces the sensitive-word list: words are trimmed, blanks and repeats dropped, order kept; audited. */
public final class ReplaceSensitiveWords {

    public static final int MAX_WORDS = 100_000;
    public static final int MAX_WORD_LENGTH = 100;

    public sealed interface Outcome {
        record Replaced(List<String> words) implements Outcome {}

        record Rejected(String why) implements Outcome {}
    }

    private final SensitiveWordCatalog catalog;
    private final AuditTrail audit;

    public ReplaceSensitiveWords(SensitiveWordCatalog catalog, AuditTrail audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    public Outcome replace(List<String> words, String actor) {
        LinkedHashSet<String> cleaned = new LinkedHashSet<>();
        for (String word : words) {
            if (word == null) {
                return new Outcome.Rejected("a word cannot be null");
            }
            String stripped = word.strip();
            if (stripped.length() > MAX_WORD_LENGTH) {
                return new Outcome.Rejected("a word has at most " + MAX_WORD_LENGTH + " characters");
            }
            if (!stripped.isEmpty()) {
                cleaned.add(stripped);
            }
        }
        if (cleaned.size() > MAX_WORDS) {
            return new Outcome.Rejected("the list has at most " + MAX_WORDS + " words");
        }
        List<String> list = List.copyOf(cleaned);
        catalog.replace(list);
        audit.record(actor, "replace-sensitive-words", list.size() + " words");
        return new Outcome.Replaced(list);
    }
}
