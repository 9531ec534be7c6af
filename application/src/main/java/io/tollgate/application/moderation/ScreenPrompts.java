package io.tollgate.application.moderation;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.domain.moderation.PromptModeration;
import io.tollgate.domain.moderation.SensitiveWordMatcher;
import io.tollgate.domain.moderation.WordMatch;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a prompt holding a sensitive word when its model blocks them, and records the words found (never the
 * prompt) in the audit log, where admins read it.
 */
public final class ScreenPrompts {

    /** The audit action of a refused prompt. */
    public static final String ACTION = "block-sensitive-prompt";

    /** Who called which model, for the audit entry: the caller as {@code Actors} names them, and their key if any. */
    public record Caller(String actor, String model, Optional<String> key) {}

    /** The prompt was refused: the parameter of the first text that matched, and every word found. */
    public record Blocked(String param, List<String> words) {}

    private final SensitiveWordCatalog catalog;
    private final AuditTrail audit;

    public ScreenPrompts(SensitiveWordCatalog catalog, AuditTrail audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    public Optional<Blocked> screen(PromptModeration mode, List<PromptText> prompt, Caller caller) {
        if (mode == PromptModeration.OFF || prompt.isEmpty()) {
            return Optional.empty();
        }
        SensitiveWordMatcher matcher = catalog.matcher();
        if (matcher.words().isEmpty()) {
            return Optional.empty();
        }
        String param = null;
        Set<String> words = new LinkedHashSet<>();
        for (PromptText text : prompt) {
            List<WordMatch> found = matcher.allMatches(text.text());
            if (!found.isEmpty() && param == null) {
                param = text.param();
            }
            found.forEach(match -> words.add(match.word()));
        }
        if (param == null) {
            return Optional.empty();
        }
        Blocked blocked = new Blocked(param, List.copyOf(words));
        audit.record(caller.actor(), ACTION, "model " + caller.model() + caller.key().map(key -> ", key " + key).orElse("")
                + ", " + param + ": " + String.join(", ", blocked.words()));
        return Optional.of(blocked);
    }
}
