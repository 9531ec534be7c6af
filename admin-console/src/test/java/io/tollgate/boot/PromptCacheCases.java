package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.json;
import static io.tollgate.boot.SseAnswers.closing;
import static io.tollgate.boot.SseAnswers.events;

import java.util.List;

/**
 * One upstream family's fixed usage with a prompt cache, as a whole reply and as a stream, in its own wire format; the
 * counts are what Tollgate must bill: {@code uncached + cached + writes} input tokens and {@code completion} output.
 */
record PromptCacheCases(String name, String platform, boolean atHost, String credential, FakePlatform.Answer reply,
                        FakePlatform.Answer stream, long uncached, long cached, long writes, long completion) {

    static List<PromptCacheCases> all() {
        return List.of(
                openAiFamily("openai", "openai", "{\"prompt_tokens\":1000,\"completion_tokens\":37,\"total_tokens\":1037,"
                        + "\"prompt_tokens_details\":{\"cached_tokens\":500,\"audio_tokens\":0}}", 500, 500, 0, 37),
                openAiFamily("deepseek", "openai", "{\"prompt_tokens\":1000,\"completion_tokens\":41,\"total_tokens\":1041,"
                        + "\"prompt_cache_hit_tokens\":640,\"prompt_cache_miss_tokens\":360}", 360, 640, 0, 41),
                openAiFamily("glm", "glm", "{\"prompt_tokens\":1000,\"completion_tokens\":29,\"total_tokens\":1029,"
                        + "\"prompt_tokens_details\":{\"cached_tokens\":500}}", 500, 500, 0, 29),
                openAiFamily("dashscope", "dashscope", "{\"prompt_tokens\":1000,\"completion_tokens\":33,\"total_tokens\":1033,"
                        + "\"prompt_tokens_details\":{\"cached_tokens\":500}}", 500, 500, 0, 33),
                // DashScope's explicit cache: the prompt written to the cache on this call.
                openAiFamily("dashscope-explicit", "dashscope", "{\"prompt_tokens\":1000,\"completion_tokens\":33,\"total_tokens\":1033,"
                        + "\"prompt_tokens_details\":{\"cached_tokens\":0,\"cache_creation_input_tokens\":900,\"cache_type\":\"ephemeral\"}}",
                        100, 0, 900, 33),
                dashscopeNative(), anthropic());
    }

    /** OpenAI's own Responses API, which an {@code openai} account answers natively on the Responses door. */
    static PromptCacheCases openAiResponses() {
        String usage = "\"usage\":{\"input_tokens\":1000,\"input_tokens_details\":{\"cached_tokens\":500},\"output_tokens\":37,"
                + "\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":1037}";
        String message = "{\"type\":\"message\",\"id\":\"msg_cache\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":"
                + "[{\"type\":\"output_text\",\"text\":\"cached answer\",\"annotations\":[]}]}";
        String head = "\"id\":\"resp_cache\",\"object\":\"response\",\"created_at\":1,\"model\":\"up\",";
        String done = "{" + head + "\"status\":\"completed\",\"output\":[" + message + "]," + usage + "}";
        return new PromptCacheCases("openai-responses", "openai", false, "key-responses.secret", json(200, done), closing(
                "event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,\"response\":{" + head
                        + "\"status\":\"in_progress\",\"output\":[],\"usage\":null}}",
                "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":1,"
                        + "\"item_id\":\"msg_cache\",\"output_index\":0,\"content_index\":0,\"delta\":\"cached answer\"}",
                "event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":2,\"response\":" + done + "}"),
                500, 500, 0, 37);
    }

    private static PromptCacheCases openAiFamily(String name, String platform, String usage, long uncached, long cached, long writes,
                                                 long completion) {
        String head = "\"id\":\"chatcmpl-cache\",\"created\":1,\"model\":\"up\",";
        String reply = "{" + head + "\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":\"cached answer\"},\"finish_reason\":\"stop\"}],\"usage\":" + usage + "}";
        String chunk = "{" + head + "\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
                + "\"content\":\"cached answer\"},\"finish_reason\":\"stop\"}]}";
        String last = "{" + head + "\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":" + usage + "}";
        return new PromptCacheCases(name, platform, false, "key-" + name + ".secret", json(200, reply), events("data: ", chunk, last),
                uncached, cached, writes, completion);
    }

    private static PromptCacheCases dashscopeNative() {
        String usage = "\"usage\":{\"total_tokens\":1031,\"output_tokens\":31,\"input_tokens\":1000,\"prompt_tokens_details\":{\"cached_tokens\":500}}";
        String id = "\"request_id\":\"902fee3b-f7f0-9a8c-96a1-6b4ea25af115\"";
        String reply = "{\"output\":{\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\"cached answer\"}}]},"
                + usage + "," + id + "}";
        String event = "id:1\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"choices\":[{\"message\":{\"content\":\"cached answer\","
                + "\"role\":\"assistant\"},\"finish_reason\":\"stop\"}]}," + usage + "," + id + "}";
        return new PromptCacheCases("dashscope-native", "dashscope_native", true, "sk-native", json(200, reply), closing(event),
                500, 500, 0, 31);
    }

    private static PromptCacheCases anthropic() {
        String claude = "\"id\":\"msg_cache\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-20250514\",";
        String usage = "\"input_tokens\":100,\"cache_creation_input_tokens\":100,\"cache_read_input_tokens\":800";
        String reply = "{" + claude + "\"content\":[{\"type\":\"text\",\"text\":\"cached answer\"}],\"stop_reason\":\"end_turn\","
                + "\"stop_sequence\":null,\"usage\":{" + usage + ",\"output_tokens\":43}}";
        // Input and cache counts come in message_start, the output count in message_delta.
        return new PromptCacheCases("anthropic", "anthropic", false, "sk-ant-api03-cache", json(200, reply), closing(
                event("message_start", ",\"message\":{" + claude + "\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,"
                        + "\"usage\":{" + usage + ",\"output_tokens\":1}}"),
                event("content_block_start", ",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}"),
                event("content_block_delta", ",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"cached answer\"}"),
                event("content_block_stop", ",\"index\":0"),
                event("message_delta", ",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":43}"),
                event("message_stop", "")), 100, 800, 100, 43);
    }

    private static String event(String type, String data) {
        return "event: " + type + "\ndata: {\"type\":\"" + type + "\"" + data + "}";
    }

    String model(boolean stream) {
        return name + (stream ? "-stream" : "-json");
    }

    String baseUrl(FakePlatform fake, boolean stream) {
        return atHost ? fake.host(model(stream)) : fake.baseUrl(model(stream));
    }

    @Override
    public String toString() {
        return name;
    }
}
