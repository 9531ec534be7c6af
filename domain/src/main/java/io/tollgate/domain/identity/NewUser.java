package io.tollgate.domain.identity;

import java.time.Instant;
import java.util.Objects;

/** What it takes to add a user: a name, an already hashed password, and when. */
public record NewUser(Username username, String passwordHash, Instant createdAt) {

    public NewUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
