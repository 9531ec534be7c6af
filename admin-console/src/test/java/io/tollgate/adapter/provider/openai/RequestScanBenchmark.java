package io.tollgate.adapter.provider.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.UpstreamRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A chat body on its way upstream: the scan that finds what must change and splices the model name in place, against
 * the tree it replaced (parse, set the model, write again). Bodies of the harness's size and of a long conversation.
 */
@State(Scope.Benchmark)
public class RequestScanBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Param({"1", "50"})
    public int messages;

    private UpstreamRequest request;

    @Setup
    public void setUp() {
        StringBuilder body = new StringBuilder("{\"model\":\"gpt-4o-mini\",\"max_tokens\":256,\"temperature\":0.7,\"messages\":[");
        for (int i = 0; i < messages; i++) {
            body.append(i == 0 ? "" : ",").append("{\"role\":\"").append(i % 2 == 0 ? "user" : "assistant")
                    .append("\",\"content\":\"Message ").append(i).append(": tell me about the weather in Hangzhou and Shanghai today.\"}");
        }
        body.append("]}");
        ProviderAccount account = new ProviderAccount(new AccountId(UUID.randomUUID()), Platform.OPENAI, "bench",
                "http://127.0.0.1:1/v1", Set.of("gpt-4o-mini"), 0, 1, AccountHealth.ENABLED, Map.of());
        request = new UpstreamRequest(account, "sk-bench", "gpt-4o-mini-2024-07-18", body.toString().getBytes(StandardCharsets.UTF_8),
                false, OptionalLong.of(16_384));
    }

    @Benchmark
    public byte[] scanAndSplice() {
        return RequestRewriter.rewrite(request).orElseThrow();
    }

    @Benchmark
    public byte[] parseAndWriteATree() throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(request.body());
        body.put("model", request.upstreamModel());
        return JSON.writeValueAsBytes(body);
    }
}
