package io.tollgate.adapter.provider.errors;

import static io.tollgate.domain.account.FailureClass.AUTH;
import static io.tollgate.domain.account.FailureClass.CLIENT;
import static io.tollgate.domain.account.FailureClass.QUOTA;
import static io.tollgate.domain.account.FailureClass.RATE;
import static io.tollgate.domain.account.FailureClass.TRANSIENT;
import static io.tollgate.domain.account.Platform.AIBALANCE;
import static io.tollgate.domain.account.Platform.ANTHROPIC;
import static io.tollgate.domain.account.Platform.DASHSCOPE;
import static io.tollgate.domain.account.Platform.DASHSCOPE_NATIVE;
import static io.tollgate.domain.account.Platform.ERNIE_V1;
import static io.tollgate.domain.account.Platform.GLM;
import static io.tollgate.domain.account.Platform.OPENAI;
import static io.tollgate.domain.account.Platform.QIANFAN;
import static io.tollgate.domain.account.Platform.SPARK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per known error of each platform Tollgate speaks (the providers protocol notes): status and body in, class
 * out, so a change to the classifier cannot quietly move one. Status 200 stands for an error inside a 200 body or a
 * stream.
 */
class ErrorClassifierTrapsTest {

    record Row(Platform platform, int status, String body, FailureClass expected, String what) {
        @Override
        public String toString() {
            return platform.wireName() + " " + status + " " + what + " → " + expected;
        }
    }

