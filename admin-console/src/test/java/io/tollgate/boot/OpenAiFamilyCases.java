package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.json;
import static io.tollgate.boot.SseAnswers.events;
import static io.tollgate.boot.SseAnswers.failing;

/** OpenAI, DashScope compatible mode and Qianfan v2 as they answer (see the providers protocol notes). */
final class OpenAiFamilyCases {

    private static final String QUOTA_WORDS = "You exceeded your current quota, please check your plan and billing details.";

    private OpenAiFamilyCases() {}

    static String reply(String extra, String content, long prompt, long completion) {
        return "{" + extra + "\"id\":\"chatcmpl-9\",\"object\":\"chat.completion\",\"created\":1733000000,\"model\":\"up\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"},\"finish_reason\":\"stop\"}],"
                + usage(prompt, completion) + "}";
    }

    static String usage(long prompt, long completion) {
        return "\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion + ",\"total_tokens\":" + (prompt + completion) + "}";
    }

    static String chunk(String extra, String delta, String finish) {
        return "{" + extra + "\"id\":\"chatcmpl-9\",\"object\":\"chat.completion.chunk\",\"created\":1733000000,\"model\":\"up\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finish + "}]}";
    }

    static String error(String code, String type, String message) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"param\":null,\"code\":" + code + "}}";
    }

    static PlatformCase openai() {
        return new PlatformCase("openai", "Hello there", 12, 7,
                json(200, reply("", "Hello there", 12, 7)),
                // include_usage: the usage comes in an extra last chunk with no choices.
                events("data: ", chunk("", "{\"role\":\"assistant\",\"content\":\"\"}", "null"), chunk("", "{\"content\":\"Hello\"}", "null"),
                        chunk("", "{\"content\":\" there\"}", "null"), chunk("", "{}", "\"stop\""),
                        "{\"id\":\"chatcmpl-9\",\"object\":\"chat.completion.chunk\",\"created\":1733000000,\"model\":\"up\",\"choices\":[],"
                                + usage(12, 7) + "}"),
                json(401, error("\"invalid_api_key\"", "invalid_request_error", "Incorrect API key provided: sk-abc***. You can find your API key at "
                        + "https://platform.openai.com/account/api-keys.")),
                json(429, error("\"insufficient_quota\"", "insufficient_quota", QUOTA_WORDS)),
                json(429, error("\"rate_limit_exceeded\"", "requests",
                        "Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3, Requested 1."), "Retry-After", "20"),
                // An error object inside a 200: a server fault, never an empty answer.
                json(200, error("null", "server_error", "The server had an error while processing your request. Sorry about that!")),
                502);
    }

    static PlatformCase dashscope() {
        String id = "\"request_id\":\"5c1f0b39-8e7a-9c3d-a1b2-1d2e3f4a5b6c\",";
        return new PlatformCase("dashscope", "你好！", 21, 9,
                json(200, reply(id, "你好！", 21, 9)),
                // Compatible mode writes "usage":null on every chunk until the extra last one.
                events("data: ", chunk("", "{\"content\":\"\",\"role\":\"assistant\"}", "null").replace("}]}", "}],\"usage\":null}"),
                        chunk("", "{\"content\":\"你好\"}", "null").replace("}]}", "}],\"usage\":null}"),
                        chunk("", "{\"content\":\"！\"}", "\"stop\"").replace("}]}", "}],\"usage\":null}"),
                        "{\"choices\":[],\"object\":\"chat.completion.chunk\"," + usage(21, 9) + ",\"created\":1733000000,\"id\":\"chatcmpl-9\"}"),
                json(401, error("\"invalid_api_key\"", "invalid_request_error", "Incorrect API key provided. ")),
                json(400, error("\"Arrearage\"", "Arrearage", "Access denied, please make sure your account is in good standing.")),
                // The trap: a per-minute token throttle worded as insufficient_quota.
                json(429, error("\"insufficient_quota\"", "insufficient_quota", QUOTA_WORDS)),
                // Output moderation after the stream began: the caller's refusal, passed through as it came.
                failing("data: ", error("\"data_inspection_failed\"", "data_inspection_failed", "Output data may contain inappropriate content.")),
                400);
    }

    static PlatformCase qianfan() {
        return new PlatformCase("qianfan", "我是文心一言", 3, 11,
                json(200, reply("", "我是文心一言", 3, 11).replace("\"model\":\"up\"", "\"model\":\"ernie-4.0-8k\"")),
                // Qianfan v2 puts the usage on the last content chunk, next to finish_reason.
                events("data: ", chunk("", "{\"content\":\"我是\"}", "null"),
                        chunk("", "{\"content\":\"文心一言\"}", "\"normal\"").replace("}]}", "}]," + usage(3, 11) + "}")),
                json(401, error("\"invalid_iam_token\"", "invalid_request_error", "IAM Certification failed")),
                // [?] the notes give no Qianfan v2 quota body: its OpenAI-compatible insufficient_quota.
                json(429, error("\"insufficient_quota\"", "insufficient_quota", "The quota of this account is exhausted")),
                json(429, error("\"rpm_rate_limit_exceeded\"", "rate_limit_exceeded", "Rate limit reached for RPM")),
                // The v1 error shape in a 200 [?]: error_code and error_msg, no choices.
                json(200, "{\"error_code\":336100,\"error_msg\":\"system is busy, please try again later\",\"id\":\"as-7m3kfzqk0a\"}"),
                502);
    }
}
