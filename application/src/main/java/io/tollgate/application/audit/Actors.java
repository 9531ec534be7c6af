package io.tollgate.application.audit;

import io.tollgate.domain.identity.Username;

/** How the audit log and the ledger name who acted: the admin API's token, an admin by name, an end user, or Tollgate. */
public final class Actors {

    /** Whoever holds the admin API's bearer token. */
    public static final String ADMIN_API = "admin-token";

    /** Tollgate itself, adding the built-in mock model and account at a first start. */
    public static final String FIRST_START = "tollgate:first-start";

    /** The operator running a command of the Tollgate jar on the server, such as {@code reset-admin}. */
    public static final String COMMAND_LINE = "cli";

    private Actors() {}

    /** An admin signed in to the console. */
    public static String consoleAdmin(String adminUsername) {
        return "console:" + adminUsername;
    }

    /** An end user acting on their own keys or accounts, through the user API or the portal. */
    public static String user(Username username) {
        return "user:" + username.value();
    }

    /** A caller without an API key, using a public model, known only by their client IP. */
    public static String anonymous(String clientIp) {
        return "public:" + clientIp;
    }
}
