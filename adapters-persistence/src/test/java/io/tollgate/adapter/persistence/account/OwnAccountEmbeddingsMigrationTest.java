package io.tollgate.adapter.persistence.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Users' own accounts bound before own accounts served embeddings gain their platform's embedding model, once; the
 * admin's pool accounts and platforms without one keep their models.
 */
class OwnAccountEmbeddingsMigrationTest {

    private static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-00000000a11c");

    @Test
    void ownAccountsGainTheirPlatformsEmbeddingModelOnce() throws SQLException {
        DatabaseConfig config = schemaBeforeOwnEmbeddings();
        UUID mock = UUID.randomUUID();
        UUID glm = UUID.randomUUID();
        UUID claude = UUID.randomUUID();
        UUID pool = UUID.randomUUID();
        try (Connection connection = connect(config); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO users (id, username, password_hash, balance, created_at) VALUES ('" + ALICE + "', 'alice', 'hash', 0, now())");
            sql.execute(account(mock, "mock", "'{mock-gpt}'", "'" + ALICE + "'"));
            sql.execute(account(glm, "glm", "'{glm-4,embedding-3}'", "'" + ALICE + "'"));
            sql.execute(account(claude, "anthropic", "'{claude-3-haiku}'", "'" + ALICE + "'"));
            sql.execute(account(pool, "openai", "'{gpt-4}'", "NULL"));
        }

        Database.start(config).close();

        try (Connection connection = connect(config); Statement sql = connection.createStatement()) {
            assertEquals(List.of("mock-gpt", "mock-embedding"), models(sql, mock));
            assertEquals(List.of("glm-4", "embedding-3"), models(sql, glm), "already there: not twice");
            assertEquals(List.of("claude-3-haiku"), models(sql, claude), "no embedding model on the platform");
            assertEquals(List.of("gpt-4"), models(sql, pool), "the admin's accounts keep the admin's models");
        }
    }

    private static String account(UUID id, String platform, String models, String owner) {
        return "INSERT INTO provider_accounts (id, platform, name, base_url, models, daily_token_quota, weight, status,"
                + " status_reason, consecutive_failures, consecutive_auth_failures, options, credential_key_id, credential, owner_id)"
                + " VALUES ('" + id + "', '" + platform + "', 'a', 'http://127.0.0.1:1', " + models + ", 0, 1, 'enabled', '', 0, 0,"
                + " '{}', 'k', '\\x00', " + owner + ")";
    }

    private static List<String> models(Statement sql, UUID id) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT models FROM provider_accounts WHERE id = '" + id + "'")) {
            row.next();
            Array models = row.getArray("models");
            return Arrays.asList((String[]) models.getArray());
        }
    }

    private static Connection connect(DatabaseConfig config) throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    /** A fresh database emptied and migrated only up to the schema before this change. */
    private static DatabaseConfig schemaBeforeOwnEmbeddings() {
        DatabaseConfig config = TestDatabases.freshConfig();
        Flyway.configure().dataSource(config.url(), config.user(), config.password()).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(config.url(), config.user(), config.password()).target("19").load().migrate();
        return config;
    }
}
