package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.identity.UserPreferences;
import io.tollgate.domain.identity.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserPreferences} does: per-user choices, the defaults until a user chooses. */
public abstract class UserPreferencesContract {

    private UserPreferences preferences;

    /** New preferences that nobody has set. */
    protected abstract UserPreferences newPreferences();

    /** A user, in the store {@link #newPreferences()} returned last. */
    protected abstract UserId newUser(String name);

    @BeforeEach
    void createPreferences() {
        preferences = newPreferences();
    }

    @Test
    void aUserWhoNeverChoseHasNoPointsFallback() {
        assertFalse(preferences.pointsFallback(newUser("alice")));
    }

    @Test
    void pointsFallbackIsSwitchedOnAndOffAgain() {
        UserId alice = newUser("alice");

        preferences.setPointsFallback(alice, true);
        assertTrue(preferences.pointsFallback(alice));

        preferences.setPointsFallback(alice, false);
        assertFalse(preferences.pointsFallback(alice));
    }

    @Test
    void oneUsersChoiceLeavesOthersAtTheDefault() {
        UserId alice = newUser("alice");
        UserId bob = newUser("bob");

        preferences.setPointsFallback(alice, true);

        assertTrue(preferences.pointsFallback(alice));
        assertFalse(preferences.pointsFallback(bob));
    }
}
