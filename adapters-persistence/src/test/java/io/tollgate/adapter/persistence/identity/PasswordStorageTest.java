package io.tollgate.adapter.persistence.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.crypto.Argon2PasswordHasher;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordStorageTest {

    private static final String PASSWORD = "s3cret-Passw0rd-看不见";

    private final Database database = TestDatabases.fresh();

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void theUsersTableHoldsOnlyAnArgon2HashNeverThePassword() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);
        CreateUser createUser = new CreateUser(database.users(), database.ledger(), new Argon2PasswordHasher(), clock,
                new io.tollgate.application.audit.AuditTrail(database.auditLog(), clock));

        CreateUser.Outcome outcome = createUser.create(
                new CreateUser.Command(new Username("alice"), PASSWORD, Points.exactly("5"), "admin"));

        assertInstanceOf(CreateUser.Outcome.Created.class, outcome);
        List<String> rows = TestDatabases.jdbi(database).withHandle(
                h -> h.createQuery("SELECT u::text FROM users u").mapTo(String.class).list());
        assertEquals(1, rows.size());
        assertFalse(rows.getFirst().contains(PASSWORD), rows.getFirst());
        String hash = TestDatabases.jdbi(database).withHandle(
                h -> h.createQuery("SELECT password_hash FROM users").mapTo(String.class).one());
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(new Argon2PasswordHasher().matches(PASSWORD, hash));
    }
}
