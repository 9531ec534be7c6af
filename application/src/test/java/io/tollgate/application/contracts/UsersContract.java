package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.UserStatus;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.identity.Users;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Users} does; a subclass supplies the implementation. */
public abstract class UsersContract {

    protected static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private Users users;

    /** A new, empty store of users. */
    protected abstract Users newUsers();

    @BeforeEach
    void createUsers() {
        users = newUsers();
    }

    private User add(String name, int second) {
        return users.add(new NewUser(new Username(name), "hash-of-" + name, T0.plusSeconds(second))).orElseThrow();
    }

    private List<String> names(List<User> listed) {
        return listed.stream().map(u -> u.username().value()).toList();
    }

    @Test
    void aPagesUserIdsAreNamedInOneLookUpAndUnknownIdsLeftOut() {
        User alice = add("alice", 0);
        User bob = add("bob", 1);
        UserId nobody = new UserId(UUID.randomUUID());

        var names = users.usernames(List.of(alice.id(), bob.id(), alice.id(), nobody));

        assertEquals(java.util.Map.of(alice.id(), new Username("alice"), bob.id(), new Username("bob")), names);
        assertTrue(users.usernames(List.of()).isEmpty());
    }

    @Test
    void anAddedUserIsActiveWithAZeroBalance() {
        User added = add("alice", 0);

        assertEquals(new Username("alice"), added.username());
        assertEquals(Points.ZERO, added.balance());
        assertEquals(UserStatus.ACTIVE, added.status());
        assertEquals(T0, added.createdAt());
    }

    @Test
    void aTakenUsernameIsRefusedAndTheFirstUserKeepsItsPassword() {
        User first = add("alice", 0);

        Optional<User> second = users.add(new NewUser(new Username("alice"), "other-hash", T0.plusSeconds(1)));

        assertTrue(second.isEmpty());
        assertEquals(Optional.of("hash-of-alice"), users.passwordHash(first.id()));
        assertEquals(1, users.list("", 0, 10).size());
    }

    @Test
    void usersAreFoundByIdAndByUsername() {
        User alice = add("alice", 0);
        User zhang = add("张三", 1);

        assertEquals(Optional.of(alice), users.byId(alice.id()));
        assertEquals(Optional.of(zhang), users.byUsername(new Username("张三")));
        assertEquals(Optional.of("hash-of-张三"), users.passwordHash(zhang.id()));
    }

    @Test
    void unknownIdsAndUsernamesFindNobody() {
        add("alice", 0);
        UserId unknown = new UserId(UUID.randomUUID());

        assertTrue(users.byId(unknown).isEmpty());
        assertTrue(users.byUsername(new Username("bob")).isEmpty());
        assertTrue(users.passwordHash(unknown).isEmpty());
    }

    @Test
    void aStatusChangeIsStoredAndCanBeUndone() {
        User alice = add("alice", 0);

        assertTrue(users.changeStatus(alice.id(), UserStatus.DISABLED));
        assertEquals(UserStatus.DISABLED, users.byId(alice.id()).orElseThrow().status());
        assertTrue(users.changeStatus(alice.id(), UserStatus.ACTIVE));
        assertEquals(UserStatus.ACTIVE, users.byId(alice.id()).orElseThrow().status());
    }

    @Test
    void theStatusOfAnUnknownUserCannotChange() {
        assertFalse(users.changeStatus(new UserId(UUID.randomUUID()), UserStatus.DISABLED));
    }

    @Test
    void theListIsOldestFirstOnePageAtATime() {
        for (int i = 0; i < 5; i++) {
            add("user" + i, 0);
        }

        assertEquals(List.of("user0", "user1", "user2", "user3", "user4"), names(users.list("", 0, 10)));
        assertEquals(List.of("user2", "user3"), names(users.list("", 2, 2)));
        assertEquals(List.of(), names(users.list("", 5, 2)));
    }

    @Test
    void theListKeepsOnlyNamesContainingTheText() {
        add("alice", 0);
        add("malice", 1);
        add("bob", 2);

        assertEquals(List.of("alice", "malice"), names(users.list("lic", 0, 10)));
        assertEquals(List.of("malice"), names(users.list("lic", 1, 10)));
    }

    @Test
    void percentAndUnderscoreInTheFilterAreOrdinaryCharacters() {
        add("a_b", 0);
        add("axb", 1);
        add("100%", 2);
        add("1000", 3);

        assertEquals(List.of("a_b"), names(users.list("_", 0, 10)));
        assertEquals(List.of("100%"), names(users.list("0%", 0, 10)));
    }

    @Test
    void ofManySimultaneousAddsOfOneUsernameExactlyOneSucceeds() {
        List<Optional<User>> results = Concurrently.run(20,
                i -> users.add(new NewUser(new Username("alice"), "hash-" + i, T0)));

        assertEquals(1, results.stream().filter(Optional::isPresent).count());
        assertEquals(1, users.list("", 0, 100).size());
    }
}
