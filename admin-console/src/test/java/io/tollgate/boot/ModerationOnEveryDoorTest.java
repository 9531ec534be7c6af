package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A model whose moderation is {@code block} refuses a chat, an embedding, a rerank and a speech holding a listed word with
 * OpenAI's 400, before any hold or upstream call, and admins read the words in the audit log; a model whose
 * moderation is off serves the same prompts.
 */
class ModerationOnEveryDoorTest {

    private static final String EMBEDDED = "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,"
            + "\"embedding\":[0.6,0.8]},{\"object\":\"embedding\",\"index\":1,\"embedding\":[0.8,0.6]}],"
            + "\"model\":\"e\",\"usage\":{\"prompt_tokens\":100,\"total_tokens\":100}}";
    private static final String RERANKED = "{\"model\":\"r\",\"usage\":{\"total_tokens\":300},"
            + "\"results\":[{\"index\":1,\"relevance_score\":0.9},{\"index\":0,\"relevance_score\":0.1}]}";
    private static final String CHAT = "{\"model\":\"%s\",\"messages\":[{\"role\":\"system\",\"content\":\"be brief\"},"
            + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"where is the Black-Market tonight\"}]}]}";
    private static final String EMBED = "{\"model\":\"%s\",\"input\":[\"a harmless chunk\",\"prices on the black market\"]}";
    private static final String SPEECH = "{\"model\":\"guarded-speech\",\"voice\":\"alloy\",\"input\":\"meet me at the black market\"}";
    private static final String RERANK = "{\"model\":\"%s\",\"query\":\"prices\",\"documents\":[\"tea\",\"BLACK MARKET tea\"]}";

    private static FakePlatform platform;
    private static RunningTollgate tg;
    private static RelayAdmin admin;
    private static ConsoleClient console;

    @BeforeAll
    static void start() throws Exception {
        platform = new FakePlatform(Map.of("chatter", FakePlatform.completion("fine"), "embedder", json(200, EMBEDDED),
                "ranker", json(200, RERANKED), "speaker", json(200, "{}")));
        try (FirstStartLog log = new FirstStartLog()) {
            tg = RunningTollgate.onKnownPort(Map.of());
            console = new ConsoleClient(tg.base());
            assertEquals(200, console.loginAndEnrol("admin", log.consolePassword()).statusCode());
        }
        admin = new RelayAdmin(tg);
        for (String kind : new String[] {"chat", "embedding", "rerank"}) {
            model("guarded-" + kind, kind, "\"block\"");
            model("open-" + kind, kind, null);
        }
        account("chatter", "chat");
        account("embedder", "embedding");
        account("ranker", "rerank");
        model("guarded-speech", "speech", "\"block\"");
        account("speaker", "speech");
        HttpResponse<String> words = tg.admin("PUT", "/admin/api/sensitive-words", "{\"words\":[\"black market\",\"contraband\"]}");
        assertEquals(200, words.statusCode(), words.body());
    }

    @AfterAll
    static void stop() {
        tg.close();
        platform.close();
    }

