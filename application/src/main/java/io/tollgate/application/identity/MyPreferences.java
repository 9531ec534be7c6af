package io.tollgate.application.identity;

import io.tollgate.domain.identity.UserId;

/** A user reads and changes their own preferences. */
public final class MyPreferences {

    private final UserPreferences preferences;

    public MyPreferences(UserPreferences preferences) {
        this.preferences = preferences;
    }

    public boolean pointsFallback(UserId user) {
        return preferences.pointsFallback(user);
    }

    public void allowPointsFallback(UserId user, boolean allowed) {
        preferences.setPointsFallback(user, allowed);
    }
}
