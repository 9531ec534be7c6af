package io.tollgate.boot;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.adapter.http.admin.AdminAuth;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.application.identity.AuthenticateApiKey;
import io.tollgate.application.identity.AuthenticateToken;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.identity.IdentifyCaller;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.IssueLegacyToken;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.application.identity.MyPreferences;
import io.tollgate.application.identity.signin.AuthenticatePassword;
import io.tollgate.application.identity.signin.LoginThrottle;
import io.tollgate.application.identity.signin.SignIn;
import io.tollgate.boot.adapter.CaffeineRememberedKeys;
import io.tollgate.domain.identity.PasswordHasher;
import io.tollgate.domain.identity.TokenIssuer;
import java.security.SecureRandom;
import java.time.Clock;

/** The identity context: users, passwords and their throttles (the admin token's too), API keys, sessions and preferences. */
record IdentityWiring(AuthenticateApiKey apiKeys, AuthenticatePassword passwords, LoginThrottle throttle, SignIn signIn,
                      IdentifyCaller identify, MyPreferences preferences, ListUsers listUsers,
                      ChangeUserStatus changeUserStatus, IssueLegacyToken issueLegacyToken, IssueApiKey issueApiKey,
                      ManageApiKeys manageApiKeys, LoginThrottle adminTokens) {

    static IdentityWiring of(Database database, PasswordHasher hasher, TokenIssuer userSessions, AuditTrail audit,
                             Clock clock) {
        AuthenticateApiKey apiKeys = new AuthenticateApiKey(database.apiKeys(), database.users(), new CaffeineRememberedKeys(),
                clock, Wiring.RELAY_REFRESH);
        AuthenticatePassword passwords = new AuthenticatePassword(database.users(), hasher);
        // Every password door counts in the database, so five failures are five on however many nodes.
        LoginThrottle throttle = new LoginThrottle(database.signInAttempts(), LoginThrottle.DEFAULT_MAX_FAILURES,
                LoginThrottle.DEFAULT_WINDOW, clock);
        return new IdentityWiring(apiKeys, passwords, throttle,
                new SignIn(passwords, userSessions, throttle),
                new IdentifyCaller(apiKeys, new AuthenticateToken(userSessions, database.legacyTokens(), database.users())),
                new MyPreferences(database.userPreferences()),
                new ListUsers(database.users()),
                new ChangeUserStatus(database.users(), audit),
                new IssueLegacyToken(database.users(), database.legacyTokens()),
                new IssueApiKey(database.users(), database.apiKeys(), new SecureRandom(), clock, audit),
                new ManageApiKeys(database.apiKeys(), apiKeys, audit),
                new LoginThrottle(database.signInAttempts(), AdminAuth.MAX_FAILURES, AdminAuth.WINDOW, clock));
    }
}
