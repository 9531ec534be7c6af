package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.application.fakes.SettableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offline, the built-in mock platform binds through Tollgate's own mock OAuth server, so the flow can be tried. */
class BuiltInMockOAuthTest {

    private static final Pattern LINK = Pattern.compile("id=\"(approve|deny)\" href=\"([^\"]+)\"");

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-10T02:00:00Z"));
    private RunningTollgate tg;
    private OAuthUser alice;

    @BeforeEach
    void start() {
        tg = RunningTollgate.onKnownPort(Map.of("TOLLGATE_MOCK_PLATFORM", "true"), clock);
        alice = OAuthUser.create(tg, "alice", "0");
    }

    @AfterEach
    void stop() {
        tg.close();
    }

    private String link(String page, String which) {
        Matcher matcher = LINK.matcher(page);
        while (matcher.find()) {
            if (matcher.group(1).equals(which)) {
                return matcher.group(2).replace("&amp;", "&");
            }
        }
        throw new AssertionError("no " + which + " link in " + page);
    }

    private String authorizationPage() {
        JsonNode started = alice.json("POST", "/api/v1/oauth/accounts/authorize", "{\"platform\":\"mock\",\"account_name\":\"demo\"}", 200);
        HttpResponse<String> page = tg.get(started.get("authorization_url").asText());
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    @Test
    void approvingBindsTheAccountWhichChatsAndRenewsItsToken() {
        HttpResponse<String> callback = tg.get(link(authorizationPage(), "approve"));

        assertEquals(200, callback.statusCode(), callback.body());
        JsonNode account = alice.json("GET", "/api/v1/oauth/accounts?platform=mock", null, 200).at("/data/0");
        assertEquals(100_000, account.at("/quota/daily").asLong());
        String id = account.get("id").asText();
        assertEquals(200, alice.chat(id, null).statusCode());
        clock.advance(Duration.ofMinutes(55));
        assertEquals(1, tg.tollgate.renewCredentialsNow());
        assertEquals(clock.instant().plusSeconds(3600).toString(), alice.account(id).get("credential_expires_at").asText());
    }

    @Test
    void denyingBindsNothing() {
        HttpResponse<String> callback = tg.get(link(authorizationPage(), "deny"));

        assertEquals(400, callback.statusCode(), callback.body());
        assertTrue(callback.body().contains("access_denied"), callback.body());
        assertEquals(0, alice.json("GET", "/api/v1/oauth/accounts", null, 200).get("data").size());
    }

    @Test
    void aForeignRedirectUriIsRefusedSoTheServerIsNoOpenRedirect() {
        HttpResponse<String> page = tg.get(tg.base() + MockOAuthServer.AUTHORIZE_PATH + "?response_type=code&client_id="
                + MockOAuthServer.CLIENT_ID + "&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&state=s&code_challenge=c"
                + "&code_challenge_method=S256");

        assertEquals(400, page.statusCode());
        assertTrue(!page.body().contains("evil.example"), page.body());
    }
}
