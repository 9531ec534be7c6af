package io.tollgate.adapter.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Requests to, and a provider for, an Anthropic account on a fake platform. */
final class AnthropicFixtures {

    static final String CREDENTIAL = "sk-ant-test-credential-123";

    private AnthropicFixtures() {}

    static AnthropicProvider provider() {
        return new AnthropicProvider(Timeouts.DEFAULTS, Fixtures.CLOCK, Watchdogs.timer());
    }

    static UpstreamRequest request(String baseUrl, String body, boolean stream) {
        return new UpstreamRequest(Fixtures.account(Platform.ANTHROPIC, baseUrl, Map.of()), CREDENTIAL, "claude-test",
                body.getBytes(StandardCharsets.UTF_8), stream);
    }

    static UpstreamRequest request(String baseUrl, boolean stream) {
        return request(baseUrl, "{\"model\":\"claude\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", stream);
    }

    static JsonNode json(String text) throws IOException {
        return AnthropicRequest.JSON.readTree(text);
    }

    /** Writes single quotes as double ones, so fixtures stay readable. */
    static String q(String text) {
        return text.replace('\'', '"');
    }
}
