package io.tollgate.application.relay.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.relay.logs.RequestLog.Direction;
import io.tollgate.domain.money.Points;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Walking the log by cursor: older and newer links, both ends, the bounded export, cursors read back as written. */
class SearchRequestLogTest {

    /** 120 entries, one a second, newest first; a log in memory that orders and pages like the real one. */
    private static final List<LogEntry> ENTRIES = LongStream.rangeClosed(1, 120).mapToObj(n -> entry(n)).sorted(
            Comparator.comparing(LogEntry::at).reversed()).toList();

    private final SearchRequestLog search = new SearchRequestLog(new RequestLog() {
        @Override
        public List<LogEntry> page(LogFilter filter, Optional<LogCursor> from, Direction direction, int limit) {
            if (direction == Direction.OLDER) {
                return ENTRIES.stream().filter(e -> from.map(c -> e.at().isBefore(c.at())).orElse(true)).limit(limit).toList();
            }
            return ENTRIES.reversed().stream().filter(e -> e.at().isAfter(from.orElseThrow().at())).limit(limit).toList().reversed();
        }

        @Override
        public Optional<LogEntry> entry(LogId id) {
            return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst();
        }
    });

    private static LogEntry entry(long n) {
        return new LogEntry(new LogId(false, n), Instant.ofEpochSecond(1_000_000 + n), "r" + n, Optional.of("u"), Optional.empty(),
                Optional.empty(), Optional.empty(), "m", "chat", "ok", Optional.empty(), LogEntry.Tokens.NONE, 0, Points.ZERO, 1, List.of());
    }

    @Test
    void olderLinksWalkToTheEndAndNewerLinksWalkBack() {
        SearchRequestLog.LogPage first = search.page(LogFilter.NONE, Optional.empty(), Direction.OLDER);
        assertEquals(50, first.entries().size());
        assertTrue(first.newer().isEmpty(), "nothing is newer than the newest");
        SearchRequestLog.LogPage second = search.page(LogFilter.NONE, first.older(), Direction.OLDER);
        assertEquals(120 - 50, second.entries().getFirst().id().number());
        SearchRequestLog.LogPage last = search.page(LogFilter.NONE, second.older(), Direction.OLDER);
        assertEquals(20, last.entries().size());
        assertTrue(last.older().isEmpty(), "nothing is older than the oldest");
        SearchRequestLog.LogPage back = search.page(LogFilter.NONE, last.newer(), Direction.NEWER);
        assertEquals(second.entries(), back.entries());
        SearchRequestLog.LogPage top = search.page(LogFilter.NONE, back.newer(), Direction.NEWER);
        assertEquals(first.entries(), top.entries());
        assertTrue(top.newer().isEmpty(), "back at the newest");
    }

    @Test
    void theExportWritesEveryEntryOnceNewestFirst() {
        List<LogEntry> written = new ArrayList<>();
        search.export(LogFilter.NONE, written::add);
        assertEquals(ENTRIES, written);
    }

    @Test
    void aCursorReadsBackAsWrittenAndNothingElseIsOne() {
        LogCursor cursor = new LogCursor(Instant.parse("2026-12-05T08:30:00.123456Z"), LogId.parse("s42"));
        assertEquals(cursor, LogCursor.parse(cursor.toString()));
        for (String bad : List.of("", "1-x1", "u1", "1-u", "1-u-1", "99999999999999999999-u1", "9000000000000000000-u1", "1-u1 ")) {
            assertThrows(IllegalArgumentException.class, () -> LogCursor.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new LogFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("video"), Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
