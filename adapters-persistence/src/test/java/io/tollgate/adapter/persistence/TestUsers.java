package io.tollgate.adapter.persistence;

import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import java.time.Instant;

/** Users for contract tests whose rows reference one (owners, callers). */
public final class TestUsers {

    private TestUsers() {}

    public static UserId add(Database database, String name) {
        return database.users().add(new NewUser(new Username(name), "hash-of-" + name, Instant.parse("2025-03-01T00:00:00Z")))
                .orElseThrow(() -> new IllegalStateException("the username " + name + " is taken"))
                .id();
    }
}
