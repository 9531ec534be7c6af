package io.tollgate.boot;

import io.tollgate.boot.MalformedRequests.Target;
import java.util.List;
import java.util.Map;

/** The public routes a malformed-request run covers, by family, each with a body it would accept. */
final class MalformedTargets {

    /** What the valid bodies refer to: a user, their ShareAuth token, their own account, a model to edit. */
    record Ids(String user, String shareToken, String ownAccount, String model) {}

    private static final List<String> NOT_TEXT = List.of("5", "[]", "{}", "true");
    private static final List<String> NOT_NUMBER = List.of("\"abc\"", "[]", "{}", "true");
    private static final List<String> NOT_BOOLEAN = List.of("\"yes\"", "1", "[]");
    private static final List<String> MODERATION = List.of("\"maybe\"", "\"BLOCK\"", "5", "null", "[]", "{}");
    /** Numbers JSON allows and the bounds let through, which no amount, price, multiplier or count can be. */
    private static final List<String> EXTREMES = List.of("1e1000", "-1e-1000", "1e308", "-9e18");
    private static final List<String> NOT_AN_AMOUNT = concat(NOT_NUMBER, EXTREMES);

    /** A Messages body on the mock model, with a system block, a tool and a tool result. */
    private static final String MESSAGES = "{\"model\":\"mock-gpt\",\"max_tokens\":16,\"system\":[{\"type\":\"text\",\"text\":\"be brief\","
            + "\"cache_control\":{\"type\":\"ephemeral\"}}],\"tools\":[{\"name\":\"f\",\"input_schema\":{\"type\":\"object\"}}],"
            + "\"tool_choice\":{\"type\":\"auto\"},\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\","
            + "\"content\":[{\"type\":\"tool_use\",\"id\":\"t1\",\"name\":\"f\",\"input\":{}}]},{\"role\":\"user\",\"content\":"
            + "[{\"type\":\"tool_result\",\"tool_use_id\":\"t1\",\"content\":\"ok\"}]}]}";

    private MalformedTargets() {}

