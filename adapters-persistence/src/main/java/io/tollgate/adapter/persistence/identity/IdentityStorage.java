package io.tollgate.adapter.persistence.identity;

import io.tollgate.application.identity.console.Admins;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.application.audit.AuditLog;
import io.tollgate.application.identity.console.ConsoleSessions;
import io.tollgate.application.identity.LegacyTokens;
import io.tollgate.application.identity.signin.SignInAttempts;
import io.tollgate.application.identity.UserPreferences;
import io.tollgate.application.identity.UserSessions;
import io.tollgate.domain.identity.Users;
import org.jdbi.v3.core.Jdbi;

/** The identity context's tables: users, API keys, legacy tokens, sessions, preferences, admins and the audit log. */
public final class IdentityStorage {

    private final Users users;
    private final ApiKeys apiKeys;
    private final LegacyTokens legacyTokens;
    private final UserSessions userSessions;
    private final UserPreferences userPreferences;
    private final Admins admins;
    private final ConsoleSessions consoleSessions;
    private final SignInAttempts signInAttempts;
    private final AuditLog auditLog;

    public IdentityStorage(Jdbi jdbi) {
        // Plain functions rather than reflective mappers, which need the row records to be public.
        jdbi.registerRowMapper(UserRow.class, UserRow::map).registerRowMapper(ApiKeyRow.class, ApiKeyRow::map);
        this.users = new JdbiUsers(jdbi);
        this.apiKeys = new JdbiApiKeys(jdbi);
        this.legacyTokens = new JdbiLegacyTokens(jdbi);
        this.userSessions = new JdbiUserSessions(jdbi);
        this.userPreferences = new JdbiUserPreferences(jdbi);
        this.admins = new JdbiAdmins(jdbi);
        this.consoleSessions = new JdbiConsoleSessions(jdbi);
        this.signInAttempts = new JdbiSignInAttempts(jdbi);
        this.auditLog = new JdbiAuditLog(jdbi);
    }

    public Users users() {
        return users;
    }

    public ApiKeys apiKeys() {
        return apiKeys;
    }

    public LegacyTokens legacyTokens() {
        return legacyTokens;
    }

    public UserSessions userSessions() {
        return userSessions;
    }

    public UserPreferences userPreferences() {
        return userPreferences;
    }

    /** The console's administrators. */
    public Admins admins() {
        return admins;
    }

    /** The console's server-side sessions. */
    public ConsoleSessions consoleSessions() {
        return consoleSessions;
    }

    /** Sign-in attempts of every password door, counted across nodes. */
    public SignInAttempts signInAttempts() {
        return signInAttempts;
    }

    /** The console's audit log. */
    public AuditLog auditLog() {
        return auditLog;
    }
}
