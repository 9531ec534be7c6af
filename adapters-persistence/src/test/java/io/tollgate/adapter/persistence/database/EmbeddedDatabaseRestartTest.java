package io.tollgate.adapter.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseRestartTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path dataDirectory;

    @Test
    void usersAndBalancesSurviveARestartOnTheSameDataDirectory() {
        User alice;
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDirectory);
             Database database = Database.start(DatabaseConfig.of(server, 2))) {
            alice = database.users().add(new NewUser(new Username("alice"), "hash", T0)).orElseThrow();
            database.ledger().change(alice.id(), Points.exactly("12.5"), LedgerEntryKind.TOP_UP, "opening", "admin",
                    T0);
        }

        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDirectory);
             Database database = Database.start(DatabaseConfig.of(server, 2))) {
            User found = database.users().byUsername(new Username("alice")).orElseThrow();
            assertEquals(alice.id(), found.id());
            assertEquals(Points.exactly("12.5"), found.balance());
            assertEquals(1, database.ledger().history(alice.id(), 0, 10).size());
        }
    }

    @Test
    void theServerThatKeepsRealDataWritesDurably() {
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDirectory);
             Database database = Database.start(DatabaseConfig.of(server, 1))) {
            assertEquals("on", TestDatabases.jdbi(database).withHandle(h -> h.createQuery("SHOW fsync").mapTo(String.class).one()));
            assertEquals("on", TestDatabases.jdbi(database).withHandle(
                    h -> h.createQuery("SHOW synchronous_commit").mapTo(String.class).one()));
        }
    }
}
