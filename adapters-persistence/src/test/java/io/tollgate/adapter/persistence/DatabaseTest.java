package io.tollgate.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.Username;
import java.time.Instant;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void aPoolOfOneConnectionIsEnoughToMigrateAndWork() {
        try (Database database = Database.start(TestDatabases.freshConfig().withPoolSize(1))) {
            database.users().add(new NewUser(new Username("alice"), "hash", Instant.EPOCH));

            assertEquals(1, database.users().list("", 0, 10).size());
        }
    }

    @Test
    void aSecondNodeOnTheSameDatabaseFindsTheSchemaReadyAndTheSameData() {
        DatabaseConfig shared = TestDatabases.freshConfig();
        try (Database first = Database.start(shared); Database second = Database.start(shared)) {
            first.users().add(new NewUser(new Username("alice"), "hash", Instant.EPOCH));

            assertEquals(1, second.users().list("", 0, 10).size());
        }
    }

    @Test
    void theSchemaRefusesANegativeBalanceEvenFromOutsideTheAdapters() {
        try (Database database = TestDatabases.fresh()) {
            database.users().add(new NewUser(new Username("alice"), "hash", Instant.EPOCH));

            assertThrows(UnableToExecuteStatementException.class, () -> database.jdbi().useHandle(
                    h -> h.execute("UPDATE users SET balance = -0.000001")));
        }
    }
}