    private static String openAi(String code, String type, String message) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"param\":null,\"code\":\"" + code + "\"}}";
    }

    private static String glm(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
    }

    private static String spark(int code, String message) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"sid\":\"cha000b0004@dx193f1b2c3d4a1a4533\",\"choices\":[]}";
    }

    static List<Row> rows() {
        String quotaWords = "You exceeded your current quota, please check your plan and billing details.";
        return List.of(
                new Row(OPENAI, 401, openAi("invalid_api_key", "invalid_request_error", "Incorrect API key provided"), AUTH, "bad key"),
                new Row(OPENAI, 429, openAi("insufficient_quota", "insufficient_quota", quotaWords), QUOTA, "no credit, sent as 429"),
                new Row(OPENAI, 429, openAi("rate_limit_exceeded", "requests", "Rate limit reached for requests"), RATE, "throttle"),
                new Row(OPENAI, 400, openAi("invalid_value", "invalid_request_error", "Invalid 'messages'"), CLIENT, "caller's mistake"),
                new Row(OPENAI, 400, openAi("content_filter", "invalid_request_error", "flagged by the content filter"), CLIENT, "content filter"),
                new Row(OPENAI, 500, openAi("server_error", "server_error", "The server had an error"), TRANSIENT, "server error"),
                new Row(OPENAI, 503, "<html>Service Unavailable</html>", TRANSIENT, "not JSON"),
                new Row(OPENAI, 408, "", TRANSIENT, "request timeout"),
                new Row(OPENAI, 529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}",
                        TRANSIENT, "overloaded"),
                new Row(OPENAI, 200, openAi("server_error", "server_error", "The server had an error"), TRANSIENT, "error in a 200"),
                new Row(OPENAI, 200, openAi("insufficient_quota", "insufficient_quota", quotaWords), QUOTA, "no credit in a stream"),
                new Row(DASHSCOPE, 429, openAi("insufficient_quota", "insufficient_quota", quotaWords), RATE, "per-minute throttle worded as quota"),
                new Row(DASHSCOPE, 200, openAi("insufficient_quota", "insufficient_quota", quotaWords), RATE, "the same throttle in a stream"),
                new Row(DASHSCOPE, 400, openAi("Arrearage", "Arrearage", "Access denied, please make sure your account is in good standing."),
                        QUOTA, "arrears as 400"),
                new Row(DASHSCOPE, 401, openAi("invalid_api_key", "invalid_request_error", "Incorrect API key provided. "), AUTH, "bad key"),
                new Row(DASHSCOPE, 400, openAi("data_inspection_failed", "data_inspection_failed", "Input data may contain inappropriate content."),
                        CLIENT, "moderation"),
                new Row(DASHSCOPE, 200, openAi("data_inspection_failed", "data_inspection_failed", "Output data may contain inappropriate content."),
                        CLIENT, "moderation in a stream"),
                new Row(QIANFAN, 401, openAi("invalid_iam_token", "invalid_request_error", "IAM Certification failed"), AUTH, "bad key"),
                new Row(QIANFAN, 403, "", AUTH, "forbidden"),
                new Row(QIANFAN, 402, "", QUOTA, "payment required"),
                new Row(QIANFAN, 429, openAi("rpm_rate_limit_exceeded", "rate_limit_exceeded", "Rate limit reached for RPM"), RATE,
                        "throttle"),
                new Row(QIANFAN, 200, "{\"error_code\":336100,\"error_msg\":\"system is busy, please try again later\"}", TRANSIENT,
                        "v1 shape in a 200"),
                new Row(GLM, 429, glm("1113", "您的账户已欠费，请充值后重试。"), QUOTA, "out of balance sent as 429"),
                new Row(GLM, 200, glm("1113", "您的账户已欠费，请充值后重试。"), QUOTA, "out of balance in a stream"),
                new Row(GLM, 429, glm("1302", "您当前使用该API的并发数过高"), RATE, "concurrency"),
                new Row(GLM, 429, glm("1303", "您当前使用该API的频率过高"), RATE, "frequency"),
                new Row(GLM, 401, glm("1002", "Authorization Token非法"), AUTH, "bad token"),
                new Row(GLM, 400, glm("1301", "系统检测到输入或生成内容可能包含不安全或敏感内容"), CLIENT, "content filter"),
                new Row(GLM, 200, glm("1301", "系统检测到输入或生成内容可能包含不安全或敏感内容"), CLIENT, "content filter in a stream"),
                new Row(SPARK, 200, spark(11200, "AppIdNoAuthError:(11200)auth no license"), AUTH, "11200, auth-or-quota read as auth"),
                new Row(SPARK, 200, spark(11201, "AppIdNoAuthError:(11201)licc limit"), QUOTA, "daily limit"),
                new Row(SPARK, 200, spark(11202, "AppIdQpsOverFlowError:(11202)qps limit"), RATE, "per-second limit"),
                new Row(SPARK, 429, spark(11203, "AppIdQpsOverFlowError:(11203)concurrency limit"), RATE, "concurrency limit"),
                new Row(SPARK, 200, spark(10013, "输入内容审核不通过，涉嫌违规"), CLIENT, "moderation"),
                new Row(SPARK, 401, "{\"message\":\"Unauthorized\"}", AUTH, "bad APIPassword"),
                new Row(AIBALANCE, 401, "{\"error\":{\"message\":\"invalid api key\",\"type\":\"invalid_request_error\"}}", AUTH, "bad key"),
                new Row(AIBALANCE, 429, "{\"error\":{\"message\":\"too many requests\",\"type\":\"rate_limit_error\"}}", RATE, "throttle"),
                new Row(ANTHROPIC, 400, anthropic("invalid_request_error", "Your credit balance is too low to access the Anthropic API."),
                        QUOTA, "credit balance too low, sent as 400"),
                new Row(ANTHROPIC, 400, anthropic("invalid_request_error", "max_tokens: Field required"), CLIENT, "caller's mistake"),
                new Row(ANTHROPIC, 401, anthropic("authentication_error", "invalid x-api-key"), AUTH, "bad key"),
                new Row(ANTHROPIC, 429, anthropic("rate_limit_error", "Number of requests has exceeded your rate limit"), RATE, "throttle"),
                new Row(ANTHROPIC, 529, anthropic("overloaded_error", "Overloaded"), TRANSIENT, "overloaded"),
                new Row(ANTHROPIC, 200, anthropic("overloaded_error", "Overloaded"), TRANSIENT, "event: error in a stream"),
                new Row(ERNIE_V1, 200, ernie(110, "Access token invalid or no longer valid"), AUTH, "token invalid, in a 200"),
                new Row(ERNIE_V1, 200, ernie(111, "Access token expired"), AUTH, "token expired, in a 200"),
                new Row(ERNIE_V1, 200, ernie(17, "Open api daily request limit reached"), QUOTA, "daily limit"),
                new Row(ERNIE_V1, 200, ernie(19, "Open api total request limit reached"), QUOTA, "total limit"),
                new Row(ERNIE_V1, 200, ernie(18, "Open api qps request limit reached"), RATE, "qps limit"),
                new Row(ERNIE_V1, 200, ernie(336501, "Rate limit reached for RPM"), RATE, "rpm limit"),
                new Row(ERNIE_V1, 200, ernie(336502, "Rate limit reached for TPM"), RATE, "tpm limit"),
                new Row(ERNIE_V1, 200, ernie(336000, "Internal error"), TRANSIENT, "internal error"),
                new Row(DASHSCOPE_NATIVE, 401, dashScope("InvalidApiKey", "Invalid API-key provided."), AUTH, "bad key"),
                new Row(DASHSCOPE_NATIVE, 400, dashScope("Arrearage", "Access denied, please make sure your account is in good standing."),
                        QUOTA, "arrears"),
                new Row(DASHSCOPE_NATIVE, 429, dashScope("Throttling.RateQuota", "Requests rate limit exceeded, please try again later."),
                        RATE, "throttle"),
                new Row(DASHSCOPE_NATIVE, 500, dashScope("InternalError", "An internal error has occured, please try again later."),
                        TRANSIENT, "internal error"),
                new Row(DASHSCOPE_NATIVE, 400, dashScope("DataInspectionFailed", "Input data may contain inappropriate content."),
                        CLIENT, "moderation"));
    }

    private static String anthropic(String type, String message) {
        return "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}";
    }

    private static String ernie(int code, String message) {
        return "{\"error_code\":" + code + ",\"error_msg\":\"" + message + "\"}";
    }

    private static String dashScope(String code, String message) {
        return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"request_id\":\"9d6e6c0e-2d6b-9b1f-a1f3-0c4e1c2f3a4b\"}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachKnownErrorLandsInItsClass(Row row) {
        FailureClass actual = ErrorClassifier.classify(row.platform(), row.status(), name -> Optional.empty(),
                row.body().getBytes(StandardCharsets.UTF_8), Instant.parse("2026-03-01T10:00:00Z")).failureClass();

        assertEquals(row.expected(), actual, row.toString());
    }

    @Test
    void everyPlatformThatCanFailHasRows() {
        Set<Platform> covered = rows().stream().map(Row::platform).collect(Collectors.toCollection(() -> EnumSet.noneOf(Platform.class)));
        Set<Platform> missing = EnumSet.complementOf(EnumSet.copyOf(covered));
        missing.remove(Platform.MOCK);

        assertEquals(Set.of(), missing, "add the rows of each new platform's known errors");
    }
}
