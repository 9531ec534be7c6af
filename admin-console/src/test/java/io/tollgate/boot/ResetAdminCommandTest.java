package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code reset-admin <username>} against a running Tollgate: new password, fresh enrolment, sessions ended, audited. */
class ResetAdminCommandTest {

    private static final Pattern PASSWORD = Pattern.compile("one-time password\\s+(\\S+)");

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final RunningTollgate app;
    private final String firstPassword;

    ResetAdminCommandTest() {
        try (FirstStartLog log = new FirstStartLog()) {
            app = new RunningTollgate(Map.of());
            firstPassword = log.consolePassword();
        }
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theAdminGetsANewPasswordEnrolsAgainAndLosesEverySession() throws SQLException {
        ConsoleClient before = new ConsoleClient(app.base());
        assertEquals(200, before.loginAndEnrol("admin", firstPassword).statusCode());
        assertEquals(200, before.get("/console/users").statusCode());

        Jar reset = Jar.run(app, "reset-admin", "admin");
        assertEquals(0, reset.exitCode(), reset.stderr());
        String password = printedPassword(reset.stdout());
        assertFalse(reset.stderr().contains(password), "the password is printed to stdout only");

        assertNotEquals(firstPassword, password);
        HttpResponse<String> oldSession = before.get("/console/users");
        assertEquals(303, oldSession.statusCode());
        assertEquals("/console/login", oldSession.headers().firstValue("Location").orElseThrow());
        assertEquals(401, new ConsoleClient(app.base()).login("admin", firstPassword).statusCode());
        HttpResponse<String> signIn = new ConsoleClient(app.base()).login("admin", password);
        assertEquals(303, signIn.statusCode());
        assertEquals("/console/enrol", signIn.headers().firstValue("Location").orElseThrow(), "no TOTP code is asked for");
        assertStoredAfterReset(password);
        ConsoleClient after = new ConsoleClient(app.base());
        assertEquals(200, after.loginAndEnrol("admin", password).statusCode());
        assertEquals(200, after.get("/console/users").statusCode());
        assertFalse(after.totpSecret.equals(before.totpSecret), "a new authenticator key");
    }

    @Test
    void anUnknownAdminOrWrongArgumentsExitWith2OnStderrAndChangeNothing() throws SQLException {
        Jar unknown = Jar.run(app, "reset-admin", "nobody");
        assertEquals(2, unknown.exitCode(), unknown.stderr());
        assertTrue(unknown.stderr().contains("There is no console admin 'nobody'; nothing was changed."), unknown.stderr());
        Jar missing = Jar.run(app, "reset-admin");
        assertEquals(2, missing.exitCode(), missing.stderr());
        assertTrue(missing.stderr().contains(Commands.USAGE), missing.stderr());
        assertFalse(missing.stdout().contains(Commands.USAGE), "usage goes to stderr only");
        assertEquals(2, command("reset-admin", "admin", "extra"));
        assertEquals(2, command("reset-admins", "admin"));
        assertTrue(err.toString().contains(Commands.USAGE), err.toString());

        assertEquals("", out.toString());
        assertEquals(0, count("SELECT count(*) FROM console_audit WHERE action = 'reset-admin'"));
        assertEquals(303, new ConsoleClient(app.base()).login("admin", firstPassword).statusCode(), "the old password still works");
    }

    private int command(String... args) {
        return Commands.run(List.of(args), RunningTollgate.env(app.db, Map.of()), line -> out.append(line).append('\n'),
                line -> err.append(line).append('\n'));
    }

    private static String printedPassword(String stdout) {
        Matcher matcher = PASSWORD.matcher(stdout);
        assertTrue(matcher.find(), stdout);
        return matcher.group(1);
    }

    private void assertStoredAfterReset(String password) throws SQLException {
        try (Connection db = connect();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT password_hash, totp_secret_sealed, totp_enabled FROM console_admins WHERE username = 'admin'")) {
            assertTrue(rs.next());
            assertTrue(rs.getString("password_hash").startsWith("$argon2id$"), "stored as a hash only");
            assertFalse(rs.getString("password_hash").contains(password));
            assertFalse(rs.getBoolean("totp_enabled"));
        }
        assertEquals(0, count("SELECT count(*) FROM console_recovery_codes"));
        assertEquals(1, count("SELECT count(*) FROM console_audit WHERE actor = 'cli' AND action = 'reset-admin'"
                + " AND detail LIKE 'admin: %1 session(s) ended' AND detail NOT LIKE '%" + password + "%'"));
    }

    private long count(String sql) throws SQLException {
        try (Connection db = connect(); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(app.db.url(), app.db.user(), app.db.password());
    }
}