    static Map<String, List<Target>> byFamily(Ids ids) {
        return Map.of(
                "shareauth", List.of(
                        target("shareauth", "POST", "/shareAuth/init", "{\"username\":\"fuzzer\",\"password\":\"password123\"}",
                                Map.of("/username", NOT_TEXT, "/password", NOT_TEXT), "/username", "/password"),
                        target("shareauth", "POST", "/shareAuth/init", "{\"token\":\"not-a-token\"}", Map.of("/token", NOT_TEXT), "/token"),
                        target("shareauth", "POST", "/shareAuth/start", "{\"token\":\"" + ids.shareToken() + "\",\"question\":\"hello\"}",
                                Map.of("/token", NOT_TEXT), "/token"),
                        target("shareauth", "POST", "/shareAuth/finish", "{\"token\":\"" + ids.shareToken() + "\",\"appName\":\"fuzz\","
                                        + "\"chatId\":\"c-fuzz\",\"responseData\":[{\"totalPoints\":1.5}]}",
                                Map.of("/token", NOT_TEXT, "/responseData", List.of("\"x\"", "5", "{}"),
                                        "/responseData/0/totalPoints", List.of("\"abc\"", "-1", "true", "[]", "{}")), "/token"),
                        target("shareauth", "POST", "/shareAuth/finish", "{\"token\":\"bogus\",\"responseData\":[{\"totalPoints\":1}]}",
                                Map.of("/responseData", NOT_NUMBER), "/token")),
                "relay", List.of(
                        target("relay", "POST", "/v1/chat/completions", MalformedBodies.VALID,
                                Map.of("/model", NOT_TEXT, "/messages", List.of("\"x\"", "5", "{}", "[5]", "[]"),
                                        "/messages/0/role", List.of("5", "\"nobody\""), "/max_tokens", concat(List.of("\"x\"", "-1", "1.5", "[]"), EXTREMES),
                                        "/stream", List.of("\"yes\"", "1", "[]", "{}")), "/model"),
                        target("relay", "POST", "/v1/responses", "{\"model\":\"mock-gpt\",\"instructions\":\"Be brief.\",\"input\":[{\"role\":"
                                        + "\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"hi\"}]}],\"max_output_tokens\":16,\"stream\":false,"
                                        + "\"tools\":[{\"type\":\"function\",\"name\":\"f\",\"parameters\":{\"type\":\"object\"}}]}",
                                Map.of("/model", NOT_TEXT, "/input", List.of("5", "{}", "[]", "[5]", "null"),
                                        "/input/0/role", List.of("5", "\"nobody\""), "/input/0/content", List.of("5", "{}", "[5]", "[{}]"),
                                        "/max_output_tokens", concat(List.of("\"x\"", "-1", "1.5", "[]"), EXTREMES),
                                        "/stream", NOT_BOOLEAN, "/instructions", List.of("5", "[]", "{}"),
                                        "/tools", List.of("\"x\"", "5", "{}", "[5]", "[{}]"),
                                        "/text", List.of("5", "\"x\"", "{\"format\":{\"type\":\"yaml\"}}"),
                                        "/previous_response_id", List.of("5", "[]", "{}", "\"resp_fuzz\"")), "/model"),
                        target("relay", "GET", "/v1/responses/resp_fuzz", "{}", Map.of()),
                        target("relay", "GET", "/v1/responses/na%00me", "{}", Map.of()),
                        target("relay", "DELETE", "/v1/responses/resp_fuzz", "{}", Map.of()),
                        // A chat model on the other doors: a body that stays valid is refused as the wrong endpoint, never billed.
                        target("relay", "POST", "/v1/embeddings", "{\"model\":\"mock-gpt\",\"input\":[\"hi\",\"there\"],"
                                        + "\"encoding_format\":\"base64\",\"dimensions\":8}",
                                Map.of("/model", NOT_TEXT, "/input", List.of("5", "{}", "[]", "[5, \"x\"]", "[[]]", "[-1]", "\"\""),
                                        "/input/0", List.of("5", "[]", "{}", "null"), "/encoding_format", List.of("5", "\"int8\"", "[]"),
                                        "/dimensions", concat(List.of("\"x\"", "0", "-1", "1.5", "[]"), EXTREMES)), "/model", "/input/0"),
                        target("relay", "POST", "/v1/rerank", "{\"model\":\"mock-gpt\",\"query\":\"tea\",\"documents\":[\"green tea\","
                                        + "\"coffee\"],\"top_n\":1,\"return_documents\":true}",
                                Map.of("/model", NOT_TEXT, "/query", List.of("5", "[]", "{}", "\"\""), "/documents", List.of("\"x\"", "5", "{}", "[]"),
                                        "/documents/0", List.of("5", "[]", "{}", "null"), "/top_n", concat(List.of("\"x\"", "0", "1.5", "[]"), EXTREMES),
                                        "/return_documents", NOT_BOOLEAN), "/model", "/query", "/documents/0"),
                        target("relay", "POST", "/v1/audio/speech", "{\"model\":\"mock-gpt\",\"input\":\"hello\",\"voice\":\"alloy\","
                                        + "\"response_format\":\"wav\",\"speed\":1.5}",
                                Map.of("/model", NOT_TEXT, "/input", List.of("5", "[]", "{}", "\"\"", "null"), "/voice", NOT_TEXT,
                                        "/response_format", List.of("5", "\"ogg\"", "[]"), "/speed", concat(List.of("\"x\"", "0", "5", "[]"), EXTREMES)),
                                "/model", "/input", "/voice"),
                        new Target("relay", "POST", "/v1/audio/transcriptions", MalformedForms.valid(), Map.of(), List.of(),
                                MalformedForms.CONTENT_TYPE),
                        target("relay", "POST", "/v1/messages", MESSAGES,
                                Map.of("/model", NOT_TEXT, "/max_tokens", concat(List.of("\"x\"", "0", "-1", "1.5", "[]", "null"), EXTREMES),
                                        "/messages", List.of("\"x\"", "5", "{}", "[5]", "[]"), "/messages/0/role", List.of("5", "\"system\""),
                                        "/messages/0/content", List.of("5", "[5]", "[{}]", "{}"), "/system", List.of("5", "{}", "[5]"),
                                        "/stream", List.of("\"yes\"", "1", "[]", "{}"), "/tools", List.of("\"x\"", "5", "{}"),
                                        "/tool_choice", List.of("\"x\"", "5", "[]")), "/model"),
                        target("relay", "POST", "/v1/messages/count_tokens", MESSAGES,
                                Map.of("/model", NOT_TEXT, "/messages", List.of("\"x\"", "5", "{}", "[5]", "[]"),
                                        "/system", List.of("5", "{}", "[5]")), "/model", "/messages/0/content"),
                        target("relay", "GET", "/v1/models", "{}", Map.of()),
                        target("relay", "GET", "/v1/models/mock-gpt", "{}", Map.of()),
                        target("relay", "GET", "/v1/models/Qwen/Qwen2.5-7B", "{}", Map.of()),
                        target("relay", "GET", "/v1/models/na%00me", "{}", Map.of()),
                        target("relay", "DELETE", "/v1/models/mock-gpt", "{}", Map.of()),
                        target("relay", "POST", "/v1/no-such-path", MalformedBodies.VALID, Map.of())),
                "memfit", List.of("GET", "POST", "PUT", "PATCH", "DELETE").stream()
                        .map(method -> target("memfit", method, "/v1/memfit-totp-uuid", "{\"any\":\"thing\"}", Map.of())).toList(),
                "user", List.of(
                        target("user", "POST", "/api/v1/auth/login", "{\"username\":\"fuzzer\",\"password\":\"password123\"}",
                                Map.of("/username", NOT_TEXT, "/password", NOT_TEXT), "/username", "/password"),
                        target("user", "GET", "/api/v1/me", "{}", Map.of()),
                        target("user", "PATCH", "/api/v1/me", "{\"points_fallback\":true}",
                                Map.of("/points_fallback", List.of("\"yes\"", "1", "null", "[]"))),
                        target("user", "GET", "/api/v1/keys", "{}", Map.of()),
                        target("user", "POST", "/api/v1/keys", "{\"name\":\"fuzz-key\",\"models\":[\"mock-*\"]}",
                                Map.of("/name", NOT_TEXT, "/models", List.of("\"x\"", "[5]", "{}", "[\"\"]")), "/name", "/models/0"),
                        target("user", "DELETE", "/api/v1/keys/not-an-id", "{}", Map.of()),
                        // Without the session cookie and its CSRF header the playground refuses before reading the body.
                        target("user", "POST", "/me/playground/chat", "{\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"user\","
                                        + "\"content\":\"hi\"}],\"stream\":false}",
                                Map.of("/messages", List.of("\"x\"", "5", "{}", "[5]"), "/model", NOT_TEXT, "/stream", NOT_BOOLEAN), "/model"),
                        target("user", "POST", "/me/playground/chat", "{\"accountId\":\"" + ids.ownAccount() + "\",\"messages\":[]}",
                                Map.of("/accountId", NOT_TEXT), "/accountId")),
                "oauth", List.of(
                        target("oauth", "POST", "/api/v1/oauth/accounts",
                                "{\"platform\":\"mock\",\"account_name\":\"fuzz-bound\",\"api_key\":\"sk-fuzz\",\"daily_quota\":10}",
                                Map.of("/platform", NOT_TEXT, "/account_name", NOT_TEXT, "/api_key", NOT_TEXT, "/daily_quota", NOT_NUMBER),
                                "/account_name", "/platform", "/api_key"),
                        target("oauth", "POST", "/api/v1/oauth/accounts/authorize", "{\"platform\":\"mock\",\"account_name\":\"fuzz-auth\"}",
                                Map.of("/platform", NOT_TEXT, "/account_name", NOT_TEXT), "/account_name"),
                        target("oauth", "GET", "/api/v1/oauth/accounts?platform=mock", "{}", Map.of()),
                        target("oauth", "GET", "/api/v1/oauth/accounts/" + ids.ownAccount() + "/usage", "{}", Map.of()),
                        target("oauth", "PATCH", "/api/v1/oauth/accounts/" + ids.ownAccount(), "{\"name\":\"renamed\",\"enabled\":true,\"daily_quota\":5}",
                                Map.of("/name", List.of("5", "\"\"", "[]"), "/enabled", NOT_BOOLEAN, "/daily_quota", List.of("-1", "\"x\"")), "/name"),
                        target("oauth", "POST", "/api/v1/oauth/chat/completions", "{\"account_id\":\"" + ids.ownAccount() + "\",\"model\":\"mock-gpt\","
                                        + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":false}",
                                Map.of("/messages", List.of("\"x\"", "5", "{}", "[5]"), "/model", List.of("5", "[]", "{}", "\"\"")), "/model"),
                        target("oauth", "POST", "/api/v1/oauth/embeddings", "{\"account_id\":\"" + ids.ownAccount()
                                        + "\",\"model\":\"mock-embedding\",\"input\":[\"a\",\"b\"],\"dimensions\":4}",
                                Map.of("/input", List.of("\"\"", "5", "{}", "[]", "[\"a\",5]", "[[-1]]"), "/model", List.of("5", "[]", "{}", "\"\""),
                                        "/dimensions", List.of("0", "\"4\"", "1.5", "99999999"), "/encoding_format", List.of("\"hex\"", "5")), "/model"),
                        target("oauth", "GET", "/api/v1/oauth/callback?state=fuzz&code=fuzz", "{}", Map.of())),
                "admin", List.of(
                        target("admin", "POST", "/admin/api/users", "{\"username\":\"fuzzed\",\"password\":\"password123\",\"balance\":5}",
                                Map.of("/username", NOT_TEXT, "/password", NOT_TEXT, "/balance", NOT_AN_AMOUNT), "/username", "/password"),
                        target("admin", "PATCH", "/admin/api/users/" + ids.user(), "{\"status\":\"active\"}",
                                Map.of("/status", List.of("5", "\"nope\"", "[]")), "/status"),
                        target("admin", "POST", "/admin/api/users/" + ids.user() + "/balance", "{\"amount\":1,\"reason\":\"fuzz\"}",
                                Map.of("/amount", NOT_AN_AMOUNT, "/reason", List.of("5", "[]")), "/reason"),
                        target("admin", "POST", "/admin/api/keys", "{\"userId\":\"" + ids.user() + "\",\"name\":\"k\",\"models\":[\"mock-*\"],\"rpm\":10}",
                                Map.of("/userId", NOT_TEXT, "/models", List.of("\"x\"", "[5]"), "/rpm", concat(List.of("\"x\"", "-1", "1.5"), EXTREMES)), "/name", "/models/0"),
                        target("admin", "POST", "/admin/api/models", "{\"name\":\"fuzz-model-2\",\"routes\":[{\"platform\":\"mock\","
                                        + "\"upstreamModel\":\"mock-gpt\"}],\"inputPrice\":1,\"moderation\":\"block\"}",
                                Map.of("/name", NOT_TEXT, "/routes", List.of("\"x\"", "[]", "5"), "/inputPrice", NOT_AN_AMOUNT,
                                        "/moderation", MODERATION),
                                "/name", "/routes/0/upstreamModel"),
                        target("admin", "PATCH", "/admin/api/models/" + ids.model(), "{\"routes\":[{\"platform\":\"mock\",\"upstreamModel\":\"mock-gpt\"}],"
                                        + "\"inputPrice\":2,\"enabled\":true,\"moderation\":\"off\"}",
                                Map.of("/inputPrice", NOT_AN_AMOUNT, "/enabled", NOT_BOOLEAN, "/moderation", MODERATION),
                                "/routes/0/upstreamModel"),
                        target("admin", "POST", "/admin/api/accounts", "{\"platform\":\"mock\",\"name\":\"fuzz-acct\",\"credential\":\"k\","
                                        + "\"models\":[\"mock-gpt\"],\"weight\":5,\"options\":{\"a\":\"b\"}}",
                                Map.of("/platform", NOT_TEXT, "/name", NOT_TEXT, "/models", List.of("\"x\"", "[5]"),
                                        "/weight", concat(List.of("\"x\"", "-1"), EXTREMES), "/options", List.of("5", "[]")),
                                "/name", "/models/0", "/options/a", "/credential"),
                        target("admin", "POST", "/admin/api/workflows", "{\"name\":\"fuzz-wf\",\"pointMultiplier\":1.5}",
                                Map.of("/name", NOT_TEXT, "/pointMultiplier", NOT_AN_AMOUNT), "/name"),
                        target("admin", "PUT", "/admin/api/sensitive-words", "{\"words\":[\"badword\"]}",
                                Map.of("/words", List.of("\"x\"", "[5]", "{}", "5")), "/words/0"),
                        target("admin", "GET", "/admin/api/users?q=fuzz", "{}", Map.of()),
                        target("admin", "GET", "/admin/api/users?q=na%00me", "{}", Map.of()),
                        target("admin", "GET", "/admin/api/consumptions?workflow=na%00me", "{}", Map.of())));
    }

    private static Target target(String family, String method, String path, String body, Map<String, List<String>> wrongTypes,
                                 String... nulFields) {
        return new Target(family, method, path, body, wrongTypes, List.of(nulFields), "application/json");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
