package io.tollgate.domain.relay;

/**
 * Tokens a call used; estimated when the platform gave no usage and a tokenizer counted instead. {@code promptTokens}
 * is every input token; of those, {@code cachedReadTokens} were read from the platform's prompt cache and
 * {@code cacheWriteTokens} written to it, each priced apart.
 */
public record Usage(long promptTokens, long completionTokens, long cachedReadTokens, long cacheWriteTokens,
                    boolean estimated) {

    public static final Usage NONE = new Usage(0, 0, false);

    public Usage {
        if (promptTokens < 0 || completionTokens < 0 || cachedReadTokens < 0 || cacheWriteTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
        if (cachedReadTokens + cacheWriteTokens > promptTokens) {
            throw new IllegalArgumentException("cached and cache-write tokens are part of the prompt tokens");
        }
    }

    /** No prompt cache involved. */
    public Usage(long promptTokens, long completionTokens, boolean estimated) {
        this(promptTokens, completionTokens, 0, 0, estimated);
    }

    /**
     * A platform's report, trusted only as far as it is consistent: cache counts beyond the prompt are cut to it
     * (cache reads first), so a confused reply never bills more tokens than it reports as input.
     */
    public static Usage reported(long promptTokens, long completionTokens, long cachedReadTokens, long cacheWriteTokens) {
        long prompt = Math.max(0, promptTokens);
        long reads = Math.min(Math.max(0, cachedReadTokens), prompt);
        long writes = Math.min(Math.max(0, cacheWriteTokens), prompt - reads);
        return new Usage(prompt, Math.max(0, completionTokens), reads, writes, false);
    }

    /** Input tokens neither read from nor written to a prompt cache: they pay the plain input price. */
    public long uncachedInputTokens() {
        return promptTokens - cachedReadTokens - cacheWriteTokens;
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
