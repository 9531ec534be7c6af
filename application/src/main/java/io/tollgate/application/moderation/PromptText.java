package io.tollgate.application.moderation;

import java.util.Objects;

/** A piece of a caller's prompt that moderation reads, and the request parameter it came in (e.g. {@code messages}). */
public record PromptText(String param, String text) {

    public PromptText {
        Objects.requireNonNull(param, "param");
        Objects.requireNonNull(text, "text");
    }
}
