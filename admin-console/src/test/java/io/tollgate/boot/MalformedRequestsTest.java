package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.boot.MalformedRequests.Malformed;
import io.tollgate.boot.MalformedRequests.Target;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Thousands of malformed requests to every public route family, with and without credentials, and raw broken HTTP
 * (also to the console's sign-in pages): every one gets a 4xx in its family's JSON shape, none a 500, nothing stored
 * changes, and the log stays short.
 */
class MalformedRequestsTest {

    private static final long SEED = 20261204L;
    private static final int PER_FAMILY = 2_000;

    private static RunningTollgate tg;
    private static OAuthUser fuzzer;
    private static String apiKey;
    private static String ownAccount;
    private static String shareToken;
    private static MalformedTargets.Ids ids;
    private static String memfitSecret;

    @BeforeAll
    static void start() {
        // trusting the local proxy lets each generated request come from an address of its own (MalformedRun.send)
        tg = RunningTollgate.onKnownPort(Map.of("TOLLGATE_TRUSTED_PROXIES", "127.0.0.1,::1"));
        fuzzer = OAuthUser.create(tg, "fuzzer", "5");
        apiKey = RelayAdmin.read(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + fuzzer.id + "\"}").body()).get("key").asText();
        ownAccount = fuzzer.bindByKey("mock", "fuzz-own", "sk-own-key", 0);
        shareToken = RelayAdmin.read(tg.post("/shareAuth/init", "{\"username\":\"fuzzer\",\"password\":\"password123\"}").body())
                .get("authToken").asText();
        assertEquals(201, tg.admin("POST", "/admin/api/models", "{\"name\":\"fuzz-model\",\"routes\":[{\"platform\":\"mock\"}]}").statusCode());
        ids = new MalformedTargets.Ids(fuzzer.id, shareToken, ownAccount, "fuzz-model");
        memfitSecret = RelayAdmin.read(tg.admin("GET", "/admin/api/totp", null).body()).get("secret").asText();
    }

    @AfterAll
    static void stop() {
        tg.close();
    }

    @Test
    void malformedRequestsToEveryPublicFamilyGetA4xxInJsonAndChangeNothingStored() throws Exception {
        Map<String, List<String>> before = TableDigest.of(tg.db);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        MalformedRun run = new MalformedRun(tg);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Void> call : pool.invokeAll(calls(run))) {
                try {
                    call.get();
                } catch (ExecutionException failed) {
                    run.failed(failed.getCause());
                }
            }
        } finally {
            root.detachAppender(log);
        }
        String summary = run.summary();
        LoggerFactory.getLogger(MalformedRequestsTest.class).info("malformed requests (seed {}): {}", SEED, summary);
        List<String> problems = run.problems();
        assertTrue(problems.isEmpty(), problems.size() + " problems (seed " + SEED + "), first ones:\n"
                + String.join("\n", problems) + "\n" + summary);
        MalformedTargets.byFamily(ids).keySet().forEach(family -> assertTrue(run.sent(family) >= PER_FAMILY, family + ": " + summary));
        assertEquals("", TableDigest.changes(before, TableDigest.of(tg.db)), "stored rows changed; " + summary);
        List<String> loud = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .filter(e -> e.getThrowableProxy() != null || e.getFormattedMessage().strip().contains("\n"))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).limit(5).toList();
        assertTrue(loud.isEmpty(), "a caller's mistake logged a stack trace or several lines: " + loud);
    }

    /** For each family in a fixed order (so the seed replays the run): generated requests, then raw broken HTTP. */
    private static List<Callable<Void>> calls(MalformedRun run) {
        List<Callable<Void>> calls = new ArrayList<>();
        MalformedRequests generator = new MalformedRequests(SEED);
        Random random = new Random(SEED);
        new TreeMap<>(MalformedTargets.byFamily(ids)).forEach((family, targets) -> {
            List<String> bearers = bearers(family);
            for (int i = 0; i < PER_FAMILY; i++) {
                Target target = targets.get(i % targets.size());
                Malformed body = generator.next(target);
                String bearer = bearers.get(random.nextInt(bearers.size()));
                calls.add(() -> {
                    run.send(target, body, bearer);
                    return null;
                });
            }
            for (Target target : targets.subList(0, Math.min(2, targets.size()))) {
                for (String bearer : new String[] {bearers.get(0), null}) {
                    for (byte[] raw : RawHttp.brokenRequests(target.path(), bearer)) {
                        calls.add(() -> {
                            run.sendRaw(family, target.path(), raw);
                            return null;
                        });
                    }
                }
            }
        });
        for (String page : new String[] {"/console/login", "/me/login", "/", "/console/logs?before=%ff", "/console/logs/u%00",
                "/console/logs.csv?from=x", "/me/dashboard?range=%ff"}) {
            for (byte[] raw : RawHttp.brokenRequests(page, null)) {
                calls.add(() -> {
                    run.sendRaw("console", page, raw);
                    return null;
                });
            }
        }
        return calls;
    }

    @Test
    void aFinishWithAnExponentOfTenMillionIsRefusedInUnder50Milliseconds() {
        String padding = "x".repeat(425 - 120 - shareToken.length());
        String body = "{\"token\":\"" + shareToken + "\",\"appName\":\"" + padding + "\",\"responseData\":[{\"totalPoints\":1e10000000}]}";
        long slowest = 0;
        for (int i = 0; i < 6; i++) {
            long started = System.nanoTime();
            HttpResponse<String> reply = tg.post("/shareAuth/finish", body);
            slowest = i == 0 ? 0 : Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
            assertEquals(400, reply.statusCode(), reply.body());
            assertEquals("invalid_request", RelayAdmin.read(reply.body()).get("code").asText(), reply.body());
        }
        assertTrue(slowest < 50, "the slowest refusal took " + slowest + " ms");
    }

    @Test
    void theMemfitSecretIsServedWhateverTheBodyWhichItNeverNeeds() throws Exception {
        String head = "POST /v1/memfit-totp-uuid HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
        for (String request : new String[] {head + "Content-Length: 400\r\n\r\n{\"cut\":",
                head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                head + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n"}) {
            RawHttp.Reply reply = RawHttp.send(tg.tollgate.port(), request.getBytes(StandardCharsets.ISO_8859_1));

            assertEquals(200, reply.status(), request + " → " + reply.head() + "\n" + reply.body());
            assertTrue(reply.body().contains(memfitSecret), reply.body());
        }
    }

    @Test
    void theUsersKeyListAnswersTheirKeys() {
        JsonNode keys = fuzzer.json("GET", "/api/v1/keys", null, 200).get("data");

        assertTrue(keys.size() >= 1, keys.toString());
        keys.forEach(key -> assertEquals(fuzzer.id, key.get("userId").asText(), "only the caller's own keys"));
    }

    @Test
    void anOwnAccountChatWithNulInItsContentIsAnsweredAndItsTokensCounted() {
        long usedBefore = fuzzer.account(ownAccount).at("/quota/used").asLong();

        HttpResponse<String> reply = fuzzer.call("POST", "/api/v1/oauth/chat/completions", "{\"account_id\":\"" + ownAccount
                + "\",\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\\u0000there\"}],\"stream\":false}");

        assertEquals(200, reply.statusCode(), reply.body());
        assertTrue(fuzzer.account(ownAccount).at("/quota/used").asLong() > usedBefore, "the call's tokens count against the account");
        JsonNode usage = fuzzer.json("GET", "/api/v1/oauth/accounts/" + ownAccount + "/usage", null, 200);
        assertTrue(usage.toString().contains("hithere"), "the stored summary keeps the text without the NUL: " + usage);
    }

    @Test
    void aNulInAStoredNameIsRefusedWith400NamingTheField() {
        HttpResponse<String> reply = fuzzer.call("POST", "/api/v1/oauth/accounts",
                "{\"platform\":\"mock\",\"account_name\":\"a\\u0000b\",\"api_key\":\"sk-1\"}");

        assertEquals(400, reply.statusCode(), reply.body());
        assertTrue(RelayAdmin.read(reply.body()).at("/error/message").asText().contains("account_name"), reply.body());
    }

    private static List<String> bearers(String family) {
        return switch (family) {
            case "admin" -> java.util.Arrays.asList(RunningTollgate.ADMIN_TOKEN, "wrong-admin-token-0123456789abcdef", null);
            case "relay" -> java.util.Arrays.asList(apiKey, "sk-wrong-0123456789", null);
            case "user", "oauth" -> java.util.Arrays.asList(fuzzer.token, apiKey, "wrong-token", null);
            default -> java.util.Collections.singletonList(null);
        };
    }
}
