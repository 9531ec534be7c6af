package io.tollgate.adapter.persistence.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LegacyTokenStorageTest {

    private final Database database = TestDatabases.fresh();

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void onlyTheSha256OfATokenIsStored() {
        UserId alice = database.users().add(new NewUser(new Username("alice"), "hash", Instant.EPOCH))
                .orElseThrow().id();

        String token = database.legacyTokens().issue(alice);

        List<String> stored = TestDatabases.jdbi(database).withHandle(
                h -> h.createQuery("SELECT token_hash FROM legacy_tokens").mapTo(String.class).list());
        assertEquals(List.of(JdbiLegacyTokens.sha256Hex(token)), stored);
        assertEquals(64, stored.getFirst().length());
    }

    @Test
    void aTokenForAnUnknownUserIsRefused() {
        UserId stranger = new UserId(UUID.randomUUID());

        assertThrows(IllegalArgumentException.class, () -> database.legacyTokens().issue(stranger));
    }
}
