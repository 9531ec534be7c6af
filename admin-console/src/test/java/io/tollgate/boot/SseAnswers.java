package io.tollgate.boot;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Server-sent event answers in a platform's own framing, for {@link FakePlatform}. */
final class SseAnswers {

    private SseAnswers() {}

    /** Each payload as one event, then {@code [DONE]}; {@code prefix} is {@code "data: "}, or Spark's {@code "data:"}. */
    static FakePlatform.Answer events(String prefix, String... payloads) {
        return stream(prefix, true, payloads);
    }

    /** Each payload as one event and then the end of the body, with no {@code [DONE]}: how a platform fails after 200. */
    static FakePlatform.Answer failing(String prefix, String... payloads) {
        return stream(prefix, false, payloads);
    }

    /**
     * Each event written whole, with its own {@code event:} and {@code data:} lines, and then the end of the body: how
     * platforms with their own framing (Anthropic, ERNIE, DashScope native) end a stream, with no {@code [DONE]}.
     */
    static FakePlatform.Answer closing(String... events) {
        return stream("", false, events);
    }

    private static FakePlatform.Answer stream(String prefix, boolean done, String... payloads) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (String payload : payloads) {
                out.write((prefix + payload + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            if (done) {
                out.write((prefix + "[DONE]\n\n").getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
