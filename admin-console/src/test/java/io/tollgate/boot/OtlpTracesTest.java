package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With TOLLGATE_OTLP_ENDPOINT set, a chat's spans reach an OTLP/HTTP receiver (here a fake one on 127.0.0.1). */
class OtlpTracesTest {

    @Test
    void aChatSendsItsRequestSpanAndItsUpstreamAttemptSpan() throws Exception {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/v1/traces", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (received) {
                received.write(body);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            RunningTollgate tg = new RunningTollgate(Map.of("TOLLGATE_OTLP_ENDPOINT",
                    "http://127.0.0.1:" + receiver.getAddress().getPort()));
            try (tg) {
                ObjectMapper json = new ObjectMapper();
                String user = json.readTree(tg.admin("POST", "/admin/api/users",
                        "{\"username\":\"traced\",\"password\":\"password123\",\"balance\":100}").body()).get("id").asText();
                String key = json.readTree(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}").body()).get("key").asText();
                assertEquals(200, tg.post("/v1/chat/completions", "{\"model\":\"" + MockCatalog.MODEL
                        + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "Authorization", "Bearer " + key).statusCode());
            }
            // Closing Tollgate flushes the spans still buffered.
            String spans;
            synchronized (received) {
                spans = received.toString(StandardCharsets.ISO_8859_1);
            }
            assertTrue(spans.contains("POST /v1/chat/completions"), "the request's span arrived: " + spans.length() + " bytes");
            assertTrue(spans.contains("upstream mock"), "the attempt's span arrived");
            assertTrue(spans.contains("tollgate"), "the service is named");
        } finally {
            receiver.stop(0);
        }
    }
}
