package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What the calls of an {@link OutageLoad} answered around an outage from {@code cut} to {@code back} (nanoTime). */
record Outcomes(List<OutageLoad.Reply> replies, long cut, long back) {

    long slowest() {
        return replies.stream().mapToLong(OutageLoad.Reply::millis).max().orElse(0);
    }

    long count(Predicate<OutageLoad.Reply> which) {
        return replies.stream().filter(which).count();
    }

    /** Milliseconds from {@code back} to the start of the first call of the kind answered 200 after it; -1 if none. */
    long recoveryMillis(String kind) {
        return replies.stream().filter(r -> r.kind().equals(kind) && r.status() == 200 && r.startedNanos() > back)
                .mapToLong(r -> (r.startedNanos() - back) / 1_000_000).min().orElse(-1);
    }

    void print() {
        for (String kind : replies.stream().map(OutageLoad.Reply::kind).distinct().sorted().toList()) {
            List<OutageLoad.Reply> ofKind = replies.stream().filter(r -> r.kind().equals(kind)).toList();
            TreeMap<Integer, Long> statuses = ofKind.stream().collect(Collectors.groupingBy(OutageLoad.Reply::status, TreeMap::new,
                    Collectors.counting()));
            long max = ofKind.stream().mapToLong(OutageLoad.Reply::millis).max().orElse(0);
            long maxDuringOutage = ofKind.stream().filter(r -> r.startedNanos() >= cut && r.startedNanos() < back)
                    .mapToLong(OutageLoad.Reply::millis).max().orElse(0);
            System.out.printf("%-6s %5d calls, statuses %s, slowest %d ms (during the outage %d ms), recovered %d ms after the"
                    + " database came back%n", kind, ofKind.size(), statuses, max, maxDuringOutage, recoveryMillis(kind));
        }
    }

    /** Every call answered 200, or 503 with {@code database_unavailable} in its door's shape and a {@code Retry-After}. */
    void assertOnly200Or503WithTheCode() {
        for (OutageLoad.Reply reply : replies) {
            if (reply.status() == 200) {
                continue;
            }
            assertEquals(503, reply.status(), reply.kind() + " answered " + reply.status() + ": " + reply.body());
            assertNotNull(reply.retryAfter(), reply.kind() + " 503 without Retry-After");
            JsonNode body = RelayAdmin.read(reply.body());
            String code = reply.kind().equals("relay") ? body.at("/error/code").asText() : body.path("code").asText();
            assertEquals("database_unavailable", code, reply.kind() + ": " + reply.body());
            if (reply.kind().equals("relay")) {
                assertEquals("server_error", body.at("/error/type").asText(), reply.body());
            }
            if (reply.kind().equals("finish")) {
                assertTrue(!body.path("success").asBoolean(true), reply.body());
            }
        }
    }
}
