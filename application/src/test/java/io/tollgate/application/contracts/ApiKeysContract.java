package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.identity.Users;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeys} does: keys found by their secret's hash, listed newest first, deleted by id. */
public abstract class ApiKeysContract {

    /** The keys under test and the users they belong to. */
    public record Ports(Users users, ApiKeys apiKeys) {}

    protected static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private Users users;
    private ApiKeys keys;

    protected abstract Ports newPorts();

    @BeforeEach
    void createPorts() {
        Ports ports = newPorts();
        users = ports.users();
        keys = ports.apiKeys();
    }

    private UserId user(String name) {
        return users.add(new NewUser(new Username(name), "hash", T0)).orElseThrow().id();
    }

    private static ApiKey key(UserId user, String name, int second) {
        return new ApiKey(new ApiKeyId(UUID.randomUUID()), user, name, "tg-" + name, List.of("gpt-4o*", "qwen-*"),
                Optional.of(T0.plusSeconds(86_400)), 60, 100_000, T0.plusSeconds(second));
    }

    @Test
    void aKeyIsFoundByTheHashOfItsSecretWithEverythingItWasGiven() {
        ApiKey key = key(user("alice"), "laptop", 1);

        keys.add(key, "hash-1");

        assertEquals(Optional.of(key), keys.bySecretHash("hash-1"));
        assertEquals(Optional.empty(), keys.bySecretHash("hash-2"));
    }

    @Test
    void aKeyWithoutPatternsOrExpiryOrLimitsKeepsThemEmpty() {
        ApiKey key = new ApiKey(new ApiKeyId(UUID.randomUUID()), user("alice"), "open", "tg-open", List.of(),
                Optional.empty(), 0, 0, T0);

        keys.add(key, "hash-1");

        assertEquals(Optional.of(key), keys.bySecretHash("hash-1"));
    }

    @Test
    void aSecondKeyWithTheSameHashIsRefused() {
        UserId alice = user("alice");
        keys.add(key(alice, "one", 1), "same");

        assertThrows(IllegalStateException.class, () -> keys.add(key(alice, "two", 2), "same"));
        assertEquals("one", keys.bySecretHash("same").orElseThrow().name());
    }

    @Test
    void keysAreListedNewestFirstForEveryoneOrOneUser() {
        UserId alice = user("alice");
        UserId bob = user("bob");
        ApiKey a1 = key(alice, "a1", 1);
        ApiKey b1 = key(bob, "b1", 2);
        ApiKey a2 = key(alice, "a2", 3);
        keys.add(a1, "h1");
        keys.add(b1, "h2");
        keys.add(a2, "h3");

        assertEquals(List.of(a2, b1, a1), keys.list(Optional.empty(), 0, 10));
        assertEquals(List.of(b1), keys.list(Optional.empty(), 1, 1));
        assertEquals(List.of(a2, a1), keys.list(Optional.of(alice), 0, 10));
        assertEquals(List.of(a1), keys.list(Optional.of(alice), 1, 5));
    }

    @Test
    void aDeletedKeyIsNoLongerFound() {
        ApiKey key = key(user("alice"), "laptop", 1);
        keys.add(key, "hash-1");

        assertTrue(keys.delete(key.id()));

        assertEquals(Optional.empty(), keys.bySecretHash("hash-1"));
        assertTrue(keys.list(Optional.empty(), 0, 10).isEmpty());
        assertFalse(keys.delete(key.id()));
    }
}
