package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL gone for 20 s under load (relays and ShareAuth finishes), behind a proxy that refuses connections: every
 * call answers within 2 s, those that need the database with a 503 {@code database_unavailable}; once it is back,
 * calls succeed again without a restart, and every charge a caller saw as 2xx is in the ledger.
 */
class DatabaseOutageTest {

    static final String RELAY = "{\"model\":\"priced\",\"max_tokens\":30,\"messages\":[{\"role\":\"user\",\"content\":\"count to three\"}]}";

    @Test
    void twentySecondsWithoutTheDatabaseAnswerFastLoseNothingAndRecoverAlone() throws Exception {
        DatabaseConfig real = TestDatabases.freshConfig();
        Matcher port = Pattern.compile("//[^/:]+:(\\d+)/").matcher(real.url());
        assertTrue(port.find(), real.url());
        try (TcpProxy proxy = new TcpProxy(Integer.parseInt(port.group(1)));
             RunningTollgate tg = new RunningTollgate(new DatabaseConfig(real.url().replace(port.group(), "//127.0.0.1:" + proxy.port() + "/"),
                     real.user(), real.password(), real.poolSize()), Map.of())) {
            RelayAdmin admin = new RelayAdmin(tg);
            admin.model("priced", "mock", "1000", "2000");
            tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"mock\",\"name\":\"mock-2\",\"models\":[\"priced\"]}");
            RelayAdmin.Caller relayer = admin.caller(new BigDecimal("100000"));
            RelayAdmin.Caller finisher = admin.caller(new BigDecimal("100000"));
            String token = RelayAdmin.read(tg.post("/shareAuth/init", "{\"username\":\"" + finisher.username()
                    + "\",\"password\":\"password123\"}").body()).get("authToken").asText();
            BigDecimal relayStart = admin.balance(relayer);
            BigDecimal finishStart = admin.balance(finisher);

            long cut;
            long back;
            OutageLoad load = new OutageLoad();
            try (load) {
                load.start(new OutageLoad.Call("relay", () -> new OutageLoad.Sent(OutageLoad.post(tg.base() + "/v1/chat/completions", RELAY)
                        .header("Authorization", "Bearer " + relayer.key()).build(), null)), 6);
                load.start(new OutageLoad.Call("finish", () -> finish(tg, token, "c-" + OutageLoad.SEQUENCE.incrementAndGet())), 4);
                load.start(new OutageLoad.Call("ready", () -> probe(tg, "/health/ready")), 1);
                load.start(new OutageLoad.Call("live", () -> probe(tg, "/health/live")), 1);
                Thread.sleep(3_000);
                cut = System.nanoTime();
                proxy.refuse();
                Thread.sleep(20_000);
                back = System.nanoTime();
                proxy.forward();
                long deadline = back + 30_000_000_000L;
                while (System.nanoTime() < deadline && !(succeededAfter(load, "relay", back) && succeededAfter(load, "finish", back)
                        && succeededAfter(load, "ready", back))) {
                    Thread.sleep(100);
                }
                Thread.sleep(2_000);
            }
            List<OutageLoad.Reply> replies = load.replies();

            Outcomes outcomes = new Outcomes(replies, cut, back);
            outcomes.print();
            assertTrue(outcomes.slowest() < 2_000, "every reply within 2 s; the slowest took " + outcomes.slowest() + " ms");
            outcomes.assertOnly200Or503WithTheCode();
            assertTrue(outcomes.count(r -> r.kind().equals("live") && r.status() != 200) == 0, "live stays 200");
            for (String kind : List.of("relay", "finish", "ready")) {
                assertTrue(outcomes.count(r -> r.kind().equals(kind) && r.status() == 503 && r.startedNanos() > cut) > 0, kind + " saw the outage");
                assertTrue(outcomes.recoveryMillis(kind) >= 0, kind + " recovered without a restart");
            }

            // A ShareAuth caller told 503 retries with the same chat id: charged once, whatever the first try did.
            for (OutageLoad.Reply refused : replies.stream().filter(r -> r.kind().equals("finish") && r.status() != 200).toList()) {
                assertEquals(200, tg.post("/shareAuth/finish", finishBody(token, refused.chatId())).statusCode());
            }
            long relayed = outcomes.count(r -> r.kind().equals("relay") && r.status() == 200);
            long finished = outcomes.count(r -> r.kind().equals("finish"));
            LedgerTotals usage = settled(tg, relayer.id(), "usage", relayed);
            LedgerTotals consumption = LedgerTotals.of(tg, finisher.id(), "consumption");
            System.out.printf("ledger: %d usage entries for %d relays answered 200; %d consumptions for %d chat ids%n",
                    usage.count(), relayed, consumption.count(), finished);
            assertEquals(relayed, usage.count(), "each relay answered 200 charged once, and no relay answered 503 charged");
            assertEquals(0, admin.balance(relayer).subtract(relayStart).compareTo(usage.sum()), "Σ usage = Δ balance");
            assertEquals(finished, consumption.count(), "each finish charged once");
            assertEquals(0, admin.balance(finisher).subtract(finishStart).compareTo(consumption.sum()), "Σ consumption = Δ balance");
        }
    }

    /** A monitor's probe, a few times a second. */
    static OutageLoad.Sent probe(RunningTollgate tg, String path) {
        try {
            Thread.sleep(50);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        return new OutageLoad.Sent(OutageLoad.get(tg.base() + path), null);
    }

    static OutageLoad.Sent finish(RunningTollgate tg, String token, String chatId) {
        return new OutageLoad.Sent(OutageLoad.post(tg.base() + "/shareAuth/finish", finishBody(token, chatId)).build(), chatId);
    }

    static String finishBody(String token, String chatId) {
        return "{\"token\":\"" + token + "\",\"appName\":\"any\",\"chatId\":\"" + chatId + "\",\"responseData\":[{\"totalPoints\":0.01}]}";
    }

    private static boolean succeededAfter(OutageLoad load, String kind, long after) {
        return load.replies().stream().anyMatch(r -> r.kind().equals(kind) && r.status() == 200 && r.startedNanos() > after);
    }

    /** The usage entries once the settlements kept during the outage are written: they may come a moment later. */
    static LedgerTotals settled(RunningTollgate tg, String userId, String kind, long expected) throws InterruptedException {
        LedgerTotals totals = LedgerTotals.of(tg, userId, kind);
        for (int i = 0; i < 100 && totals.count() < expected; i++) {
            Thread.sleep(200);
            totals = LedgerTotals.of(tg, userId, kind);
        }
        return totals;
    }
}
