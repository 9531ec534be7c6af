package io.tollgate.application.audit;

import java.time.Instant;

/** One admin action as the audit log keeps it: who, what, on what, when. */
public record AuditEntry(long id, String actor, String action, String detail, Instant at) {}
