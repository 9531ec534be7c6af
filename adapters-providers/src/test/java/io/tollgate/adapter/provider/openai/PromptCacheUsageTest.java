package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each OpenAI-format family's way of reporting its prompt cache, in a whole reply and in a stream's usage chunk. */
class PromptCacheUsageTest {

    private static final String OPENAI = "{\"prompt_tokens\":1000,\"completion_tokens\":40,\"total_tokens\":1040,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":500,\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0}}";
    private static final String DEEPSEEK = "{\"prompt_tokens\":1000,\"completion_tokens\":40,\"total_tokens\":1040,"
            + "\"prompt_cache_hit_tokens\":640,\"prompt_cache_miss_tokens\":360}";
    private static final String DASHSCOPE_EXPLICIT = "{\"prompt_tokens\":1000,\"completion_tokens\":40,\"total_tokens\":1040,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":0,\"cache_creation_input_tokens\":900,\"cache_type\":\"ephemeral\"}}";
    private static final String MOONSHOT = "{\"prompt_tokens\":1000,\"completion_tokens\":40,\"total_tokens\":1040,\"cached_tokens\":300}";

    private static String reply(String usage) {
        return "{\"id\":\"c\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":\"ok\"},\"finish_reason\":\"stop\"}],\"usage\":" + usage + "}";
    }

    private static Optional<Usage> json(Platform platform, String usage) throws Exception {
        try (FakePlatform fake = new FakePlatform(FakePlatform.json(200, reply(usage)))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(platform, fake.baseUrl(), false));
            return assertInstanceOf(UpstreamResult.Completed.class, result).usage();
        }
    }

    private static Optional<Usage> streamed(Platform platform, String usage) throws Exception {
        String chunk = "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"ok\"},"
                + "\"finish_reason\":\"stop\"}]}";
        String last = "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":" + usage + "}";
        try (FakePlatform fake = new FakePlatform(FakePlatform.sse(0, "data: " + chunk + "\n\n", "data: " + last + "\n\n",
                "data: [DONE]\n\n"))) {
            List<StreamEvent> events = Fixtures.drain(Fixtures.provider().call(Fixtures.request(platform, fake.baseUrl(), true)));
            return ((StreamEvent.Data) events.get(1)).usage();
        }
    }

    @Test
    void openAiAndGlmAndDashScopeCachedTokensAreCacheReads() throws Exception {
        Optional<Usage> expected = Optional.of(new Usage(1000, 40, 500, 0, false));
        for (Platform platform : List.of(Platform.OPENAI, Platform.GLM, Platform.DASHSCOPE)) {
            assertEquals(expected, json(platform, OPENAI), platform.name());
            assertEquals(expected, streamed(platform, OPENAI), platform.name());
        }
    }

    @Test
    void deepSeekCacheHitsAreCacheReads() throws Exception {
        Optional<Usage> expected = Optional.of(new Usage(1000, 40, 640, 0, false));
        assertEquals(expected, json(Platform.OPENAI, DEEPSEEK));
        assertEquals(expected, streamed(Platform.OPENAI, DEEPSEEK));
    }

    @Test
    void deepSeekHitsAndMissesMakeThePromptWhenPromptTokensAreMissing() throws Exception {
        assertEquals(Optional.of(new Usage(1000, 40, 640, 0, false)),
                json(Platform.OPENAI, "{\"completion_tokens\":40,\"prompt_cache_hit_tokens\":640,\"prompt_cache_miss_tokens\":360}"));
    }

    @Test
    void dashScopeExplicitCacheCreationIsACacheWrite() throws Exception {
        Optional<Usage> expected = Optional.of(new Usage(1000, 40, 0, 900, false));
        assertEquals(expected, json(Platform.DASHSCOPE, DASHSCOPE_EXPLICIT));
        assertEquals(expected, streamed(Platform.DASHSCOPE, DASHSCOPE_EXPLICIT));
    }

    @Test
    void aTopLevelCachedTokensCountIsACacheRead() throws Exception {
        assertEquals(Optional.of(new Usage(1000, 40, 300, 0, false)), json(Platform.OPENAI, MOONSHOT));
    }

    @Test
    void moreCachedThanPromptTokensIsCutToThePrompt() throws Exception {
        assertEquals(Optional.of(new Usage(100, 4, 100, 0, false)), json(Platform.OPENAI,
                "{\"prompt_tokens\":100,\"completion_tokens\":4,\"prompt_tokens_details\":{\"cached_tokens\":250}}"));
    }
}
