package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a FastGPT knowledge base does through one gateway, on the mock platform: embed the chunks, transcribe the question
 * the user spoke, embed it, rerank the nearest ten and answer from the best — one user, one balance, four kinds of usage,
 * one usage record and one ledger row per call.
 */
class KnowledgeBaseRoundTripTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigDecimal OPENING = new BigDecimal("20");

    private static RunningTollgate tg;
    private static RelayAdmin admin;

    @BeforeAll
    static void start() {
        tg = new RunningTollgate(Map.of());
        admin = new RelayAdmin(tg);
        model("kb-embed", "embedding", "1000", "0", "0");
        model("kb-rerank", "rerank", "500", "0", "0.001");
        model("kb-chat", "chat", "2000", "4000", "0");
        HttpResponse<String> listen = tg.admin("POST", "/admin/api/models", "{\"name\":\"kb-listen\",\"kind\":\"transcription\","
                + "\"routes\":[{\"platform\":\"mock\"}],\"transcriptionPrice\":6}");
        assertEquals(201, listen.statusCode(), listen.body());
        for (String name : List.of("kb-embed", "kb-rerank", "kb-chat", "kb-listen")) {
            admin.account(name, "mock", "http://mock.invalid/v1", name);
        }
    }

    @AfterAll
    static void stop() {
        tg.close();
    }

    private static void model(String name, String kind, String input, String output, String perCall) {
        HttpResponse<String> added = tg.admin("POST", "/admin/api/models", "{\"name\":\"" + name + "\",\"kind\":\"" + kind
                + "\",\"routes\":[{\"platform\":\"mock\"}],\"inputPrice\":" + input + ",\"outputPrice\":" + output
                + ",\"perCallPrice\":" + perCall + "}");
        assertEquals(201, added.statusCode(), added.body());
    }

    @Test
    void embedTwentyChunksEmbedTheQuestionRerankTheNearestTenAndChatOnTheBest() {
        RelayAdmin.Caller user = admin.caller(OPENING);
        List<String> chunks = IntStream.rangeClosed(1, 20).mapToObj(KnowledgeBaseRoundTripTest::chunk).toList();
        String question = "How do I top up the balance of a user?";

        List<double[]> vectors = vectors(call(user, "/v1/embeddings", embedBody(chunks)));
        assertEquals(20, vectors.size());
        // FastGPT's voice input: the spoken question is transcribed first (the mock's text only echoes the file's size).
        assertTrue(transcribe(user, AudioEndpointsTest.wav(3000)).get("text").asText().length() > 0);
        double[] asked = vectors(call(user, "/v1/embeddings", embedBody(List.of(question)))).get(0);
        List<String> nearest = IntStream.range(0, chunks.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> cosine(asked, vectors.get(i))).reversed())
                .limit(10).map(chunks::get).toList();

        ObjectNode rerank = NODES.objectNode().put("model", "kb-rerank").put("query", question).put("top_n", 3);
        nearest.forEach(rerank.putArray("documents")::add);
        JsonNode ranked = call(user, "/v1/rerank", rerank.toString()).get("results");
        assertEquals(3, ranked.size());
        assertTrue(ranked.get(0).get("relevance_score").asDouble() >= ranked.get(2).get("relevance_score").asDouble());
        StringBuilder quotes = new StringBuilder("Answer from these quotes only:\n");
        ranked.forEach(result -> quotes.append("- ").append(nearest.get(result.get("index").asInt())).append('\n'));

        ObjectNode chat = NODES.objectNode().put("model", "kb-chat");
        ArrayNode messages = chat.putArray("messages");
        messages.addObject().put("role", "system").put("content", quotes.toString());
        messages.addObject().put("role", "user").put("content", question);
        JsonNode answer = call(user, "/v1/chat/completions", chat.toString());
        assertEquals("kb-chat", answer.get("model").asText());
        assertTrue(answer.at("/choices/0/message/content").asText().contains(question), answer.toString());

        assertOneBalanceOneLedgerRowPerCall(user);
    }

    private static void assertOneBalanceOneLedgerRowPerCall(RelayAdmin.Caller user) {
        JsonNode usage = RelayAdmin.read(tg.admin("GET", "/admin/api/users/" + user.id() + "/usage?limit=100", null).body()).get("data");
        Map<String, String> kindByModel = Map.of("kb-embed", "embedding", "kb-rerank", "rerank", "kb-chat", "chat",
                "kb-listen", "transcription");
        Map<String, Integer> calls = new HashMap<>();
        BigDecimal charged = BigDecimal.ZERO;
        List<String> requests = new ArrayList<>();
        for (JsonNode record : usage) {
            String model = record.get("model").asText();
            assertEquals(kindByModel.get(model), record.get("kind").asText(), record.toString());
            assertEquals(model.equals("kb-listen") ? "milliseconds" : "tokens", record.get("unit").asText());
            assertTrue(record.get("units").asLong() > 0, record.toString());
            assertEquals(expectedCost(record), record.get("cost").decimalValue().stripTrailingZeros(), record.toString());
            calls.merge(model, 1, Integer::sum);
            charged = charged.add(record.get("cost").decimalValue());
            requests.add(record.get("requestId").asText());
        }
        assertEquals(Map.of("kb-embed", 2, "kb-rerank", 1, "kb-chat", 1, "kb-listen", 1), calls,
                "chunks, spoken question, question, rerank, chat");
        assertEquals(4, usage.findValuesAsText("kind").stream().distinct().count(), "four kinds of usage on one balance");
        assertEquals(0, charged.compareTo(OPENING.subtract(admin.balance(user))), "Σ usage costs = Δ balance");

        List<JsonNode> usageRows = new ArrayList<>();
        admin.ledger(user).forEach(entry -> {
            if (entry.get("kind").asText().equals("usage")) {
                usageRows.add(entry);
            }
        });
        assertEquals(5, usageRows.size(), "one ledger row per charged call");
        for (String request : requests) {
            assertEquals(1, usageRows.stream().filter(row -> row.get("reason").asText().endsWith(" " + request)).count(), request);
        }
        assertEquals(0, charged.negate().compareTo(usageRows.stream().map(row -> row.get("amount").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add)), "the ledger's usage rows sum to the usage costs");
    }

    /** The model's prices in points per 1M tokens, plus its per-call price: what each record must have cost. */
    private static BigDecimal expectedCost(JsonNode record) {
        BigDecimal million = new BigDecimal(1_000_000);
        BigDecimal prompt = new BigDecimal(record.get("promptTokens").asLong());
        BigDecimal completion = new BigDecimal(record.get("completionTokens").asLong());
        BigDecimal cost = switch (record.get("model").asText()) {
            case "kb-embed" -> prompt.multiply(new BigDecimal(1000)).divide(million);
            case "kb-rerank" -> prompt.multiply(new BigDecimal(500)).divide(million).add(new BigDecimal("0.001"));
            case "kb-listen" -> new BigDecimal(record.get("units").asLong()).multiply(new BigDecimal(6)).divide(new BigDecimal(60_000));
            default -> prompt.multiply(new BigDecimal(2000)).add(completion.multiply(new BigDecimal(4000))).divide(million);
        };
        return cost.stripTrailingZeros();
    }

    private static String chunk(int number) {
        List<String> topics = List.of("top up the balance of a user from the admin console",
                "rotate an API key without downtime", "set a model's input and output price",
                "bind an own platform account to a user", "read the ledger of a user");
        return "Chunk " + number + ": how to " + topics.get(number % topics.size()) + ", step " + number + ".";
    }

    private static String embedBody(List<String> inputs) {
        ObjectNode body = NODES.objectNode().put("model", "kb-embed").put("encoding_format", "float");
        inputs.forEach(body.putArray("input")::add);
        return body.toString();
    }

    private static JsonNode call(RelayAdmin.Caller user, String path, String body) {
        HttpResponse<String> reply = tg.post(path, body, "Authorization", "Bearer " + user.key());
        assertEquals(200, reply.statusCode(), path + " " + reply.body());
        return RelayAdmin.read(reply.body());
    }

    private static JsonNode transcribe(RelayAdmin.Caller user, byte[] wav) {
        String boundary = "kb-question";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nkb-listen\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"question.wav\"\r\nContent-Type: audio/wav\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] form = new byte[head.length + wav.length + tail.length];
        System.arraycopy(head, 0, form, 0, head.length);
        System.arraycopy(wav, 0, form, head.length, wav.length);
        System.arraycopy(tail, 0, form, head.length + wav.length, tail.length);
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            HttpResponse<String> reply = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(tg.base() + "/v1/audio/transcriptions"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer " + user.key())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reply.statusCode(), reply.body());
            return RelayAdmin.read(reply.body());
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static List<double[]> vectors(JsonNode embeddings) {
        List<double[]> vectors = new ArrayList<>();
        for (JsonNode item : embeddings.get("data")) {
            JsonNode numbers = item.get("embedding");
            vectors.add(IntStream.range(0, numbers.size()).mapToDouble(i -> numbers.get(i).asDouble()).toArray());
        }
        return vectors;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return dot / Math.sqrt(aa * bb);
    }
}
