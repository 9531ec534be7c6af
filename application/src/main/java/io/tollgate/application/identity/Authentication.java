package io.tollgate.application.identity;

import io.tollgate.domain.identity.User;

/** What a presented token proves. */
public sealed interface Authentication {

    record Authenticated(User user, Method method) implements Authentication {}

    record NoToken() implements Authentication {}

    /** A bad signature, algorithm or expiry, or an unknown plain token. */
    record BadToken() implements Authentication {}

    /** The token was valid but its user is gone. */
    record UnknownUser() implements Authentication {}

    /** How a user proved who they are. */
    enum Method { JWT, PASSWORD, LEGACY_PLAIN_TOKEN }
}
