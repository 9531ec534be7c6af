package io.tollgate.adapter.http.relay.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.http.relay.FlushCounter;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamFailure;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How often a Responses stream's events are flushed to the caller, and the number its error event carries. */
class ResponsesSinkTest {

    private static byte[] event(String type, int sequence) {
        return ("event: " + type + "\ndata: {\"type\":\"" + type + "\",\"sequence_number\":" + sequence + "}\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eventsThatArrivedTogetherShareOneFlush() {
        FlushCounter out = new FlushCounter();
        List<byte[]> seen = new ArrayList<>();
        ResponsesSink sink = new ResponsesSink(out, () -> {}, seen::add);

        sink.write(event("response.created", 0), true);
        sink.write(event("response.output_text.delta", 1), true);
        sink.write(event("response.completed", 2), false);
        sink.finish();

        assertEquals(1, out.flushes());
        assertEquals(3, seen.size());
        assertTrue(out.text().endsWith(new String(event("response.completed", 2), StandardCharsets.UTF_8)));
    }

    @Test
    void anErrorEventEndingTheStreamIsNumberedAfterTheEventsSentAndLeftForTheReplysEnd() {
        FlushCounter out = new FlushCounter();
        ResponsesSink sink = new ResponsesSink(out, () -> {}, bytes -> {});

        sink.write(event("response.created", 0), false);
        sink.write(event("response.output_text.delta", 1), true);
        sink.fail(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "reset"));

        assertEquals(1, out.flushes());
        assertTrue(out.text().endsWith("\"sequence_number\":2}\n\n"), out.text());
    }
}
