package io.tollgate.application.fakes;

import io.tollgate.application.contracts.UserPreferencesContract;
import io.tollgate.application.identity.UserPreferences;
import io.tollgate.domain.identity.UserId;
import java.util.UUID;

class InMemoryUserPreferencesTest extends UserPreferencesContract {

    @Override
    protected UserPreferences newPreferences() {
        return new InMemoryUserPreferences();
    }

    @Override
    protected UserId newUser(String name) {
        return new UserId(UUID.randomUUID());
    }
}