    private static void model(String name, String kind, String moderation) {
        HttpResponse<String> added = tg.admin("POST", "/admin/api/models", "{\"name\":\"" + name + "\",\"kind\":\"" + kind
                + "\",\"routes\":[{\"platform\":\"openai\"}],\"inputPrice\":1000,\"outputPrice\":1000"
                + (moderation == null ? "" : ",\"moderation\":" + moderation) + "}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private static void account(String name, String kind) {
        HttpResponse<String> added = tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"openai\",\"name\":\"" + name
                + "\",\"baseUrl\":\"" + platform.baseUrl(name) + "\",\"credential\":\"key-" + name + ".secret\",\"models\":[\"guarded-"
                + kind + "\",\"open-" + kind + "\"],\"dailyTokenQuota\":1000000}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private static HttpResponse<String> post(RelayAdmin.Caller caller, String path, String json) {
        return tg.post(path, json, "Authorization", "Bearer " + caller.key());
    }

    private static void assertRefused(HttpResponse<String> reply, String param) {
        assertEquals(400, reply.statusCode(), reply.body());
        JsonNode error = RelayAdmin.read(reply.body()).get("error");
        assertEquals("The prompt contains a word this model does not accept", error.get("message").asText());
        assertEquals("invalid_request_error", error.get("type").asText());
        assertEquals(param, error.get("param").asText());
        assertEquals("sensitive_words", error.get("code").asText());
        assertFalse(reply.body().toLowerCase().contains("black"), "the list is not revealed: " + reply.body());
    }

    @Test
    void theAdminApiStoresAndShowsEachModelsModerationAndRefusesOtherValues() {
        JsonNode models = RelayAdmin.read(tg.admin("GET", "/admin/api/models", null).body()).get("data");
        for (JsonNode model : models) {
            String name = model.get("name").asText();
            assertEquals(name.startsWith("guarded-") ? "block" : "off", model.get("moderation").asText(), name);
        }
        for (String bad : new String[] {"\"maybe\"", "\"BLOCK\"", "5", "null", "true"}) {
            HttpResponse<String> reply = tg.admin("PATCH", "/admin/api/models/open-chat", "{\"moderation\":" + bad + "}");
            assertEquals(400, reply.statusCode(), bad + " → " + reply.body());
        }
        HttpResponse<String> unchanged = tg.admin("PATCH", "/admin/api/models/guarded-chat", "{\"inputPrice\":1000}");
        assertEquals("block", RelayAdmin.read(unchanged.body()).get("moderation").asText(), "an edit without the field keeps it");
    }

    @Test
    void aBlockingModelRefusesEachDoorsPromptBeforeAnyHoldOrUpstreamCallAndAdminsSeeTheWords() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
        int chats = platform.calls("chatter");
        int embeds = platform.calls("embedder");
        int reranks = platform.calls("ranker");
        int speeches = platform.calls("speaker");

        assertRefused(post(caller, "/v1/chat/completions", CHAT.formatted("guarded-chat")), "messages");
        assertRefused(post(caller, "/v1/embeddings", EMBED.formatted("guarded-embedding")), "input");
        assertRefused(post(caller, "/v1/rerank", RERANK.formatted("guarded-rerank")), "documents");
        assertRefused(post(caller, "/v1/audio/speech", SPEECH), "input");

        assertEquals(chats, platform.calls("chatter"), "no upstream chat");
        assertEquals(embeds, platform.calls("embedder"), "no upstream embedding");
        assertEquals(reranks, platform.calls("ranker"), "no upstream rerank");
        assertEquals(speeches, platform.calls("speaker"), "no upstream speech");
        assertEquals(0, new BigDecimal("10").compareTo(admin.balance(caller)), "the balance is unchanged");
        assertEquals(1, admin.ledger(caller).size(), "only the opening balance");
        JsonNode usage = RelayAdmin.read(tg.admin("GET", "/admin/api/users/" + caller.id() + "/usage", null).body()).get("data");
        assertEquals(0, usage.size(), usage.toString());
        String audit = console.get("/console/audit").body();
        for (String model : new String[] {"guarded-chat", "guarded-embedding", "guarded-rerank", "guarded-speech"}) {
            assertTrue(audit.contains("model " + model), model + " in " + audit);
        }
        assertTrue(audit.contains("block-sensitive-prompt") && audit.contains("user:" + caller.username())
                && audit.contains("black market"), audit);
        assertFalse(audit.contains("tonight") || audit.contains("harmless chunk"), "never the prompt itself");
    }

    @Test
    void theSamePromptsAreServedAndBilledByModelsWhoseModerationIsOff() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));

        assertEquals(200, post(caller, "/v1/chat/completions", CHAT.formatted("open-chat")).statusCode());
        assertEquals(200, post(caller, "/v1/embeddings", EMBED.formatted("open-embedding")).statusCode());
        assertEquals(200, post(caller, "/v1/rerank", RERANK.formatted("open-rerank")).statusCode());

        assertEquals(4, admin.ledger(caller).size(), "the opening balance and three charged calls");
        assertTrue(admin.balance(caller).compareTo(new BigDecimal("10")) < 0);
    }

    @Test
    void aChatOnTheCallersOwnAccountIsScreenedAsTheCatalogsModelOfThatName() {
        OAuthUser owner = OAuthUser.create(tg, "owner", "0");
        String account = owner.bindByKey("mock", "own", "sk-own-key", 0);
        String body = "{\"account_id\":\"" + account + "\",\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"any contraband here\"}]}";
        assertEquals(200, owner.call("POST", "/api/v1/oauth/chat/completions", body).statusCode(), "mock-gpt does not block yet");

        assertEquals(200, tg.admin("PATCH", "/admin/api/models/mock-gpt", "{\"moderation\":\"block\"}").statusCode());
        try {
            assertRefused(owner.call("POST", "/api/v1/oauth/chat/completions", body), "messages");
        } finally {
            tg.admin("PATCH", "/admin/api/models/mock-gpt", "{\"moderation\":\"off\"}");
        }
        assertTrue(console.get("/console/audit").body().contains("user:owner"));
    }
}
