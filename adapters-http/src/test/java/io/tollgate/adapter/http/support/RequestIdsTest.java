package io.tollgate.adapter.http.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void idsAreDistinctVersionFourUuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = RequestIds.newId();
            UUID parsed = UUID.fromString(id);
            assertEquals(4, parsed.version(), id);
            assertEquals(2, parsed.variant(), id);
            assertEquals(id, parsed.toString());
            ids.add(id);
        }
        assertEquals(100_000, ids.size());
    }
}
