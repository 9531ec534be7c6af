package io.tollgate.adapter.provider.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mock platform's rerank, in Jina's shape: each document scored by the share of the query's words it contains
 * (a Han character counts as a word), best first (ties in document order), at most {@code top_n}, with each
 * document's text unless {@code return_documents} is false; usage counts the query once per document plus the documents.
 */
final class MockRerank {

    private static final Pattern WORD = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{N}]+");

    private record Scored(int index, double score, String text) {}

    private MockRerank() {}

    static UpstreamResult answer(JsonNode body, UpstreamRequest request, TokenCounter tokens) {
        String query = body.path("query").asText("");
        Set<String> wanted = words(query);
        List<Scored> scored = new ArrayList<>();
        long used = 0;
        JsonNode documents = body.path("documents");
        for (int i = 0; i < documents.size(); i++) {
            String text = documents.get(i).asText("");
            Set<String> found = words(text);
            long shared = wanted.stream().filter(found::contains).count();
            scored.add(new Scored(i, wanted.isEmpty() ? 0 : (double) shared / wanted.size(), text));
            used += tokens.count(query) + tokens.count(text);
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index));
        int topN = body.path("top_n").canConvertToInt() && body.path("top_n").asInt() > 0 ? body.path("top_n").asInt() : scored.size();
        boolean withDocuments = body.path("return_documents").asBoolean(true);
        ObjectNode reply = OpenAiShapes.JSON.createObjectNode().put("model", request.upstreamModel());
        ArrayNode results = reply.putArray("results");
        for (Scored result : scored.subList(0, Math.min(topN, scored.size()))) {
            ObjectNode entry = results.addObject().put("index", result.index()).put("relevance_score", result.score());
            if (withDocuments) {
                entry.putObject("document").put("text", result.text());
            }
        }
        reply.putObject("usage").put("prompt_tokens", used).put("total_tokens", used);
        return new UpstreamResult.Completed(reply.toString().getBytes(StandardCharsets.UTF_8),
                Optional.of(new Usage(used, 0, false)), "");
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
