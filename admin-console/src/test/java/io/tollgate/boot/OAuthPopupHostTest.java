package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bind popup ends on the host the accounts page was opened on, whatever host the redirect URI names: there its
 * message's target origin is the opener's, so the opener refreshes over 127.0.0.1 as over localhost.
 */
class OAuthPopupHostTest {

    private static final Pattern APPROVE = Pattern.compile("id=\"approve\" href=\"([^\"]+)\"");
    private RunningTollgate tg;

    @BeforeEach
    void start() {
        tg = RunningTollgate.onKnownPort(Map.of("TOLLGATE_MOCK_PLATFORM", "true"));
        OAuthUser.create(tg, "alice", "0");
    }

    @AfterEach
    void stop() {
        tg.close();
    }

    @Test
    void overLoopbackAddressThePopupEndsOnTheOpenersOrigin() {
        bindThrough("http://127.0.0.1:" + tg.tollgate.port(), "over-ip");
    }

    @Test
    void overLocalhostThePopupEndsOnTheOpenersOrigin() {
        bindThrough("http://localhost:" + tg.tollgate.port(), "over-name");
    }

    private void bindThrough(String origin, String name) {
        ConsoleClient browser = new ConsoleClient(origin);
        browser.submit("/me/login", "/me/login", Map.of("username", "alice", "password", "password123"));
        String csrf = ConsoleClient.csrf(browser.get("/me/accounts").body());
        HttpResponse<String> started = browser.post("/me/accounts/authorize",
                Map.of("csrf", csrf, "platform", "mock", "account_name", name), "Origin", origin);
        assertEquals(303, started.statusCode(), started.body());
        String authorizeUrl = started.headers().firstValue("Location").orElseThrow();
        assertTrue(authorizeUrl.startsWith("http://localhost:"), "the platform knows one redirect URI: " + authorizeUrl);

        Matcher approve = APPROVE.matcher(tg.get(authorizeUrl).body());
        assertTrue(approve.find());
        HttpResponse<String> callback = tg.get(approve.group(1).replace("&amp;", "&"));
        assertEquals(303, callback.statusCode(), callback.body());
        String finished = callback.headers().firstValue("Location").orElseThrow();
        System.out.println("popup over " + origin + ": callback sends it to " + finished);
        assertTrue(finished.startsWith(origin + "/api/v1/oauth/finished?account="), finished);

        HttpResponse<String> page = tg.get(finished);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("data-ok=\"true\""), page.body());
        // Served from the opener's origin, the page posts to its own origin: the opener's.
        assertTrue(page.body().contains("window.opener.postMessage(r,window.location.origin)"), page.body());
        assertTrue(browser.get("/me/accounts").body().contains(name), "the account is bound");
    }

    @Test
    void aChangedOriginMatchesNoAuthorization() {
        HttpResponse<String> forged = tg.get(tg.base() + "/api/v1/oauth/callback?code=x&state=abc."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("http://evil.example".getBytes()));
        assertEquals(400, forged.statusCode());
        assertTrue(forged.headers().firstValue("Location").isEmpty());
    }
}
