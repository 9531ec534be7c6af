package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} after a JSON chat, a streamed chat, a failing platform, an embedding, a rerank and a ShareAuth finish. */
class MetricsEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "metrics-token-for-the-scraper";
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? \\S+.*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static FakePlatform platform;
    private static RunningTollgate tg;
    private static String scraped;

    @BeforeAll
    static void start() throws Exception {
        platform = new FakePlatform(Map.of("down", json(500, "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}")));
        tg = new RunningTollgate(Map.of("TOLLGATE_METRICS_TOKEN", TOKEN));
        String user = JSON.readTree(tg.admin("POST", "/admin/api/users",
                "{\"username\":\"metered\",\"password\":\"password123\",\"balance\":100}").body()).get("id").asText();
        String key = JSON.readTree(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}").body()).get("key").asText();
        assertEquals(201, tg.admin("POST", "/admin/api/models", "{\"name\":\"failing\",\"routes\":[{\"platform\":\"openai\"}],"
                + "\"inputPrice\":1000,\"outputPrice\":2000}").statusCode());
        assertEquals(201, tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"openai\",\"name\":\"down\",\"baseUrl\":\""
                + platform.baseUrl("down") + "\",\"credential\":\"key-down.secret\",\"models\":[\"failing\"]}").statusCode());
        assertEquals(200, chat(key, MockCatalog.MODEL, false).statusCode());
        assertEquals(200, chat(key, MockCatalog.MODEL, true).statusCode());
        assertEquals(502, chat(key, "failing", false).statusCode());
        chat(key, "no-such-model-anywhere", false);
        for (String kind : new String[] {"embedding", "rerank"}) {
            assertEquals(201, tg.admin("POST", "/admin/api/models", "{\"name\":\"mock-" + kind + "\",\"kind\":\"" + kind
                    + "\",\"routes\":[{\"platform\":\"mock\"}],\"inputPrice\":1000}").statusCode());
            assertEquals(201, tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"mock\",\"name\":\"mock-" + kind
                    + "\",\"models\":[\"mock-" + kind + "\"]}").statusCode());
        }
        assertEquals(200, tg.post("/v1/embeddings", "{\"model\":\"mock-embedding\",\"input\":\"secret prompt words\"}",
                "Authorization", "Bearer " + key).statusCode());
        assertEquals(200, tg.post("/v1/rerank", "{\"model\":\"mock-rerank\",\"query\":\"secret\",\"documents\":[\"prompt words\"]}",
                "Authorization", "Bearer " + key).statusCode());
        tg.post("/shareAuth/finish", "{\"token\":\"not-a-token\",\"appName\":\"app\",\"chatId\":\"c1\"}");
        scraped = scrape("Bearer " + TOKEN).body();
    }

    @AfterAll
    static void stop() {
        tg.close();
        platform.close();
    }

    private static HttpResponse<String> chat(String key, String model, boolean stream) {
        return tg.post("/v1/chat/completions", "{\"model\":\"" + model + "\",\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"secret prompt words\"}]}", "Authorization", "Bearer " + key);
    }

    private static HttpResponse<String> scrape(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tg.base() + "/metrics")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return tg.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** Each sample's name with the label names and values it was seen with. */
    static Map<String, Set<String>> labelsByName(String text) {
        Map<String, Set<String>> labels = new TreeMap<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Set<String> seen = labels.computeIfAbsent(sample.group(1), name -> new TreeSet<>());
            Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
            while (label.find()) {
                seen.add(label.group(1) + "=" + label.group(2));
            }
        }
        return labels;
    }

    private static void assertFamily(String sample, Set<String> labelNames, String... someValues) {
        Set<String> seen = labelsByName(scraped).get(sample);
        assertTrue(seen != null, sample + " is missing from:\n" + scraped);
        Set<String> names = new TreeSet<>();
        seen.forEach(label -> names.add(label.substring(0, label.indexOf('='))));
        assertEquals(new TreeSet<>(labelNames), names, sample + " labels: " + seen);
        for (String value : someValues) {
            assertTrue(seen.contains(value), sample + " has no " + value + ": " + seen);
        }
    }

    @Test
    void everyFamilyIsThereWithItsLabels() {
        assertFamily("tollgate_requests_total", Set.of("door", "endpoint", "model", "kind", "status"), "door=openai", "door=shareauth",
                "endpoint=chat", "endpoint=embedding", "endpoint=rerank", "endpoint=none", "kind=json", "kind=stream",
                "model=mock-gpt", "model=mock-embedding", "model=failing", "model=other", "status=200", "status=502");
        assertTrue(scraped.contains("door=\"openai\",endpoint=\"embedding\",kind=\"json\",model=\"mock-embedding\",status=\"200\""),
                "an embedding call is counted under its endpoint");
        assertFamily("tollgate_request_duration_seconds_bucket", Set.of("door", "endpoint", "le"), "door=openai", "endpoint=rerank");
        assertFamily("tollgate_request_duration_seconds_count", Set.of("door", "endpoint"), "door=shareauth", "endpoint=none");
        assertFamily("tollgate_time_to_first_byte_seconds_count", Set.of("door", "endpoint"), "door=openai", "endpoint=embedding");
        assertFamily("tollgate_upstream_calls_total", Set.of("platform", "account", "outcome"),
                "account=down", "outcome=transient", "account=built-in mock", "outcome=ok", "platform=mock", "platform=openai");
        assertFamily("tollgate_settlement_batch_size_count", Set.of());
        assertFamily("tollgate_settlement_lag_seconds_count", Set.of());
        assertFamily("tollgate_account_state", Set.of("account", "state"), "account=built-in mock", "state=enabled");
        assertFamily("tollgate_holds_open", Set.of());
        assertFamily("tollgate_holds_total", Set.of("outcome"), "outcome=held", "outcome=settled");
        assertTrue(scraped.contains("\nhikaricp_connections_active{pool=\"tollgate\"}"), "Hikari's pool gauges");
        assertTrue(scraped.contains("\njvm_memory_used_bytes{"), "the JVM's memory gauges");
        assertTrue(!scraped.contains("secret prompt") && !scraped.contains("key-down.secret"), "no content, no credential");
    }

    @Test
    void theTokenIsRequiredWhenSet() {
        assertEquals(401, scrape(null).statusCode());
        assertEquals(401, scrape("Bearer wrong-token").statusCode());
        HttpResponse<String> ok = scrape("Bearer " + TOKEN);
        assertEquals(200, ok.statusCode());
        assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), ok.headers().toString());
    }

    @Test
    void theReadmeListsEveryTollgateFamily() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Set<String> families = new TreeSet<>();
        for (String sample : labelsByName(scraped).keySet()) {
            if (sample.startsWith("tollgate_")) {
                families.add(sample.replaceAll("_(bucket|count|sum|max)$", ""));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String family : families) {
            if (!readme.contains("`" + family + "`")) {
                missing.add(family);
            }
        }
        assertTrue(families.size() >= 9, "families: " + families);
        assertEquals(Set.of(), missing, "families the README's metrics table does not list");
    }
}
