package io.tollgate.application.relay.logs;

import java.util.List;
import java.util.Optional;

/** Reads the request log: relayed calls of every kind and ShareAuth finishes, in one order by time. */
public interface RequestLog {

    /** Whether a page lists the entries after the cursor (older) or before it (newer). */
    enum Direction { OLDER, NEWER }

    /**
     * Up to {@code limit} entries matching {@code filter} next to {@code from} in {@code direction}, always newest
     * first; from the newest when there is no cursor. Attempts are left empty here.
     */
    List<LogEntry> page(LogFilter filter, Optional<LogCursor> from, Direction direction, int limit);

    /** One entry with its attempts, if it exists. */
    Optional<LogEntry> entry(LogId id);
}
