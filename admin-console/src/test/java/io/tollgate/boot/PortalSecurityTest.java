package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The users' pages over HTTP: sign-in cookies, CSRF on every form, escaping, and other users' accounts not found. */
class PortalSecurityTest {

    private static final String SCRIPT_NAME = "<script>alert(1)</script>";

    private static RunningTollgate app;
    private static String carolsAccount;

    @BeforeAll
    static void start() {
        app = RunningTollgate.onKnownPort(Map.of());
        OAuthUser carol = OAuthUser.create(app, "carol", "0");
        carolsAccount = carol.bindByKey("mock", "carol's", "any-key", 1000);
        OAuthUser.create(app, "dave", "0");
        assertEquals(201, app.admin("POST", "/admin/api/users", "{\"username\":\"" + SCRIPT_NAME.replace("\"", "\\\"")
                + "\",\"password\":\"password123\",\"balance\":0}").statusCode(), "a name a browser would run");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static ConsoleClient signedIn(String username) {
        ConsoleClient client = new ConsoleClient(app.base());
        HttpResponse<String> login = client.submit("/me/login", "/me/login", Map.of("username", username, "password", "password123"));
        assertEquals(303, login.statusCode(), login.body());
        return client;
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndScopedToTheUsersPages() {
        ConsoleClient client = new ConsoleClient(app.base());
        HttpResponse<String> login = client.submit("/me/login", "/me/login", Map.of("username", "dave", "password", "password123"));

        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("tg_user=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/me"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP from no trusted proxy");
        assertEquals(303, app.get(app.base() + "/me/accounts").statusCode(), "no cookie: to the sign-in page");
    }

    @Test
    void everyFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        ConsoleClient dave = signedIn("dave");
        for (String action : new String[] {"/me/fallback", "/me/keys", "/me/accounts/authorize", "/me/accounts/key", "/me/logout"}) {
            HttpResponse<String> reply = dave.post(action, Map.of("platform", "mock", "account_name", "x", "api_key", "k"));
            assertEquals(403, reply.statusCode(), action + " " + reply.body());
        }
        HttpResponse<String> wrong = dave.post("/me/login", Map.of("csrf", "forged", "username", "dave", "password", "password123"));
        assertEquals(403, wrong.statusCode());
        assertFalse(dave.get("/me/accounts").body().contains("<td>x</td>"), "no account was bound");
    }

    @Test
    void aUserNamedLikeAScriptShowsAsText() {
        ConsoleClient client = signedIn(SCRIPT_NAME);

        for (String page : new String[] {"/me", "/me/accounts"}) {
            String body = client.get(page).body();
            assertFalse(body.contains(SCRIPT_NAME), page);
            assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        }
    }

    @Test
    void anotherUsersAccountIsNotFoundOnEveryPageAndAction() {
        ConsoleClient dave = signedIn("dave");
        String csrf = ConsoleClient.csrf(dave.get("/me/accounts").body());
        String one = "/me/accounts/" + carolsAccount;

        assertEquals(404, dave.get(one + "/usage").statusCode());
        assertEquals(404, dave.get(one + "/delete").statusCode());
        for (String action : new String[] {"/check", "/edit", "/delete"}) {
            assertEquals(404, dave.post(one + action, Map.of("csrf", csrf, "enabled", "false")).statusCode(), action);
        }
        ConsoleClient carol = signedIn("carol");
        String carols = carol.get("/me/accounts").body();
        assertTrue(carols.contains("carol&#39;s") && carols.contains("enabled"), carols);
    }

    @Test
    void aKeyBindingAndAnApiKeyAreMadeThroughTheForms() {
        ConsoleClient dave = signedIn("dave");

        HttpResponse<String> bound = dave.submit("/me/accounts", "/me/accounts/key",
                Map.of("platform", "mock", "account_name", "by key", "api_key", "sk-mock-123"));
        HttpResponse<String> issued = dave.submit("/me", "/me/keys", Map.of("name", "laptop"));

        assertEquals(200, bound.statusCode(), bound.body());
        assertTrue(bound.body().contains("/me/assets/bound.js"), bound.body());
        assertTrue(dave.get("/me/accounts").body().contains("by key"));
        assertTrue(issued.body().matches("(?s).*id=\"new-key\">sk-tg-[A-Za-z0-9_-]+<.*"), issued.body());
        assertFalse(dave.get("/me").body().contains("id=\"new-key\""), "shown only once");
    }
}
