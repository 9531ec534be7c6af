package io.tollgate.adapter.persistence.relay.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.relay.logs.LogCursor;
import io.tollgate.application.relay.logs.LogEntry;
import io.tollgate.application.relay.logs.LogFilter;
import io.tollgate.application.relay.logs.LogId;
import io.tollgate.application.relay.logs.RequestLog;
import io.tollgate.application.relay.logs.RequestLog.Direction;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls and ShareAuth finishes in one order, also when they share an instant: walking by cursor a page of two at a
 * time, either way, meets every entry exactly once; stored attempts come back with the accounts' names.
 */
class JdbiRequestLogTest {

    private final Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private Database database;
    private RequestLog log;
    private UUID alice;

    @BeforeEach
    void entries() {
        database = TestDatabases.fresh();
        log = database.requestLog();
        alice = TestDatabases.jdbi(database).withHandle(h -> h.createQuery(
                "INSERT INTO users (username, password_hash, created_at) VALUES ('alice', 'x', now()) RETURNING id").mapTo(UUID.class).one());
        // Three calls and two finishes at one instant, one of each a second before and after.
        for (int second : new int[] {-1, 0, 0, 0, 1}) {
            call(at.plusSeconds(second), null);
        }
        for (int second : new int[] {-1, 0, 0, 1}) {
            TestDatabases.jdbi(database).useHandle(h -> h.execute("""
                    INSERT INTO consumptions (user_id, workflow_name, base_points, multiplier, charge, balance_after, created_at)
                    VALUES (?, 'wf', 1, 1, 1, 0, ?)""", alice, at.plusSeconds(second).atOffset(ZoneOffset.UTC)));
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void call(Instant when, String attempts) {
        TestDatabases.jdbi(database).useHandle(h -> h.execute("""
                INSERT INTO usage_records (request_id, user_id, model, prompt_tokens, completion_tokens, estimated, cost, latency_ms,
                                           status, at, quota_day, attempts)
                VALUES ('r', ?, 'm', 1, 1, false, 0, 1, 'ok', ?, current_date, ?)""", alice, when.atOffset(ZoneOffset.UTC), attempts));
    }

    @Test
    void pagesOfTwoMeetEveryEntryOnceOlderThenNewer() {
        List<LogEntry> all = log.page(LogFilter.NONE, Optional.empty(), Direction.OLDER, 100);
        assertEquals(9, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(!all.get(i).at().isAfter(all.get(i - 1).at()), "newest first");
        }
        List<LogEntry> walked = new ArrayList<>();
        Optional<LogCursor> cursor = Optional.empty();
        for (List<LogEntry> page = log.page(LogFilter.NONE, cursor, Direction.OLDER, 2); !page.isEmpty();
             page = log.page(LogFilter.NONE, cursor, Direction.OLDER, 2)) {
            walked.addAll(page);
            cursor = Optional.of(page.getLast().cursor());
        }
        assertEquals(all, walked);
        List<LogEntry> back = new ArrayList<>();
        cursor = Optional.of(all.getLast().cursor());
        for (List<LogEntry> page = log.page(LogFilter.NONE, cursor, Direction.NEWER, 2); !page.isEmpty();
             page = log.page(LogFilter.NONE, cursor, Direction.NEWER, 2)) {
            back.addAll(0, page);
            cursor = Optional.of(page.getFirst().cursor());
        }
        assertEquals(all.subList(0, all.size() - 1), back);
    }

    @Test
    void storedAttemptsComeBackWithTheAccountsNames() {
        UUID gone = UUID.randomUUID();
        call(at.plusSeconds(5), gone + ":rate");
        LogId id = log.page(LogFilter.NONE, Optional.empty(), Direction.OLDER, 1).getFirst().id();
        LogEntry entry = log.entry(id).orElseThrow();
        assertEquals(List.of(new LogEntry.Attempt(gone.toString(), "rate")), entry.attempts(), "a deleted account by its id");
        assertTrue(log.entry(new LogId(false, 999_999)).isEmpty());
        assertEquals("shareauth", log.entry(new LogId(true, 1)).orElseThrow().kind());
    }
}
