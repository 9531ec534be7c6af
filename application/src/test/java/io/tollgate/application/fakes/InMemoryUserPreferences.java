package io.tollgate.application.fakes;

import io.tollgate.application.identity.UserPreferences;
import io.tollgate.domain.identity.UserId;
import java.util.HashMap;
import java.util.Map;

/** Users' preferences in memory; a user never set has the defaults. */
public final class InMemoryUserPreferences implements UserPreferences {

    private final Map<UserId, Boolean> pointsFallback = new HashMap<>();

    @Override
    public synchronized boolean pointsFallback(UserId user) {
        return pointsFallback.getOrDefault(user, false);
    }

    @Override
    public synchronized void setPointsFallback(UserId user, boolean allowed) {
        pointsFallback.put(user, allowed);
    }
}
