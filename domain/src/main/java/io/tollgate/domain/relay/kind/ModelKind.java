package io.tollgate.domain.relay.kind;

import java.util.Locale;
import java.util.Optional;

/** What a model does, which decides the endpoint that calls it and the units it is billed in. */
public enum ModelKind {
    CHAT("/v1/chat/completions"),
    EMBEDDING("/v1/embeddings"),
    RERANK("/v1/rerank"),
    SPEECH("/v1/audio/speech"),
    TRANSCRIPTION("/v1/audio/transcriptions");

    private final String endpoint;

    ModelKind(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The path of the OpenAI-compatible endpoint that calls models of this kind. */
    public String endpoint() {
        return endpoint;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModelKind> fromWireName(String name) {
        for (ModelKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** What one unit of a usage record of this kind is: tokens, input characters or milliseconds of audio. */
    public String unit() {
        return switch (this) {
            case CHAT, EMBEDDING, RERANK -> "tokens";
            case SPEECH -> "characters";
            case TRANSCRIPTION -> "milliseconds";
        };
    }
}
