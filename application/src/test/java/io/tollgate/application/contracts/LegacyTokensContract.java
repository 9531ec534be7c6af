package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.identity.LegacyTokens;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.identity.Users;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LegacyTokens} does: one long random token per user, the newest one only. */
public abstract class LegacyTokensContract {

    /** The tokens under test and the users they are issued to. */
    public record Ports(Users users, LegacyTokens legacyTokens) {}

    private Users users;
    private LegacyTokens tokens;

    /** New, empty ports that share one store. */
    protected abstract Ports newPorts();

    @BeforeEach
    void createPorts() {
        Ports ports = newPorts();
        users = ports.users();
        tokens = ports.legacyTokens();
    }

    private UserId user(String name) {
        return users.add(new NewUser(new Username(name), "hash", Instant.parse("2025-03-01T08:00:00Z")))
                .orElseThrow().id();
    }

    @Test
    void anIssuedTokenNamesItsOwner() {
        UserId alice = user("alice");

        String token = tokens.issue(alice);

        assertEquals(Optional.of(alice), tokens.ownerOf(token));
    }

    @Test
    void aTokenIsLongPrefixedAndCannotBeMistakenForAJwt() {
        String token = tokens.issue(user("alice"));

        assertTrue(token.startsWith("tg-legacy-"), token);
        assertTrue(token.length() >= 40, token);
        assertFalse(token.contains("."), token);
    }

    @Test
    void reissuingInvalidatesTheEarlierToken() {
        UserId alice = user("alice");
        String first = tokens.issue(alice);

        String second = tokens.issue(alice);

        assertNotEquals(first, second);
        assertEquals(Optional.empty(), tokens.ownerOf(first));
        assertEquals(Optional.of(alice), tokens.ownerOf(second));
    }

    @Test
    void eachUserHasTheirOwnToken() {
        UserId alice = user("alice");
        UserId bob = user("bob");
        String ofAlice = tokens.issue(alice);
        String ofBob = tokens.issue(bob);

        assertEquals(Optional.of(alice), tokens.ownerOf(ofAlice));
        assertEquals(Optional.of(bob), tokens.ownerOf(ofBob));
    }

    @Test
    void unknownAndEmptyTokensNameNobody() {
        String token = tokens.issue(user("alice"));

        assertEquals(Optional.empty(), tokens.ownerOf(token + "x"));
        assertEquals(Optional.empty(), tokens.ownerOf("tg-legacy-unknown"));
        assertEquals(Optional.empty(), tokens.ownerOf(""));
    }
}
