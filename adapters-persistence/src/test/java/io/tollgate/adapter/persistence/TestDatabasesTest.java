package io.tollgate.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.Username;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TestDatabasesTest {

    @Test
    void eachDatabaseIsNewAndEmpty() {
        try (Database first = TestDatabases.fresh(); Database second = TestDatabases.fresh()) {
            first.users().add(new NewUser(new Username("alice"), "hash", Instant.EPOCH));

            assertTrue(second.users().list("", 0, 10).isEmpty());
        }
    }

    @Test
    void theDatabaseNameIsReplacedAndTheParametersKept() {
        assertEquals("jdbc:postgresql://db.example:5433/test_1?ssl=true",
                TestDatabases.withDatabase("jdbc:postgresql://db.example:5433/tollgate?ssl=true", "test_1"));
        assertEquals("jdbc:postgresql://localhost/test_1",
                TestDatabases.withDatabase("jdbc:postgresql://localhost", "test_1"));
    }
}
