package io.tollgate.adapter.persistence.database;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation, which some adapters turn into an ordinary outcome. */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {}

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
