package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.boot.MalformedRequests.Target;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A seed replays a malformed-request run whatever order a target's maps iterate in (a {@code Map.of}'s differs per JVM). */
class MalformedRequestsReplayTest {

    @Test
    void theSameSeedGivesTheSameBodiesWhateverTheOrderOfTheWrongTypes() {
        Map<String, List<String>> forwards = new LinkedHashMap<>();
        forwards.put("/a", List.of("1", "2"));
        forwards.put("/b", List.of("\"x\"", "[]"));
        forwards.put("/c", List.of("{}", "true"));
        Map<String, List<String>> backwards = new LinkedHashMap<>();
        List.of("/c", "/b", "/a").forEach(key -> backwards.put(key, forwards.get(key)));

        assertEquals(bodies(forwards), bodies(backwards));
    }

    private static List<String> bodies(Map<String, List<String>> wrongTypes) {
        Target target = new Target("t", "POST", "/t", "{\"a\":0,\"b\":0,\"c\":0}", wrongTypes, List.of("/b"), "application/json");
        MalformedRequests generator = new MalformedRequests(7);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            bodies.add(new String(generator.next(target).body(), StandardCharsets.UTF_8));
        }
        return bodies;
    }
}
