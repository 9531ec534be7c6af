package io.tollgate.adapter.provider.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.relay.Usage;
import org.junit.jupiter.api.Test;

class AnthropicCacheUsageTest {

    @Test
    void cacheReadsAndWritesJoinTheInputTokensAndAreKeptApart() throws Exception {
        Usage usage = AnthropicReply.usage(AnthropicFixtures.json(
                "{\"input_tokens\":50,\"cache_read_input_tokens\":800,\"cache_creation_input_tokens\":100,\"output_tokens\":30}"), Usage.NONE);
        assertEquals(new Usage(950, 30, 800, 100, false), usage);
        assertEquals(50, usage.uncachedInputTokens());
    }

    @Test
    void aMessageDeltaWithOnlyOutputKeepsTheStartsInputAndCacheCounts() throws Exception {
        Usage start = new Usage(950, 1, 800, 100, false);
        assertEquals(new Usage(950, 30, 800, 100, false),
                AnthropicReply.usage(AnthropicFixtures.json("{\"output_tokens\":30}"), start));
    }

    @Test
    void aMessageDeltaWithCumulativeCountsReplacesThem() throws Exception {
        Usage start = new Usage(950, 1, 800, 100, false);
        assertEquals(new Usage(960, 30, 810, 100, false), AnthropicReply.usage(AnthropicFixtures.json(
                "{\"input_tokens\":50,\"cache_read_input_tokens\":810,\"output_tokens\":30}"), start));
    }
}
