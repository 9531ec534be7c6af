package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sign-in doors of the console and the users' pages: no session from another site, and the pages' framing and HTTPS headers. */
class SignInDoorsTest {

    private static RunningTollgate app;
    private static String adminPassword;

    @BeforeAll
    static void start() {
        try (FirstStartLog log = new FirstStartLog()) {
            app = new RunningTollgate(Map.of("TOLLGATE_TRUSTED_PROXIES", "127.0.0.1"));
            adminPassword = log.consolePassword();
        }
        assertEquals(201, app.admin("POST", "/admin/api/users", "{\"username\":\"erin\",\"password\":\"password123\",\"balance\":0}").statusCode());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefusedWithoutASession() {
        String[][] doors = {{"/console/login", "admin", adminPassword, "tg_console"}, {"/me/login", "erin", "password123", "tg_user"}};
        for (String[] door : doors) {
            Map<String, String> form = Map.of("csrf", "", "username", door[1], "password", door[2]);
            HttpResponse<String> noCookie = new ConsoleClient(app.base()).post(door[0], form, "Origin", "https://evil.example");
            HttpResponse<String> asJson = new ConsoleClient(app.base()).post(door[0], form, "Accept", "application/json");
            ConsoleClient crossSite = new ConsoleClient(app.base());
            String token = ConsoleClient.csrf(crossSite.get(door[0]).body());
            HttpResponse<String> fromOtherSite = crossSite.post(door[0], Map.of("csrf", token, "username", door[1], "password", door[2]),
                    "Sec-Fetch-Site", "cross-site");

            for (HttpResponse<String> refused : java.util.List.of(noCookie, asJson, fromOtherSite)) {
                assertEquals(403, refused.statusCode(), door[0] + " " + refused.body());
                assertTrue(refused.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(door[3] + "=")),
                        door[0] + " opened a session: " + refused.headers().allValues("Set-Cookie"));
            }
            assertTrue(asJson.body().contains("\"code\":\"csrf_token_invalid\""), door[0] + " " + asJson.body());
        }
        ConsoleClient sameSite = new ConsoleClient(app.base());
        HttpResponse<String> signedIn = sameSite.submit("/me/login", "/me/login", Map.of("username", "erin", "password", "password123"));
        assertEquals(303, signedIn.statusCode(), "the site's own form still signs in: " + signedIn.body());
        assertEquals(303, new ConsoleClient(app.base()).login("admin", adminPassword).statusCode(), "and the console's");
    }

    @Test
    void pagesMayNotBeFramedLeakNoReferrerAndAskForHttpsBehindAnHttpsProxy() {
        for (String page : new String[] {"/console/login", "/me/login"}) {
            HttpResponse<String> plain = new ConsoleClient(app.base()).get(page);
            HttpResponse<String> proxied = new ConsoleClient(app.base()).get(page, "X-Forwarded-Proto", "https");

            assertEquals("DENY", plain.headers().firstValue("X-Frame-Options").orElse(""), page);
            assertEquals("same-origin", plain.headers().firstValue("Referrer-Policy").orElse(""), page);
            assertFalse(plain.headers().firstValue("Strict-Transport-Security").isPresent(), page + ": not over plain HTTP");
            assertTrue(proxied.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="), page + " behind HTTPS");
        }
    }
}
