package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.json;
import static io.tollgate.boot.SseAnswers.closing;

/**
 * Anthropic Messages, ERNIE Qianfan v1 and DashScope native as they answer, each in its own wire format and with its own
 * error shapes (see the providers protocol notes); none of them ends a stream with {@code [DONE]}.
 */
final class NativePlatformCases {

    private static final String CLAUDE = "\"id\":\"msg_01XFDUDYJgAACzvnptvVoYEL\",\"type\":\"message\",\"role\":\"assistant\","
            + "\"model\":\"claude-sonnet-4-20250514\",";
    private static final String ERNIE_HEAD = "\"id\":\"as-bcmt5ct4iy\",\"object\":\"chat.completion\",\"created\":1733000000,";
    private static final String QWEN_ID = "\"request_id\":\"902fee3b-f7f0-9a8c-96a1-6b4ea25af114\"";

    private NativePlatformCases() {}

    private static String anthropicError(String type, String message) {
        return "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"},\"request_id\":\"req_011CSHoEeqs5C35K2UUqR7Fy\"}";
    }

    private static String anthropicEvent(String type, String data) {
        return "event: " + type + "\ndata: {\"type\":\"" + type + "\"" + data + "}";
    }

    static PlatformCase anthropic() {
        String start = anthropicEvent("message_start", ",\"message\":{" + CLAUDE + "\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":15,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":1}}");
        return new PlatformCase("anthropic", "Hello from Claude", 15, 6,
                json(200, "{" + CLAUDE + "\"content\":[{\"type\":\"text\",\"text\":\"Hello from Claude\"}],\"stop_reason\":\"end_turn\","
                        + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":15,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,"
                        + "\"output_tokens\":6}}"),
                // Prompt tokens come in message_start, the output count in message_delta; ping and block stops say nothing.
                closing(start,
                        anthropicEvent("content_block_start", ",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}"),
                        anthropicEvent("ping", ""),
                        anthropicEvent("content_block_delta", ",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hello\"}"),
                        anthropicEvent("content_block_delta", ",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" from Claude\"}"),
                        anthropicEvent("content_block_stop", ",\"index\":0"),
                        anthropicEvent("message_delta", ",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":6}"),
                        anthropicEvent("message_stop", "")),
                json(401, anthropicError("authentication_error", "invalid x-api-key")),
                // The trap: an empty balance is a 400 invalid_request_error, told apart only by its words.
                json(400, anthropicError("invalid_request_error", "Your credit balance is too low to access the Anthropic API. "
                        + "Please go to Plans & Billing to upgrade or purchase credits.")),
                json(429, anthropicError("rate_limit_error", "This request would exceed the rate limit for your organization of 50 requests "
                        + "per minute."), "retry-after", "20"),
                // Overloaded after the 200 and message_start: a platform fault, never an empty answer.
                closing(start, "event: error\ndata: " + anthropicError("overloaded_error", "Overloaded")),
                502, false, "sk-ant-api03-%1$s");
    }

    private static String ernieError(int code, String message) {
        return "{\"error_code\":" + code + ",\"error_msg\":\"" + message + "\"}";
    }

    private static String ernieUsage(long prompt, long completion) {
        return "\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion + ",\"total_tokens\":" + (prompt + completion) + "}";
    }

    private static String ernieFrame(int sentence, boolean end, String result, long completion) {
        return "data: {" + ERNIE_HEAD + "\"sentence_id\":" + sentence + ",\"is_end\":" + end + ",\"is_truncated\":false,\"result\":\"" + result
                + "\",\"need_clear_history\":false,\"finish_reason\":\"normal\"," + ernieUsage(4, completion) + "}";
    }

    /** The access token first, from {@code /oauth/2.0/token} under the same root; every other path answers the chat. */
    private static FakePlatform.Answer withToken(FakePlatform.Answer chat) {
        FakePlatform.Answer token = json(200, "{\"refresh_token\":\"25.b55fe1d287227ca97aab219bb249b8ab.315360000.1798284651.282335-8574074\","
                + "\"expires_in\":2592000,\"session_key\":\"9mzdWT\",\"access_token\":\"24.6c5e1ff107f0e8bcef8c46d3424a0e78.2592000.1485516651."
                + "282335-8574074\",\"scope\":\"public wise_adapt\",\"session_secret\":\"dfac94a3489fe9fca7c3221cbf7525ff\"}");
        return exchange -> (exchange.getRequestURI().getPath().endsWith("/oauth/2.0/token") ? token : chat).send(exchange);
    }

    static PlatformCase ernie() {
        return new PlatformCase("ernie_v1", "您好，我是文心一言", 4, 9,
                withToken(json(200, "{" + ERNIE_HEAD + "\"result\":\"您好，我是文心一言\",\"is_truncated\":false,\"need_clear_history\":false,"
                        + "\"finish_reason\":\"normal\"," + ernieUsage(4, 9) + "}")),
                // Each frame carries the usage so far; the is_end one carries the total.
                withToken(closing(ernieFrame(0, false, "您好，", 3), ernieFrame(1, false, "我是文心一言", 9), ernieFrame(2, true, "", 9))),
                // Errors come with HTTP 200; 110 makes the adapter fetch a new token and try once more, refused again.
                withToken(json(200, ernieError(110, "Access token invalid or no longer valid"))),
                withToken(json(200, ernieError(17, "Open api daily request limit reached"))),
                withToken(json(200, ernieError(18, "Open api qps request limit reached"))),
                // A stream request refused with a JSON error and a 200, as v1 does: the same answer whether streaming or not.
                withToken(json(200, ernieError(336100, "system is busy, please try again later"))),
                502, true, "ak-%1$s:sk-%1$s");
    }

    private static String qwenError(String code, String message) {
        return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\"," + QWEN_ID + "}";
    }

    private static String qwenEvent(int id, String content, String finish, long completion) {
        return "id:" + id + "\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"choices\":[{\"message\":{\"content\":\"" + content
                + "\",\"role\":\"assistant\"},\"finish_reason\":\"" + finish + "\"}]},\"usage\":{\"total_tokens\":" + (14 + completion)
                + ",\"output_tokens\":" + completion + ",\"input_tokens\":14}," + QWEN_ID + "}";
    }

    static PlatformCase dashscopeNative() {
        return new PlatformCase("dashscope_native", "我是通义千问", 14, 6,
                json(200, "{\"output\":{\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\"我是通义千问\"}}]},"
                        + "\"usage\":{\"total_tokens\":20,\"output_tokens\":6,\"input_tokens\":14}," + QWEN_ID + "}"),
                // incremental_output: id, event and status comment lines, "data:" with no space, finish_reason "null" until the end.
                closing(qwenEvent(1, "我是", "null", 2), qwenEvent(2, "通义千问", "null", 6), qwenEvent(3, "", "stop", 6)),
                json(401, qwenError("InvalidApiKey", "Invalid API-key provided.")),
                json(400, qwenError("Arrearage", "Access denied, please make sure your account is in good standing.")),
                json(429, qwenError("Throttling.RateQuota", "Requests rate limit exceeded, please try again later.")),
                // Output moderation as an error event after the 200: the caller's refusal, passed on as a 400.
                closing("id:1\nevent:error\n:HTTP_STATUS/400\ndata:" + qwenError("DataInspectionFailed",
                        "Output data may contain inappropriate content.")),
                400, true, "sk-%1$s");
    }
}
