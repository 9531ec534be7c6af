package io.tollgate.domain.relay;

/** Tokens a call used; estimated when the platform gave no usage and a tokenizer counted instead. */
public record Usage(long promptTokens, long completionTokens, boolean estimated) {

    public static final Usage NONE = new Usage(0, 0, false);

    public Usage {
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
