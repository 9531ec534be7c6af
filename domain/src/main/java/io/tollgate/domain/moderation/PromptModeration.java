package io.tollgate.domain.moderation;

import java.util.Locale;
import java.util.Optional;

/** What a model does with a prompt that holds a sensitive word: nothing ({@code OFF}), or refuse the call ({@code BLOCK}). */
public enum PromptModeration {
    OFF,
    BLOCK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PromptModeration> fromWireName(String name) {
        for (PromptModeration mode : values()) {
            if (mode.wireName().equals(name)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
