package io.tollgate.application.audit;

import java.time.Instant;
import java.util.List;

/** The append-only record of every action taken in the console. */
public interface AuditLog {

    void record(String actor, String action, String detail, Instant at);

    /** Newest first. */
    List<AuditEntry> newest(int offset, int limit);
}
