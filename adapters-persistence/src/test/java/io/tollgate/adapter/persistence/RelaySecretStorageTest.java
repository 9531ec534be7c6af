package io.tollgate.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.adapter.persistence.crypto.AesGcmCredentialCipher;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.SecretHash;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RelaySecretStorageTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final String CREDENTIAL = "sk-upstream-9f8e7d6c5b4a-secret";

    private final Database database = TestDatabases.fresh();

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private List<String> rowsAsText(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT t::text FROM " + table + " t")
                .mapTo(String.class).list());
    }

    @Test
    void aProviderCredentialIsStoredOnlySealed() {
        AesGcmCredentialCipher cipher = new AesGcmCredentialCipher(new byte[32]);
        AccountId id = new AccountId(UUID.randomUUID());
        ProviderAccount account = new ProviderAccount(id, Platform.OPENAI, "main", "https://api.openai.com/v1",
                Set.of("gpt-4o"), 0, 1, AccountHealth.ENABLED, Map.of("organization", "org-1"));

        database.providerAccounts().add(account, cipher.seal(id, CREDENTIAL));

        List<String> rows = rowsAsText("provider_accounts");
        assertEquals(1, rows.size());
        String hex = HexFormat.of().formatHex(CREDENTIAL.getBytes(StandardCharsets.UTF_8));
        assertFalse(rows.getFirst().contains(CREDENTIAL), rows.getFirst());
        assertFalse(rows.getFirst().contains(hex), rows.getFirst());
        assertEquals(CREDENTIAL, cipher.open(id, database.providerAccounts().credential(id).orElseThrow()));
    }

    @Test
    void anApiKeySecretIsStoredOnlyAsItsSha256() {
        UserId alice = database.users().add(new NewUser(new Username("alice"), "hash", T0)).orElseThrow().id();
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        IssueApiKey issue = new IssueApiKey(database.users(), database.apiKeys(), new SecureRandom(), clock,
                new io.tollgate.application.audit.AuditTrail(database.auditLog(), clock));

        String secret = assertInstanceOf(IssueApiKey.Outcome.Issued.class, issue.issue(
                new IssueApiKey.Command(alice, "laptop", List.of(), Optional.empty(), 0, 0, Optional.empty()), "admin-token")).secret();

        List<String> audited = rowsAsText("console_audit");
        assertEquals(1, audited.size());
        assertFalse(audited.getFirst().contains(secret), audited.getFirst());
        List<String> rows = rowsAsText("api_keys");
        assertEquals(1, rows.size());
        assertFalse(rows.getFirst().contains(secret.substring(IssueApiKey.PREFIX.length())), rows.getFirst());
        assertEquals(List.of(SecretHash.of(secret)), database.jdbi().withHandle(
                h -> h.createQuery("SELECT secret_hash FROM api_keys").mapTo(String.class).list()));
    }
}
