package io.tollgate.adapter.provider.anthropic;

import static io.tollgate.adapter.provider.anthropic.AnthropicFixtures.q;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.provider.FakePlatform;
import io.tollgate.adapter.provider.Fixtures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnthropicErrorsTest {

    private static String error(String type, String message) {
        return q("{'type':'error','error':{'type':'" + type + "','message':'" + message + "'}}");
    }

    private static UpstreamFailure failure(int status, String body, boolean stream, String... headers) throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.json(status, body, headers))) {
            UpstreamResult result = AnthropicFixtures.provider().call(AnthropicFixtures.request(platform.baseUrl(), stream));
            return assertInstanceOf(UpstreamResult.Failed.class, result).failure();
        }
    }

    @Test
    void creditBalanceTooLowAs400IsQuotaNotTheCallersFault() throws Exception {
        UpstreamFailure failure = failure(400, error("invalid_request_error",
                "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."), false);
        assertEquals(FailureClass.QUOTA, failure.failureClass());
        assertTrue(failure.message().startsWith("Your credit balance is too low"), failure.message());
    }

    @Test
    void overloadedAs529IsTransient() throws Exception {
        assertEquals(FailureClass.TRANSIENT, failure(529, error("overloaded_error", "Overloaded"), true).failureClass());
    }

    @Test
    void badKeyAs401IsAuthAndPermissionAs403IsAuth() throws Exception {
        assertEquals(FailureClass.AUTH, failure(401, error("authentication_error", "invalid x-api-key"), false).failureClass());
        assertEquals(FailureClass.AUTH, failure(403, error("permission_error", "not allowed"), false).failureClass());
    }

    @Test
    void throttleAs429IsRateAndKeepsRetryAfter() throws Exception {
        UpstreamFailure failure = failure(429, error("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"),
                false, "retry-after", "17");
        assertEquals(FailureClass.RATE, failure.failureClass());
        assertEquals(Optional.of(Duration.ofSeconds(17)), failure.retryAfter());
    }

    @Test
    void otherInvalidRequestsAreTheCallersFaultWithTheBodyKept() throws Exception {
        String body = error("invalid_request_error", "max_tokens: 999999 > 64000, which is the maximum allowed");
        UpstreamFailure failure = failure(400, body, false);
        assertEquals(FailureClass.CLIENT, failure.failureClass());
        assertEquals(400, failure.status());
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), failure.body());
        assertEquals(FailureClass.CLIENT, failure(404, error("not_found_error", "model: claude-nope"), false).failureClass());
    }

    @Test
    void serverErrorsAreTransient() throws Exception {
        assertEquals(FailureClass.TRANSIENT, failure(500, error("api_error", "Internal server error"), false).failureClass());
        assertEquals(FailureClass.TRANSIENT, failure(503, "<html>unavailable</html>", false).failureClass());
    }

    @Test
    void anErrorEventMidStreamEndsItAsAClassifiedFailure() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(0, AnthropicStreamTest.event("message_start",
                "{'type':'message_start','message':{'id':'msg_e','type':'message','role':'assistant','model':'claude-test','content':[],"
                        + "'usage':{'input_tokens':5,'output_tokens':1}}}"),
                AnthropicStreamTest.event("content_block_delta", "{'type':'content_block_delta','index':0,'delta':{'type':'text_delta','text':'Hi'}}"),
                AnthropicStreamTest.event("error", "{'type':'error','error':{'type':'overloaded_error','message':'Overloaded'}}")))) {
            List<StreamEvent> events = Fixtures.drain(AnthropicFixtures.provider().call(AnthropicFixtures.request(platform.baseUrl(), true)));
            // message_start sends nothing: the caller's first chunk is the first real delta.
            assertEquals(2, events.size(), events.toString());
            assertEquals("Hi", assertInstanceOf(StreamEvent.Data.class, events.get(0)).text());
            UpstreamFailure failure = assertInstanceOf(StreamEvent.Failed.class, events.get(1)).failure();
            assertEquals(FailureClass.TRANSIENT, failure.failureClass());
            assertEquals("Overloaded", failure.message());
        }
    }

    @Test
    void anErrorRightAfterMessageStartIsTheStreamsFirstEventSoTheCallerNeverGetsA200() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(0, AnthropicStreamTest.event("message_start",
                "{'type':'message_start','message':{'id':'msg_o','type':'message','role':'assistant','model':'claude-test','content':[],"
                        + "'usage':{'input_tokens':5,'output_tokens':1}}}"),
                AnthropicStreamTest.event("ping", "{'type':'ping'}"),
                AnthropicStreamTest.event("error", "{'type':'error','error':{'type':'overloaded_error','message':'Overloaded'}}")))) {
            List<StreamEvent> events = Fixtures.drain(AnthropicFixtures.provider().call(AnthropicFixtures.request(platform.baseUrl(), true)));
            assertEquals(1, events.size(), events.toString());
            assertEquals(FailureClass.TRANSIENT, assertInstanceOf(StreamEvent.Failed.class, events.get(0)).failure().failureClass());
        }
    }

    @Test
    void anErrorInA200JsonBodyIsAFailureNeverAnEmptyCompletion() throws Exception {
        assertEquals(FailureClass.RATE, failure(200, error("rate_limit_error", "slow down"), false).failureClass());
        assertEquals(FailureClass.TRANSIENT, failure(200, error("overloaded_error", "Overloaded"), true).failureClass());
    }

    @Test
    void aStreamThatStopsBeforeMessageStopIsABrokenStream() throws Exception {
        try (FakePlatform platform = new FakePlatform(FakePlatform.sse(0, AnthropicStreamTest.event("message_start",
                "{'type':'message_start','message':{'id':'m','model':'c','usage':{'input_tokens':5,'output_tokens':1}}}")))) {
            List<StreamEvent> events = Fixtures.drain(AnthropicFixtures.provider().call(AnthropicFixtures.request(platform.baseUrl(), true)));
            assertEquals(FailureClass.TRANSIENT, assertInstanceOf(StreamEvent.Failed.class, events.get(events.size() - 1)).failure().failureClass());
        }
    }
}
