package io.tollgate.application.fakes;

import io.tollgate.application.audit.AuditEntry;
import io.tollgate.application.audit.AuditLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit log in a list, newest last as written. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(String actor, String action, String detail, Instant at) {
        entries.add(new AuditEntry(entries.size() + 1, actor, action, detail, at));
    }

    @Override
    public synchronized List<AuditEntry> newest(int offset, int limit) {
        List<AuditEntry> newestFirst = new ArrayList<>(entries.reversed());
        return newestFirst.subList(Math.min(offset, newestFirst.size()), Math.min(offset + limit, newestFirst.size()));
    }

    /** The actions recorded so far, oldest first. */
    public synchronized List<String> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }
}
