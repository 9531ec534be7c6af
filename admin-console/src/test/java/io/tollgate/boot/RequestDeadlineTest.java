package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.boot.FaultyUpstream.Fault;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A call that outlives the request deadline: a 504 in the OpenAI error shape, or a stream's last event saying so. */
class RequestDeadlineTest {

    @Test
    void aHungCallGets504DeadlineExceededAndAStalledStreamEndsWithThatErrorEvent() throws Exception {
        try (FaultyUpstream hung = new FaultyUpstream(now -> Fault.HANG);
             FaultyUpstream stalled = new FaultyUpstream(now -> Fault.STALL);
             RunningTollgate tg = new RunningTollgate(Map.of("TOLLGATE_MOCK_PLATFORM", "false", "TOLLGATE_RELAY_MAX_ATTEMPTS", "1",
                     "TOLLGATE_REQUEST_DEADLINE", "2s", "TOLLGATE_FIRST_BYTE_TIMEOUT", "5s", "TOLLGATE_STREAM_IDLE_TIMEOUT", "60s"))) {
            RelayAdmin admin = new RelayAdmin(tg);
            admin.model("hung", "openai", "1", "1");
            admin.model("stalled", "openai", "1", "1");
            admin.account("hung", "openai", hung.baseUrl(), "hung");
            admin.account("stalled", "openai", stalled.baseUrl(), "stalled");
            RelayAdmin.Caller caller = admin.caller(new BigDecimal("100"));

            long began = System.nanoTime();
            HttpResponse<String> late = admin.chat(caller, "hung", false);
            long jsonMillis = (System.nanoTime() - began) / 1_000_000;
            began = System.nanoTime();
            HttpResponse<String> cut = admin.chat(caller, "stalled", true);
            long streamMillis = (System.nanoTime() - began) / 1_000_000;
            System.out.printf("RequestDeadlineTest: deadline 2000 ms; the hung call answered %d after %d ms, the stalled stream ended"
                    + " after %d ms%n", late.statusCode(), jsonMillis, streamMillis);

            assertEquals(504, late.statusCode(), late.body());
            JsonNode error = RelayAdmin.read(late.body()).get("error");
            assertEquals("deadline_exceeded", error.get("code").asText(), late.body());
            assertEquals("timeout_error", error.get("type").asText(), late.body());
            assertTrue(error.get("message").asText().contains("deadline of 2 s"), late.body());
            assertEquals(200, cut.statusCode());
            assertTrue(cut.body().contains("half") && cut.body().trim().endsWith("\"code\":\"deadline_exceeded\"}}"), cut.body());
            assertTrue(jsonMillis < 4000 && streamMillis < 4000, jsonMillis + " ms, " + streamMillis + " ms");
        }
    }
}
