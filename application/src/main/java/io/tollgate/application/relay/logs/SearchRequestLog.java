package io.tollgate.application.relay.logs;

import io.tollgate.application.relay.logs.RequestLog.Direction;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Searches the request log a page at a time, shows one entry, and exports a bounded run of entries. */
public final class SearchRequestLog {

    public static final int PAGE_SIZE = 50;
    /** The most entries one export writes; a longer history is exported by narrowing the filter or the time range. */
    public static final int EXPORT_MAX = 100_000;
    private static final int EXPORT_BATCH = 1_000;

    private final RequestLog log;

    public SearchRequestLog(RequestLog log) {
        this.log = log;
    }

    /** One page of the log and where the pages beside it start (empty when there is none that way). */
    public record LogPage(List<LogEntry> entries, Optional<LogCursor> older, Optional<LogCursor> newer) {}

    public LogPage page(LogFilter filter, Optional<LogCursor> from, Direction direction) {
        List<LogEntry> fetched = log.page(filter, from, direction, PAGE_SIZE + 1);
        boolean more = fetched.size() > PAGE_SIZE;
        List<LogEntry> shown = !more ? fetched : direction == Direction.OLDER ? fetched.subList(0, PAGE_SIZE)
                : fetched.subList(1, fetched.size());
        if (shown.isEmpty()) {
            // Past either end: the way back is the way the reader came.
            return new LogPage(shown, direction == Direction.NEWER ? from : Optional.empty(),
                    direction == Direction.OLDER ? from : Optional.empty());
        }
        boolean older = direction == Direction.OLDER ? more : from.isPresent();
        boolean newer = direction == Direction.NEWER ? more : from.isPresent();
        return new LogPage(shown, older ? Optional.of(shown.getLast().cursor()) : Optional.empty(),
                newer ? Optional.of(shown.getFirst().cursor()) : Optional.empty());
    }

    public Optional<LogEntry> entry(LogId id) {
        return log.entry(id);
    }

    /** Hands {@code sink} the matching entries, newest first, at most {@link #EXPORT_MAX} of them. */
    public void export(LogFilter filter, Consumer<LogEntry> sink) {
        Optional<LogCursor> from = Optional.empty();
        int written = 0;
        while (written < EXPORT_MAX) {
            List<LogEntry> batch = log.page(filter, from, Direction.OLDER, Math.min(EXPORT_BATCH, EXPORT_MAX - written));
            batch.forEach(sink);
            written += batch.size();
            if (batch.isEmpty() || batch.size() < EXPORT_BATCH) {
                return;
            }
            from = Optional.of(batch.getLast().cursor());
        }
    }
}
