package io.tollgate.application.identity;

import io.tollgate.domain.identity.UserId;

/** What each user chose for themselves; a user who never chose has the defaults. */
public interface UserPreferences {

    /** Whether calls may fall back to points through the system pool when the user's own accounts are exhausted (default no). */
    boolean pointsFallback(UserId user);

    void setPointsFallback(UserId user, boolean allowed);
}
