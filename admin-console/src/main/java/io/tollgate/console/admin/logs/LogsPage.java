package io.tollgate.console.admin.logs;

import io.tollgate.application.relay.logs.LogEntry;
import io.tollgate.console.web.Chrome;
import java.util.List;

/** One page of the request log: the filter as typed, the entries, links to the pages beside it and to the export. */
public record LogsPage(Chrome chrome, LogForm form, List<LogEntry> entries, String olderHref, String newerHref, String csvHref) {

    public boolean hasOlder() {
        return !olderHref.isEmpty();
    }

    public boolean hasNewer() {
        return !newerHref.isEmpty();
    }
}
