package io.tollgate.adapter.provider.openai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonCompletionTest {

    private static final String OPENAI_REPLY = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"upstream-model\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hello!\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":34,\"total_tokens\":46}}";

    @Test
    void aJsonReplyIsPassedOnByteForByteWithItsUsage() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, OPENAI_REPLY))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.QIANFAN, platform.baseUrl(), false));
            UpstreamResult.Completed completed = assertInstanceOf(UpstreamResult.Completed.class, result);
            assertArrayEquals(OPENAI_REPLY.getBytes(StandardCharsets.UTF_8), completed.body());
            assertEquals(Optional.of(new Usage(12, 34, false)), completed.usage());
            assertEquals("Hello!", completed.text());
        }
    }

    @Test
    void aReplyWithoutUsageHasNone() throws Exception {
        String reply = "{\"id\":\"c\",\"choices\":[{\"message\":{\"content\":\"x\"}}]}";
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, reply))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), false));
            assertEquals(Optional.empty(), assertInstanceOf(UpstreamResult.Completed.class, result).usage());
        }
    }

    @Test
    void sparkSuccessCarriesCodeZeroAndIsAReply() throws Exception {
        String reply = "{\"code\":0,\"message\":\"Success\",\"sid\":\"cha000\",\"choices\":[{\"message\":{\"role\":\"assistant\","
                + "\"content\":\"你好\"},\"index\":0}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}";
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, reply))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.SPARK, platform.baseUrl(), false));
            assertEquals(Optional.of(new Usage(3, 2, false)), assertInstanceOf(UpstreamResult.Completed.class, result).usage());
        }
    }

    @Test
    void sparkHttp200WithANonZeroCodeIsAClassifiedFailure() throws Exception {
        String reply = "{\"code\":11201,\"message\":\"licc failed: daily limit exceeded\",\"sid\":\"cha001\"}";
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(200, reply))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.SPARK, platform.baseUrl(), false));
            UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
            assertEquals(FailureClass.QUOTA, failed.failure().failureClass());
            assertTrue(failed.failure().message().contains("daily limit"));
        }
    }

    @Test
    void aPlatformErrorMessageNeverCarriesTheCredential() throws Exception {
        String reply = "{\"error\":{\"message\":\"Incorrect API key provided: sk-test-credential-123\",\"type\":\"invalid_request_error\","
                + "\"code\":\"invalid_api_key\"}}";
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(401, reply))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), false));
            UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
            assertEquals(FailureClass.AUTH, failed.failure().failureClass());
            assertTrue(failed.failure().message().startsWith("Incorrect API key"));
            assertTrue(!failed.failure().message().contains("sk-test-credential-123"), failed.failure().message());
        }
    }

    @Test
    void aClientErrorKeepsStatusContentTypeAndBodyForTheCaller() throws Exception {
        String reply = "{\"error\":{\"message\":\"max_tokens is too large\",\"type\":\"invalid_request_error\",\"param\":\"max_tokens\"}}";
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(400, reply))) {
            UpstreamResult result = Fixtures.provider().call(Fixtures.request(Platform.OPENAI, platform.baseUrl(), false));
            UpstreamResult.Failed failed = assertInstanceOf(UpstreamResult.Failed.class, result);
            assertEquals(FailureClass.CLIENT, failed.failure().failureClass());
            assertEquals(400, failed.failure().status());
            assertEquals("application/json", failed.failure().contentType());
            assertArrayEquals(reply.getBytes(StandardCharsets.UTF_8), failed.failure().body());
            assertEquals("max_tokens is too large", failed.failure().message());
        }
    }
}
