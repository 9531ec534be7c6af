package io.tollgate.adapter.persistence.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.domain.billing.ChargeResult;
import io.tollgate.domain.billing.Consumption;
import io.tollgate.domain.billing.ConsumptionFilter;
import io.tollgate.domain.billing.ConsumptionRequest;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Consumptions stored before charges became per turn: keyed by 'chat:' + chatId (one charge per conversation)
 * or by an Idempotency-Key header. After the migration the same header still finds its charge, and a new turn
 * of an old conversation is charged.
 */
class PerTurnConsumptionsMigrationTest {

    private static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-00000000a11c");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void storedChargesStayValidAndAnOldConversationsNextTurnIsCharged() throws SQLException {
        DatabaseConfig config = schemaBeforePerTurnCharges();
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO users (id, username, password_hash, balance, created_at)"
                    + " VALUES ('" + ALICE + "', 'alice', 'hash', 8, now())");
            sql.execute("INSERT INTO consumptions (user_id, workflow_name, base_points, multiplier, charge,"
                    + " balance_after, idempotency_key, created_at) VALUES"
                    + " ('" + ALICE + "', 'wf', 1, 1, 1, 9, 'chat:conversation-1', now() - interval '2 minutes'),"
                    + " ('" + ALICE + "', 'wf', 1, 1, 1, 8, 'header-key-1', now() - interval '1 minute')");
        }

        try (Database database = Database.start(config)) {
            List<Consumption> stored = database.consumptions().list(ConsumptionFilter.ALL, 0, 10);
            assertEquals("key:header-key-1", stored.get(0).idempotencyKey());
            assertNull(stored.get(0).chatId());
            assertNull(stored.get(1).idempotencyKey());
            assertEquals("conversation-1", stored.get(1).chatId());

            ChargeResult sameHeader = database.consumptions().charge(request("key:header-key-1", null));
            assertEquals(stored.get(0), assertInstanceOf(ChargeResult.AlreadyCharged.class, sameHeader).consumption());

            ChargeResult nextTurn = database.consumptions().charge(request("turn:next", "conversation-1"));
            assertEquals("conversation-1", assertInstanceOf(ChargeResult.Charged.class, nextTurn).consumption().chatId());
            assertEquals(Points.exactly("7"), database.users().byId(new UserId(ALICE)).orElseThrow().balance());
        }
    }

    private static ConsumptionRequest request(String key, String chatId) {
        return new ConsumptionRequest(new UserId(ALICE), "wf", Points.exactly("1"), Multiplier.ONE,
                Optional.of(key), Optional.ofNullable(chatId), T0);
    }

    /** A fresh database emptied and migrated only up to the schema before charges per turn. */
    private static DatabaseConfig schemaBeforePerTurnCharges() {
        DatabaseConfig config = TestDatabases.freshConfig();
        Flyway.configure().dataSource(config.url(), config.user(), config.password()).cleanDisabled(false)
                .load().clean();
        Flyway.configure().dataSource(config.url(), config.user(), config.password()).target("12").load().migrate();
        return config;
    }
}
