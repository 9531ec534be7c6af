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
 * PostgreSQL stops answering mid-statement (the network in between goes dead: connections stay open, nothing comes
 * back, and they never recover). The socket timeout ends the statements that wait on it, so the settlement and hold
 * threads go on with new connections once the database can be reached again, and no settlement is lost.
 */
class StuckDatabaseTest {

    @Test
    void settlementsAreNotBlockedForeverByADatabaseThatStoppedAnswering() throws Exception {
        DatabaseConfig real = TestDatabases.freshConfig();
        Matcher port = Pattern.compile("//[^/:]+:(\\d+)/").matcher(real.url());
        assertTrue(port.find(), real.url());
        Map<String, String> timeouts = Map.of("TOLLGATE_DB_STATEMENT_TIMEOUT", "2s", "TOLLGATE_DB_SOCKET_TIMEOUT", "3s");
        try (TcpProxy proxy = new TcpProxy(Integer.parseInt(port.group(1)));
             RunningTollgate tg = new RunningTollgate(new DatabaseConfig(real.url().replace(port.group(), "//127.0.0.1:" + proxy.port() + "/"),
                     real.user(), real.password(), real.poolSize()), timeouts)) {
            RelayAdmin admin = new RelayAdmin(tg);
            admin.model("priced", "mock", "1000", "2000");
            tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"mock\",\"name\":\"mock-2\",\"models\":[\"priced\"]}");
            RelayAdmin.Caller relayer = admin.caller(new BigDecimal("100000"));
            BigDecimal start = admin.balance(relayer);

            long stalled;
            long back;
            long recovered = -1;
            OutageLoad load = new OutageLoad();
            try (load) {
                load.start(new OutageLoad.Call("relay", () -> new OutageLoad.Sent(OutageLoad.post(tg.base() + "/v1/chat/completions",
                        DatabaseOutageTest.RELAY).header("Authorization", "Bearer " + relayer.key()).build(), null)), 4);
                Thread.sleep(2_000);
                stalled = System.nanoTime();
                proxy.stall();
                Thread.sleep(5_000);
                back = System.nanoTime();
                proxy.forward();
                long deadline = back + 40_000_000_000L;
                while (System.nanoTime() < deadline && recovered < 0) {
                    recovered = new Outcomes(load.replies(), stalled, back).recoveryMillis("relay");
                    Thread.sleep(100);
                }
                Thread.sleep(1_000);
            }
            List<OutageLoad.Reply> replies = load.replies();
            Outcomes outcomes = new Outcomes(replies, stalled, back);
            outcomes.print();
            long relayed = outcomes.count(r -> r.status() == 200);
            long settledAt = System.nanoTime();
            LedgerTotals usage = DatabaseOutageTest.settled(tg, relayer.id(), "usage", relayed);
            System.out.printf("stalled 5000 ms; first relay answered 200 %d ms after connections could be made again;"
                    + " every 200 was in the ledger %d ms after that (%d of %d)%n", recovered,
                    (System.nanoTime() - settledAt) / 1_000_000, usage.count(), relayed);
            assertTrue(recovered >= 0 && recovered < 15_000, "relays succeed again within the socket timeout and a margin: " + recovered);
            assertEquals(relayed, usage.count(), "every relay answered 200 is charged once");
            assertEquals(0, admin.balance(relayer).subtract(start).compareTo(usage.sum()), "Σ usage = Δ balance");
            outcomes.assertOnly200Or503WithTheCode();
        }
    }
}
