package io.tollgate.application.identity;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.User;
import java.util.Objects;
import java.util.Optional;

/** A signed-in user of the user API, and the API key they called with (none for a session token). */
public record Caller(User user, Optional<ApiKey> key) {

    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(key, "key");
    }
}
