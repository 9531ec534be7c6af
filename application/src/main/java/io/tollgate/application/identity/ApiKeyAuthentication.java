package io.tollgate.application.identity;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.User;

/** What a presented API key proves. */
public sealed interface ApiKeyAuthentication {

    record Valid(ApiKey key, User user) implements ApiKeyAuthentication {}

    /** A real key whose user is disabled: the caller is told so, since the key itself is right. */
    record UserDisabled(User user) implements ApiKeyAuthentication {}

    /** Missing, unknown, expired, or its user is gone: the caller gets one answer for all. */
    record Invalid(String why) implements ApiKeyAuthentication {}
}
