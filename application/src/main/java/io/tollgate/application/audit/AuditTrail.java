package io.tollgate.application.audit;

import io.tollgate.application.support.Page;
import java.time.Clock;
import java.util.List;

/** Writes and reads the console's audit log; details are cut to a bounded length. */
public final class AuditTrail {

    private static final int MAX_DETAIL = 500;

    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(String actor, String action, String detail) {
        String bounded = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail;
        log.record(actor, action, bounded, clock.instant());
    }

    public List<AuditEntry> newest(Page page) {
        return log.newest(page.offset(), page.limit());
    }
}
