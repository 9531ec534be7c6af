package io.tollgate.application.identity;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.User;

/** What a presented API key proves. */
public sealed interface ApiKeyAuthentication {

    record Valid(ApiKey key, User user) implements ApiKeyAuthentication {}

    /** Missing, unknown, expired, or its user is gone or disabled: the caller gets one answer for all. */
    record Invalid(String why) implements ApiKeyAuthentication {}
}
