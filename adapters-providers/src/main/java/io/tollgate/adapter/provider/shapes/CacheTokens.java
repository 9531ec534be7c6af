package io.tollgate.adapter.provider.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.domain.relay.Usage;

/**
 * The prompt-cache counts OpenAI-format platforms report beside their tokens: OpenAI, GLM and DashScope put cache
 * reads in {@code prompt_tokens_details.cached_tokens} (DashScope's explicit cache its writes in
 * {@code cache_creation_input_tokens} there), DeepSeek in {@code prompt_cache_hit_tokens}, Moonshot in a top-level
 * {@code cached_tokens}.
 */
public final class CacheTokens {

    private CacheTokens() {}

    /** {@code prompt} and {@code completion} as the platform counted them, with the cache counts {@code usage} holds. */
    public static Usage usage(JsonNode usage, long prompt, long completion) {
        JsonNode details = usage.path("prompt_tokens_details");
        long reads = Math.max(OpenAiShapes.count(details.path("cached_tokens")),
                Math.max(OpenAiShapes.count(usage.path("prompt_cache_hit_tokens")), OpenAiShapes.count(usage.path("cached_tokens"))));
        long writes = Math.max(OpenAiShapes.count(details.path("cache_creation_input_tokens")),
                OpenAiShapes.count(details.path("cache_write_tokens")));
        // DeepSeek's hit and miss always add up to the prompt: a reply that left prompt_tokens out still counts it.
        long total = Math.max(prompt, OpenAiShapes.count(usage.path("prompt_cache_hit_tokens"))
                + OpenAiShapes.count(usage.path("prompt_cache_miss_tokens")));
        return Usage.reported(total, completion, reads, writes);
    }
}
