package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Responses stored on one of two OpenAI accounts of a model: follow-ups naming one go to the account that stored it,
 * its user reads and deletes it there, and nobody else's key (nor an id Tollgate never saw) reaches any account.
 */
class StoredResponsesTest {

    private static final String MODEL = "gpt-stored";
    private static final String TRANSLATED = "mock-stored";

    private static StoringOpenAi openai;
    private static RunningTollgate tg;
    private static RelayAdmin admin;

    @BeforeAll
    static void start() throws Exception {
        openai = new StoringOpenAi("a", "b");
        tg = new RunningTollgate(Map.of());
        admin = new RelayAdmin(tg);
        admin.model(MODEL, "openai", "1000", "1000");
        admin.account("stored-a", "openai", openai.baseUrl("a"), MODEL);
        admin.account("stored-b", "openai", openai.baseUrl("b"), MODEL);
        admin.model(TRANSLATED, "mock", "1000", "1000");
        admin.account("stored-mock", "mock", "http://127.0.0.1:9", TRANSLATED);
    }

    @AfterAll
    static void stop() {
        tg.close();
        openai.close();
    }

    @Test
    void followUpsGoToTheAccountThatStoredTheResponseJsonAndStreamed() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("100"));
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            created.add(create(caller, "{\"model\":\"" + MODEL + "\",\"input\":\"hello " + i + "\",\"stream\":" + (i % 2 == 1) + "}"));
        }
        Set<String> accounts = new TreeSet<>();
        created.forEach(id -> accounts.add(accountOf(id)));
        System.out.println("created " + created + " on accounts " + accounts);
        assertEquals(Set.of("a", "b"), accounts, "the creates spread over both accounts");
        for (String id : created) {
            for (int i = 0; i < 5; i++) {
                String next = create(caller, "{\"model\":\"" + MODEL + "\",\"input\":\"and then?\",\"previous_response_id\":\"" + id
                        + "\",\"stream\":" + (i % 2 == 0) + "}");
                assertEquals(accountOf(id), accountOf(next), "the follow-up's Response is stored where the first one was");
            }
        }
        List<StoringOpenAi.FollowUp> followUps = openai.followUps.stream().filter(f -> created.contains(f.previousId())).toList();
        assertEquals(created.size() * 5, followUps.size());
        followUps.forEach(f -> assertEquals(accountOf(f.previousId()), f.account(), f.toString()));
    }

    @Test
    void itsUserReadsAndDeletesItOthersAndUnknownIdsGetA404WithoutAnUpstreamCallOrACharge() {
        RelayAdmin.Caller owner = admin.caller(new BigDecimal("100"));
        RelayAdmin.Caller other = admin.caller(new BigDecimal("100"));
        String id = create(owner, "{\"model\":\"" + MODEL + "\",\"input\":\"keep this\"}");
        String streamed = create(owner, "{\"model\":\"" + MODEL + "\",\"input\":\"keep that\",\"stream\":true}");
        BigDecimal ownerBefore = admin.balance(owner);
        BigDecimal otherBefore = admin.balance(other);

        HttpResponse<String> read = tg.user(owner.key(), "GET", "/v1/responses/" + streamed, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(streamed, RelayAdmin.read(read.body()).get("id").asText());

        int calls = openai.calls.get();
        for (String[] attempt : new String[][] {{"GET", ""}, {"DELETE", ""}, {"POST", id}}) {
            HttpResponse<String> refused = attempt[0].equals("POST")
                    ? tg.user(other.key(), "POST", "/v1/responses", "{\"model\":\"" + MODEL + "\",\"input\":\"x\",\"previous_response_id\":\"" + id + "\"}")
                    : tg.user(other.key(), attempt[0], "/v1/responses/" + id, null);
            notFound(refused);
        }
        notFound(tg.user(owner.key(), "POST", "/v1/responses", "{\"model\":\"" + MODEL + "\",\"input\":\"x\",\"previous_response_id\":\"resp_never\"}"));
        notFound(tg.user(owner.key(), "GET", "/v1/responses/resp_never", null));
        notFound(tg.user(owner.key(), "DELETE", "/v1/responses/resp_never", null));
        assertEquals(calls, openai.calls.get(), "no account was asked");

        HttpResponse<String> deleted = tg.user(owner.key(), "DELETE", "/v1/responses/" + id, null);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(RelayAdmin.read(deleted.body()).get("deleted").asBoolean());
        int afterDelete = openai.calls.get();
        notFound(tg.user(owner.key(), "GET", "/v1/responses/" + id, null));
        assertEquals(afterDelete, openai.calls.get(), "a deleted Response is forgotten here too");
        assertEquals(0, ownerBefore.compareTo(admin.balance(owner)), "reads, deletes and refusals are not billed");
        assertEquals(0, otherBefore.compareTo(admin.balance(other)));
    }

    @Test
    void storeFalseIsNotRememberedAndATranslatedModelStillRefusesPreviousResponseId() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("100"));
        String unstored = create(caller, "{\"model\":\"" + MODEL + "\",\"input\":\"forget me\",\"store\":false}");
        notFound(tg.user(caller.key(), "GET", "/v1/responses/" + unstored, null));
        String id = create(caller, "{\"model\":\"" + MODEL + "\",\"input\":\"remember me\"}");
        HttpResponse<String> translated = tg.user(caller.key(), "POST", "/v1/responses",
                "{\"model\":\"" + TRANSLATED + "\",\"input\":\"x\",\"previous_response_id\":\"" + id + "\"}");
        assertEquals(400, translated.statusCode(), translated.body());
        assertTrue(translated.body().contains("previous_response_id"), translated.body());
    }

    private static String create(RelayAdmin.Caller caller, String body) {
        HttpResponse<String> reply = tg.user(caller.key(), "POST", "/v1/responses", body);
        assertEquals(200, reply.statusCode(), reply.body());
        if (!body.contains("\"stream\":true")) {
            return RelayAdmin.read(reply.body()).get("id").asText();
        }
        String created = reply.body().lines().filter(line -> line.startsWith("data: ") && line.contains("response.created"))
                .findFirst().orElseThrow(() -> new AssertionError(reply.body()));
        return RelayAdmin.read(created.substring(6)).get("response").get("id").asText();
    }

    private static void notFound(HttpResponse<String> reply) {
        assertEquals(404, reply.statusCode(), reply.body());
        JsonNode error = RelayAdmin.read(reply.body()).get("error");
        assertEquals("response_not_found", error.get("code").asText(), reply.body());
        assertEquals("invalid_request_error", error.get("type").asText());
    }

    private static String accountOf(String responseId) {
        return responseId.split("_")[1];
    }
}
