package io.tollgate.adapter.persistence.database;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/** Tells a database that is away (no connection, connection lost, timed out) from a statement that is wrong. */
public final class Unreachable {

    private Unreachable() {}

    /** Whether the failure, or one of its causes, says the database could not be reached or did not answer in time. */
    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && awayState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Connection exceptions (08), shutdowns (57P01-57P03), and a statement cancelled by its timeout (57014). */
    private static boolean awayState(String state) {
        return state.startsWith("08") || state.startsWith("57P0") || state.equals("57014");
    }
}
