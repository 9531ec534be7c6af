package io.tollgate.adapter.provider.errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static UpstreamFailure classify(Platform platform, int status, String body, String... headers) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return ErrorClassifier.classify(platform, status, name -> map.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst(),
                body.getBytes(StandardCharsets.UTF_8), NOW);
    }

    @Test
    void glmOutOfBalanceAs429IsQuotaNotRate() {
        UpstreamFailure failure = classify(Platform.GLM, 429, "{\"error\":{\"code\":\"1113\",\"message\":\"您的账户已欠费，请充值后重试。\"}}");
        assertEquals(FailureClass.QUOTA, failure.failureClass());
        assertEquals("您的账户已欠费，请充值后重试。", failure.message());
    }

    @Test
    void glmOtherThrottleAs429IsRate() {
        assertEquals(FailureClass.RATE, classify(Platform.GLM, 429, "{\"error\":{\"code\":\"1302\",\"message\":\"并发数过高\"}}").failureClass());
    }

    @Test
    void dashscopeInsufficientQuotaWordingAs429IsRateNotQuota() {
        String body = "{\"error\":{\"message\":\"You exceeded your current quota, please check your plan.\",\"type\":\"insufficient_quota\","
                + "\"code\":\"insufficient_quota\"}}";
        assertEquals(FailureClass.RATE, classify(Platform.DASHSCOPE, 429, body).failureClass());
    }

    @Test
    void dashscopeArrearageIsQuota() {
        String body = "{\"error\":{\"message\":\"Access denied, please make sure your account is in good standing.\",\"type\":\"Arrearage\","
                + "\"param\":null,\"code\":\"Arrearage\"}}";
        assertEquals(FailureClass.QUOTA, classify(Platform.DASHSCOPE, 400, body).failureClass());
    }

    @Test
    void openaiInsufficientQuotaAs429IsQuota() {
        String body = "{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}";
        assertEquals(FailureClass.QUOTA, classify(Platform.OPENAI, 429, body).failureClass());
    }

    @Test
    void openaiPlain429IsRate() {
        assertEquals(FailureClass.RATE, classify(Platform.OPENAI, 429, "{\"error\":{\"code\":\"rate_limit_exceeded\"}}").failureClass());
    }

    @Test
    void unauthorizedAndForbiddenAreAuth() {
        assertEquals(FailureClass.AUTH, classify(Platform.OPENAI, 401, "{\"error\":{\"code\":\"invalid_api_key\"}}").failureClass());
        assertEquals(FailureClass.AUTH, classify(Platform.QIANFAN, 403, "").failureClass());
    }

    @Test
    void paymentRequiredIsQuota() {
        assertEquals(FailureClass.QUOTA, classify(Platform.QIANFAN, 402, "").failureClass());
    }

    @Test
    void serverErrorsOverloadAndRequestTimeoutAreTransient() {
        assertEquals(FailureClass.TRANSIENT, classify(Platform.OPENAI, 500, "oops").failureClass());
        assertEquals(FailureClass.TRANSIENT, classify(Platform.OPENAI, 529, "{\"error\":{\"type\":\"overloaded_error\"}}").failureClass());
        assertEquals(FailureClass.TRANSIENT, classify(Platform.OPENAI, 408, "").failureClass());
        assertEquals(FailureClass.TRANSIENT, classify(Platform.OPENAI, 400, "{\"error\":{\"type\":\"overloaded\"}}").failureClass());
        assertEquals(500, classify(Platform.OPENAI, 500, "oops").status());
    }

    @Test
    void badRequestIsClientWithStatusContentTypeAndBodyKept() {
        String body = "{\"error\":{\"message\":\"Invalid 'messages': empty array.\",\"type\":\"invalid_request_error\"}}";
        UpstreamFailure failure = classify(Platform.OPENAI, 400, body, "Content-Type", "application/json; charset=utf-8");
        assertEquals(FailureClass.CLIENT, failure.failureClass());
        assertEquals(400, failure.status());
        assertEquals("application/json; charset=utf-8", failure.contentType());
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), failure.body());
        assertEquals("Invalid 'messages': empty array.", failure.message());
    }

    @Test
    void sparkBodyCodesDecideWhateverTheStatus() {
        assertEquals(FailureClass.AUTH, classify(Platform.SPARK, 200, "{\"code\":11200,\"message\":\"auth failed\"}").failureClass());
        assertEquals(FailureClass.QUOTA, classify(Platform.SPARK, 200, "{\"code\":11201,\"message\":\"daily limit\"}").failureClass());
        assertEquals(FailureClass.RATE, classify(Platform.SPARK, 200, "{\"code\":11202,\"message\":\"qps\"}").failureClass());
        assertEquals(FailureClass.RATE, classify(Platform.SPARK, 429, "{\"code\":11203,\"message\":\"concurrency\"}").failureClass());
        assertEquals(402, classify(Platform.SPARK, 200, "{\"code\":11201,\"message\":\"daily limit\"}").status());
    }

    @Test
    void retryAfterInSecondsIsParsed() {
        UpstreamFailure failure = classify(Platform.OPENAI, 429, "{}", "Retry-After", "17");
        assertEquals(Optional.of(Duration.ofSeconds(17)), failure.retryAfter());
    }

    @Test
    void retryAfterAsAnHttpDateIsTheDelayFromNow() {
        UpstreamFailure failure = classify(Platform.OPENAI, 503, "", "Retry-After", "Sun, 01 Mar 2026 10:01:30 GMT");
        assertEquals(Optional.of(Duration.ofSeconds(90)), failure.retryAfter());
        assertEquals(Optional.empty(), classify(Platform.OPENAI, 429, "", "Retry-After", "soon").retryAfter());
    }

    @Test
    void theMessageIsBoundedAndFallsBackToTheStatus() {
        String longMessage = "x".repeat(5000);
        UpstreamFailure failure = classify(Platform.OPENAI, 400, "{\"error\":{\"message\":\"" + longMessage + "\"}}");
        assertEquals(ErrorClassifier.MAX_MESSAGE + 1, failure.message().length());
        assertEquals("HTTP 502", classify(Platform.OPENAI, 502, "<html>bad gateway</html>").message());
    }
}
