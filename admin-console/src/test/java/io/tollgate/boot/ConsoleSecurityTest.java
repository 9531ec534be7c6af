package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console over plain HTTP: CSRF, cookie flags, escaping, second-factor replay and secrets at rest. */
class ConsoleSecurityTest {

    private static final String SCRIPT_NAME = "<script>alert(1)</script>";

    private static RunningTollgate app;
    private static ConsoleClient admin;
    private static String password;

    @BeforeAll
    static void start() {
        try (FirstStartLog log = new FirstStartLog()) {
            app = new RunningTollgate(Map.of("TOLLGATE_TRUSTED_PROXIES", "127.0.0.1"));
            password = log.consolePassword();
        }
        admin = new ConsoleClient(app.base());
        assertEquals(200, admin.loginAndEnrol("admin", password).statusCode());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedWith403AndChangesNothing() {
        HttpResponse<String> without = admin.post("/console/users", Map.of("username", "no-token", "password", "password123"));
        HttpResponse<String> wrong = admin.post("/console/users",
                Map.of("username", "no-token", "password", "password123", "csrf", "forged"));
        HttpResponse<String> json = admin.post("/console/words", Map.of("words", "x"), "Accept", "application/json");

        assertEquals(403, without.statusCode());
        assertEquals(403, wrong.statusCode());
        assertTrue(without.body().contains("csrf_token_invalid"), without.body());
        assertEquals(403, json.statusCode());
        assertTrue(json.body().contains("\"code\":\"csrf_token_invalid\""), json.body());
        assertFalse(admin.get("/console/users?q=no-token").body().contains(">no-token<"));
    }

    @Test
    void theSignInFormNeedsItsOwnTokenToo() {
        ConsoleClient stranger = new ConsoleClient(app.base());

        HttpResponse<String> response = stranger.post("/console/login", Map.of("username", "admin", "password", password));

        assertEquals(403, response.statusCode());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndSecureOnlyBehindHttps() {
        String plain = sessionCookie(new ConsoleClient(app.base()), new String[0]);
        String proxied = sessionCookie(new ConsoleClient(app.base()), new String[] {"X-Forwarded-Proto", "https"});

        assertTrue(plain.contains("HttpOnly"), plain);
        assertTrue(plain.contains("SameSite=Strict"), plain);
        assertFalse(plain.contains("Secure"), plain);
        assertTrue(proxied.contains("HttpOnly") && proxied.contains("SameSite=Strict") && proxied.contains("; Secure"), proxied);
    }

    @Test
    void aUserNamedWithAScriptTagShowsAsTextOnEveryPageListingUsers() {
        String id = idOf(app.admin("POST", "/admin/api/users",
                "{\"username\":\"" + SCRIPT_NAME.replace("/", "\\/") + "\",\"password\":\"password123\",\"balance\":5}").body());
        admin.submit("/console/users/" + id, "/console/users/" + id + "/balance", Map.of("amount", "1", "reason", SCRIPT_NAME));

        for (String page : List.of("/console/users", "/console/users?q=script", "/console/users/" + id, "/console/audit")) {
            String body = admin.get(page).body();
            assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page + " shows the name escaped");
            assertFalse(body.contains(SCRIPT_NAME), page + " never carries the raw tag");
        }
    }

    @Test
    void aUsedCodeIsRefusedOnReplayAndARecoveryCodeWorksOnce() {
        ConsoleClient second = new ConsoleClient(app.base());
        second.totpSecret = admin.totpSecret;
        second.login("admin", password);
        String used = admin.code(Instant.now());
        Map<String, String> form = Map.of("csrf", ConsoleClient.csrf(second.get("/console/login/code").body()), "code", used);

        HttpResponse<String> replay = second.post("/console/login/code", form);

        assertEquals(401, replay.statusCode());
        assertTrue(replay.body().contains("already used"), replay.body());
    }

    @Test
    void theTotpSecretAndRecoveryCodesAreNotStoredInPlainText() throws SQLException {
        try (Connection db = DriverManager.getConnection(app.db.url(), app.db.user(), app.db.password());
             ResultSet rs = db.createStatement().executeQuery("SELECT totp_secret_sealed, totp_enabled FROM console_admins")) {
            assertTrue(rs.next());
            assertTrue(rs.getBoolean("totp_enabled"));
            assertFalse(rs.getString("totp_secret_sealed").contains(admin.totpSecret));
        }
    }

    @Test
    void pagesAreForSignedInAdminsOnly() {
        HttpResponse<String> anonymous = new ConsoleClient(app.base()).get("/console/users");

        assertEquals(303, anonymous.statusCode());
        assertEquals("/console/login", anonymous.headers().firstValue("Location").orElseThrow());
    }

    private static String sessionCookie(ConsoleClient client, String[] headers) {
        String token = ConsoleClient.csrf(client.get("/console/login", headers).body());
        HttpResponse<String> response = client.post("/console/login",
                Map.of("username", "admin", "password", password, "csrf", token), headers);
        assertEquals(303, response.statusCode());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("tg_console=")).findFirst().orElseThrow();
    }

    static String idOf(String json) {
        Matcher matcher = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }
}
