package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The playground on /me: points calls billed exactly, own-account calls free of points, streams in pieces, refusals. */
class PlaygroundTest {

    private static final String HELLO = "[{\"role\":\"user\",\"content\":\"你好\"}]";

    private final CountDownLatch firstPieceRead = new CountDownLatch(1);
    private FakePlatform fake;
    private RunningTollgate tg;
    private RelayAdmin admin;

    @BeforeEach
    void start() throws Exception {
        fake = new FakePlatform(Map.of("slow", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            var out = exchange.getResponseBody();
            out.write(chunk("Hel"));
            out.flush();
            try {
                // The second piece waits until the browser side has read the first: proof it arrived on its own.
                firstPieceRead.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
            out.write(chunk("lo"));
            out.write(("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"up\",\"choices\":[],"
                    + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}\n\ndata: [DONE]\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
        }));
        tg = new RunningTollgate(Map.of("TOLLGATE_MOCK_PLATFORM", "true"));
        admin = new RelayAdmin(tg);
        admin.model("slow-gpt", "openai", "1000", "2000");
        admin.account("slow-account", "openai", fake.baseUrl("slow"), "slow-gpt");
    }

    @AfterEach
    void stop() {
        tg.close();
        fake.close();
    }

    private static byte[] chunk(String text) {
        return ("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"up\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":null}]}\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A user signed in to /me over HTTP, with the CSRF token of the playground page. */
    private record Browser(ConsoleClient client, String csrf) {}

    private Browser signedIn(String username, String balance) {
        OAuthUser.create(tg, username, balance);
        ConsoleClient client = new ConsoleClient(tg.base());
        client.submit("/me/login", "/me/login", Map.of("username", username, "password", "password123"));
        HttpResponse<String> page = client.get("/me/playground");
        assertEquals(200, page.statusCode(), page.body());
        return new Browser(client, ConsoleClient.csrf(page.body()));
    }

    private HttpRequest.Builder chatRequest(Browser browser, String json, boolean withCsrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tg.base() + "/me/playground/chat"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Cookie", browser.client().cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return withCsrf ? request.header("X-CSRF-Token", browser.csrf()) : request;
    }

    private HttpResponse<String> chat(Browser browser, String json) throws Exception {
        return HttpClient.newHttpClient().send(chatRequest(browser, json, true).build(), HttpResponse.BodyHandlers.ofString());
    }

    private BigDecimal balance(String username) {
        return RelayAdmin.read(tg.admin("GET", "/admin/api/users?q=" + username, null).body()).at("/data/0/balance").decimalValue();
    }

    @Test
    void aPointsCallIsChargedExactlyWhatItsUsageRecordSays() throws Exception {
        Browser alice = signedIn("alice", "100");
        assertTrue(alice.client().get("/me/playground").body().contains("value=\"model:mock-gpt\""));

        HttpResponse<String> reply = chat(alice, "{\"model\":\"mock-gpt\",\"messages\":" + HELLO + ",\"stream\":false}");

        assertEquals(200, reply.statusCode(), reply.body());
        JsonNode body = RelayAdmin.read(reply.body());
        assertFalse(body.at("/reply/choices/0/message/content").asText().isEmpty());
        assertEquals("points", body.at("/usage/payer").asText());
        BigDecimal cost = new BigDecimal(body.at("/usage/cost").asText());
        assertTrue(cost.signum() > 0, reply.body());
        assertEquals(0, new BigDecimal("100").subtract(cost).compareTo(balance("alice")), "Δ balance = the usage record's cost");
        JsonNode usage = RelayAdmin.read(tg.admin("GET", "/admin/api/users/" + userId("alice") + "/usage", null).body());
        System.out.println("playground points call: cost " + cost + ", usage " + usage);
    }

    private String userId(String username) {
        return RelayAdmin.read(tg.admin("GET", "/admin/api/users?q=" + username, null).body()).at("/data/0/id").asText();
    }

    @Test
    void anOwnAccountCallLeavesTheBalanceAndCountsTheAccountsQuota() throws Exception {
        Browser bob = signedIn("bob", "100");
        OAuthUser user = OAuthUser.signIn(tg, "bob");
        String account = user.bindByKey("mock", "我的账号", "mock-key-1", 100_000);
        String page = bob.client().get("/me/playground").body();
        assertTrue(page.contains("value=\"account:" + account + "\""), page);
        assertTrue(page.contains("My platform accounts"), page);

        HttpResponse<String> reply = chat(bob, "{\"accountId\":\"" + account + "\",\"messages\":" + HELLO + ",\"stream\":false}");

        assertEquals(200, reply.statusCode(), reply.body());
        JsonNode usage = RelayAdmin.read(reply.body()).get("usage");
        assertEquals("account", usage.get("payer").asText(), reply.body());
        assertTrue(usage.get("line").asText().startsWith("0 points · "), usage.toString());
        assertEquals(0, new BigDecimal("100").compareTo(balance("bob")));
        long used = user.account(account).at("/quota/used").asLong();
        assertEquals(usage.get("totalTokens").asLong(), used);
        assertTrue(used > 0);
    }

    @Test
    void aStreamArrivesInPiecesThenItsCost() throws Exception {
        Browser carol = signedIn("carol", "100");
        HttpResponse<InputStream> reply = HttpClient.newHttpClient().send(chatRequest(carol,
                "{\"model\":\"slow-gpt\",\"messages\":" + HELLO + ",\"stream\":true}", true).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, reply.statusCode());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        StringBuilder seen = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(reply.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.contains("\"Hel\"")) {
                seen.append(line).append('\n');
            }
            assertTrue(line != null, "the first piece came: " + seen);
            assertFalse(seen.toString().contains("\"lo\""), "the second piece is not sent before the first was read");
            firstPieceRead.countDown();
            while ((line = lines.readLine()) != null) {
                seen.append(line).append('\n');
            }
        }
        String rest = seen.toString();
        assertTrue(rest.contains("\"lo\""), rest);
        assertTrue(rest.contains("event: usage"), rest);
        assertTrue(rest.contains("\"payer\":\"points\""), rest);
        assertTrue(rest.contains("\"totalTokens\":15"), rest);
        assertTrue(rest.trim().endsWith("data: [DONE]"), rest);
        // 10 in at 1000 and 5 out at 2000 points per 1M tokens.
        assertEquals(0, new BigDecimal("99.98").compareTo(balance("carol")), rest);
    }

    @Test
    void refusalsAreJsonWithClearStatuses() throws Exception {
        Browser dave = signedIn("dave", "100");
        HttpResponse<String> noCsrf = HttpClient.newHttpClient().send(chatRequest(dave,
                "{\"model\":\"mock-gpt\",\"messages\":" + HELLO + "}", false).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noCsrf.statusCode(), noCsrf.body());
        assertEquals("csrf_token_invalid", RelayAdmin.read(noCsrf.body()).at("/error/code").asText());

        HttpResponse<String> unknown = chat(dave, "{\"model\":\"no-such-model\",\"messages\":" + HELLO + "}");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("model_not_found", RelayAdmin.read(unknown.body()).at("/error/code").asText());

        HttpResponse<String> notMine = chat(dave, "{\"accountId\":\"" + java.util.UUID.randomUUID() + "\",\"messages\":" + HELLO + "}");
        assertEquals(404, notMine.statusCode(), notMine.body());

        HttpResponse<String> broken = chat(dave, "{\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"robot\"}]}");
        assertEquals(400, broken.statusCode(), broken.body());
        assertEquals("invalid_messages", RelayAdmin.read(broken.body()).at("/error/code").asText());

        for (String body : new String[] {"", "[]", "{}", "nonsense", "{\"model\":5,\"messages\":" + HELLO + "}",
                "{\"model\":\"mock-gpt\",\"accountId\":\"x\",\"messages\":" + HELLO + "}", "{\"model\":\"mock-gpt\",\"messages\":\"x\"}",
                "{\"model\":\"mock-gpt\",\"messages\":" + HELLO + ",\"stream\":\"yes\"}", "{\"accountId\":5,\"messages\":" + HELLO + "}",
                "{\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"user\",\"content\":[5]}]}"}) {
            HttpResponse<String> refused = chat(dave, body);
            assertEquals(400, refused.statusCode(), body + " → " + refused.body());
            assertTrue(RelayAdmin.read(refused.body()).at("/error/message").isTextual(), refused.body());
        }
        assertEquals(0, new BigDecimal("100").compareTo(balance("dave")), "no refused call was charged");
        assertFalse(dave.client().get("/me/playground?lang=zh-CN").body().contains("??"), "every playground message is translated");

        Browser erin = signedIn("erin", "0");
        HttpResponse<String> poor = chat(erin, "{\"model\":\"mock-gpt\",\"messages\":" + HELLO + "}");
        assertEquals(402, poor.statusCode(), poor.body());
        assertEquals("insufficient_balance", RelayAdmin.read(poor.body()).at("/error/code").asText());
        assertEquals(0, BigDecimal.ZERO.compareTo(balance("erin")));
    }
}
