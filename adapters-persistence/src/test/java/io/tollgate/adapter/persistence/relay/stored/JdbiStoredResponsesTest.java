package io.tollgate.adapter.persistence.relay.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.TestUsers;
import io.tollgate.application.relay.stored.StoredResponses;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiStoredResponsesTest {

    private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");

    private Database database;
    private StoredResponses stored;
    private UserId user;
    private AccountId first;
    private AccountId second;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh();
        stored = database.storedResponses();
        user = TestUsers.add(database, "agent");
        first = account();
        second = account();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aResponseIsFoundUntilForgottenAndItsFirstAccountWins() {
        stored.remember(new StoredResponses.Stored("resp_1", user, first, AT));
        stored.remember(new StoredResponses.Stored("resp_1", user, second, AT.plusSeconds(5)));
        assertEquals(Optional.of(new StoredResponses.Stored("resp_1", user, first, AT)), stored.find("resp_1"));
        assertTrue(stored.find("resp_2").isEmpty());
        stored.forget("resp_1");
        assertTrue(stored.find("resp_1").isEmpty());
    }

    @Test
    void deletingTheAccountForgetsItsResponses() {
        stored.remember(new StoredResponses.Stored("resp_gone", user, second, AT));
        assertTrue(database.providerAccounts().delete(second));
        assertTrue(stored.find("resp_gone").isEmpty());
    }

    private AccountId account() {
        AccountId id = new AccountId(UUID.randomUUID());
        database.providerAccounts().add(new ProviderAccount(id, Platform.OPENAI, "openai " + id, "https://api.openai.com/v1",
                Set.of("gpt"), 0, 1, AccountHealth.ENABLED, Map.of(), Optional.empty()), new SealedCredential("k1", new byte[] {1}));
        return id;
    }
}
