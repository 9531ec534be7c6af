package io.tollgate.adapter.http.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseAwayTest {

    @Test
    void aPoolTimeoutALostConnectionOrACancelledStatementAnywhereInTheCausesIsTheDatabaseAway() {
        assertTrue(DatabaseAway.in(new IllegalStateException("wrapped", new SQLTransientConnectionException("pool timed out"))));
        assertTrue(DatabaseAway.in(new RuntimeException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseAway.in(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseAway.in(new RuntimeException(new SQLException("canceling statement due to statement timeout", "57014"))));
    }

    @Test
    void aWrongStatementOrABugIsNot() {
        assertFalse(DatabaseAway.in(new RuntimeException(new SQLException("relation does not exist", "42P01"))));
        assertFalse(DatabaseAway.in(new IllegalStateException("a bug")));
    }
}
